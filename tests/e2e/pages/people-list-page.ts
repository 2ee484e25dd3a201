/** Page object for the people list: add, search, filters, the virtualised listbox. */
import type { Locator, Page } from 'playwright-core'

export class PeopleListPage {
  constructor(readonly page: Page) {}

  async open(): Promise<void> {
    await this.page
      .getByRole('navigation')
      .getByRole('button', { name: /^(People|人)$/ })
      .click()
    await this.page.getByRole('heading', { level: 1, name: /^(People|人)$/ }).waitFor()
  }

  emptyState(): Locator {
    return this.page.getByRole('heading', { name: /No one here yet|まだ誰もいません/ })
  }

  /** Adds a person by name (the list stays, with the new row selected), then opens their page. */
  async add(name: string): Promise<void> {
    await this.page.getByLabel(/^(Name of the new person|新しい人の名前)$/).fill(name)
    await this.page.getByRole('button', { name: /^(Add person|人を追加)$/ }).click()
    await this.rows().filter({ hasText: name }).and(this.page.locator('[aria-selected="true"]')).click()
    await this.page.getByRole('heading', { level: 1, name }).waitFor()
  }

  async search(query: string): Promise<void> {
    await this.page.getByLabel(/^(Search people|人を検索)$/).fill(query)
  }

  list(): Locator {
    return this.page.getByRole('listbox', { name: /^(People|人の一覧)/ })
  }

  rows(): Locator {
    return this.list().getByRole('option')
  }

  async names(): Promise<string[]> {
    return this.list()
      .locator('.people-name')
      .evaluateAll((els) => els.map((e) => e.firstChild?.textContent ?? ''))
  }
}
