/** Page object for the app frame: first run, navigation, quick add, settings, status area. */
import type { Locator, Page } from 'playwright-core'

export class ShellPage {
  constructor(readonly page: Page) {}

  firstRunButton(name: RegExp): Locator {
    return this.page.getByRole('button', { name })
  }

  async startOwnNetwork(): Promise<void> {
    await this.page.getByRole('button', { name: /Start my own network|自分のネットワークを始める/ }).click()
  }

  nav(): Locator {
    return this.page.getByRole('navigation')
  }

  async goTo(name: RegExp): Promise<void> {
    await this.nav().getByRole('button', { name }).click()
  }

  async addPerson(name: string): Promise<void> {
    await this.page.getByLabel(/Name of someone you know|知っている人の名前/).fill(name)
    await this.page.getByRole('button', { name: /^(Add person|人を追加)$/ }).click()
  }

  recentPeople(): Locator {
    return this.page.getByRole('list', { name: /Recently added|最近追加した人/ }).getByRole('listitem')
  }

  async setLanguage(value: 'ja' | 'en' | 'system'): Promise<void> {
    await this.goTo(/Settings|設定/)
    await this.page.getByLabel(/^(Language|言語)$/).selectOption(value)
  }

  status(): Locator {
    return this.page.getByRole('contentinfo')
  }

  async waitForOverview(): Promise<void> {
    await this.page.getByRole('heading', { name: /^(Overview|概要)$/ }).waitFor()
  }
}
