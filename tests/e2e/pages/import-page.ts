/** Page object for the Import view and the Settings backups section. */
import type { Locator, Page } from 'playwright-core'

export class ImportPage {
  constructor(readonly page: Page) {}

  view(): Locator {
    return this.page.locator('section.import-view')
  }

  async open(): Promise<void> {
    await this.page
      .getByRole('navigation')
      .getByRole('button', { name: /^(Import|取り込み)$/ })
      .click()
  }

  /** Clicks "Choose a file…" (the test has set what main's dialog answers) and waits for the preview. */
  async choose(): Promise<void> {
    await this.view()
      .getByRole('button', { name: /^(Choose a file…|ファイルを選ぶ…)$/ })
      .click()
    await this.view()
      .getByRole('button', { name: /^(Apply import|取り込みを適用)$/ })
      .waitFor()
  }

  /** The preview's counts, label to number ("Add as new people" -> 8). */
  async counts(): Promise<Record<string, number>> {
    const pairs = await this.view()
      .locator('.import-counts > div')
      .evaluateAll((divs) => divs.map((d) => [d.querySelector('dt')?.textContent ?? '', Number(d.querySelector('dd')?.textContent)] as const))
    return Object.fromEntries(pairs)
  }

  section(title: RegExp): Locator {
    return this.view().getByRole('region', { name: title })
  }

  /** The side-by-side comparison of a suggestion, by the incoming entry's name. */
  comparison(name: string): Locator {
    return this.view().getByRole('article', { name: new RegExp(`^${name} / `) })
  }

  /** The group of matches whose heading starts with `reasons`. */
  group(reasons: RegExp): Locator {
    return this.view()
      .locator('.import-group')
      .filter({ has: this.page.getByRole('heading', { level: 4, name: reasons }) })
  }

  row(name: string): Locator {
    return this.view()
      .getByRole('row')
      .filter({ has: this.page.getByRole('rowheader', { name, exact: true }) })
  }

  action(name: string): Locator {
    return this.view().getByLabel(`Action: ${name}`, { exact: true })
  }

  async apply(): Promise<string> {
    await this.view().getByRole('button', { name: 'Apply import' }).click()
    const status = this.view().getByRole('status').filter({ hasText: 'Imported:' })
    await status.waitFor()
    return (await status.textContent()) ?? ''
  }

  async undo(): Promise<void> {
    await this.view().getByRole('button', { name: 'Undo import' }).click()
    await this.view().getByText('The import was undone.').waitFor()
  }
}

export class BackupsPage {
  constructor(readonly page: Page) {}

  section(): Locator {
    return this.page.locator('section[aria-labelledby="backups-title"]')
  }

  async open(): Promise<void> {
    await this.page
      .getByRole('navigation')
      .getByRole('button', { name: /^(Settings|設定)$/ })
      .click()
    await this.section().waitFor()
  }

  async preview(index: number): Promise<string> {
    await this.section()
      .getByRole('button', { name: /^Show contents/ })
      .nth(index)
      .click()
    const region = this.section().getByRole('region', { name: 'Show contents' })
    await region.waitFor()
    return (await region.textContent()) ?? ''
  }

  async restore(): Promise<void> {
    await this.section().getByRole('button', { name: 'Restore this snapshot' }).click()
    await this.section().getByRole('status').filter({ hasText: 'Restored.' }).waitFor()
  }

  async restoreBack(): Promise<void> {
    await this.section().getByRole('button', { name: 'Restore back' }).click()
    await this.section().getByRole('button', { name: 'Restore back' }).waitFor({ state: 'detached' })
  }
}
