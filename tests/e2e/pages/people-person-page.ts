/** Page object for a person's page (and the Me page, which has the same attribute fields). */
import type { Locator, Page } from 'playwright-core'

export class PersonPage {
  constructor(readonly page: Page) {}

  view(): Locator {
    return this.page.locator('section.person-view')
  }

  heading(): Locator {
    return this.view().getByRole('heading', { level: 1 })
  }

  field(label: string): Locator {
    return this.view().getByLabel(label, { exact: true })
  }

  /** Types into a text field and commits it (Enter), as a user leaving the field would. */
  async setText(label: string, value: string): Promise<void> {
    const input = this.field(label)
    await input.fill(value)
    await input.press('Enter')
  }

  async setNotes(label: string, value: string): Promise<void> {
    const area = this.field(label)
    await area.fill(value)
    await area.blur()
  }

  async choose(label: string, option: string): Promise<void> {
    await this.field(label).selectOption({ label: option })
  }

  async check(label: string): Promise<void> {
    await this.view().getByRole('checkbox', { name: label, exact: true }).check()
  }

  async addToSet(newEntryLabel: string, value: string): Promise<void> {
    const input = this.view().getByLabel(newEntryLabel, { exact: true })
    await input.fill(value)
    await input.press('Enter')
  }

  async addHandle(kind: string, value: string): Promise<void> {
    await this.view().getByLabel('Kind of handle', { exact: true }).selectOption({ label: kind })
    await this.view().getByLabel('New handle', { exact: true }).fill(value)
    await this.view().getByRole('button', { name: 'Add handle' }).click()
  }

  /** Chooses someone in a person picker (a combobox) by typing part of their name. */
  async pick(label: string, query: string, name: string): Promise<void> {
    const box = this.view().getByRole('combobox', { name: label })
    await box.fill(query)
    await this.view()
      .getByRole('option', { name: new RegExp(name) })
      .click()
  }

  errors(): Locator {
    return this.view().locator('.field-error')
  }

  ties(): Locator {
    return this.view().locator('.tie-row')
  }

  /** Every piece of UI text on the page that is not user data: labels, legends, headings, buttons, options, hints, aria-labels. */
  async uiTexts(): Promise<string[]> {
    return this.page.evaluate(() => {
      const root = document.querySelector('main')!
      const texts: string[] = []
      const selector = 'label, legend, h1, h2, button, option:checked, optgroup, .hint, .lead, .banner span, .value-group-label, .handle-kind'
      for (const el of root.querySelectorAll<HTMLElement>(selector)) {
        if (el.closest('.tie-name, .chip > span') || el.classList.contains('tie-name')) continue
        texts.push(el instanceof HTMLOptGroupElement ? el.label : el.innerText)
      }
      for (const el of root.querySelectorAll<HTMLElement>('[aria-label], [placeholder], [title]')) {
        for (const attr of ['aria-label', 'placeholder', 'title']) {
          const value = el.getAttribute(attr)
          if (value) texts.push(value)
        }
      }
      return texts
    })
  }
}
