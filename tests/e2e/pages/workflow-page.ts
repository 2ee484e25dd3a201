/** Page object for the workflow views: Today, quick capture, Events, Projects, Opportunities, the ledger. */
import type { Locator, Page } from 'playwright-core'

export class WorkflowPage {
  constructor(readonly page: Page) {}

  private nav(name: RegExp): Promise<void> {
    return this.page.getByRole('navigation').getByRole('button', { name }).click()
  }

  view(): Locator {
    return this.page.locator('main')
  }

  async openToday(): Promise<void> {
    await this.nav(/^(Today|今日)$/)
    await this.page.getByRole('heading', { name: /^(Today|今日)$/, level: 1 }).waitFor()
  }

  /** The items shown one by one (follow-ups and what is due now), not those inside a group. */
  todayItems(): Locator {
    return this.view().locator('.today-section .today-list > li')
  }

  /** A group of due people by its heading ("5 advisors to contact"). */
  group(heading: RegExp): Locator {
    return this.view().getByRole('region', { name: heading })
  }

  notice(): Locator {
    return this.view().locator('.action-notice').first()
  }

  async undoNotice(): Promise<void> {
    await this.notice()
      .getByRole('button', { name: /^(Undo|元に戻す)$/ })
      .click()
  }

  emptyToday(): Locator {
    return this.page.getByText(/Nothing is due today|今日の予定はありません/)
  }

  async done(name: string): Promise<void> {
    await this.page.getByRole('button', { name: `Done: contacted ${name}` }).click()
  }

  async capture(line: string): Promise<string> {
    const input = this.view().getByLabel(/^(Quick capture|クイック記録)$/)
    await input.fill(line)
    const preview = (await this.view().locator('.capture-summary').textContent()) ?? ''
    await input.press('Enter')
    await this.view()
      .locator('.quick-capture .action-notice')
      .getByText(/^(Logged: |記録しました:)/)
      .waitFor()
    return preview
  }

  /** The preview sentence for a line, without logging it. */
  async previewOf(line: string): Promise<string> {
    const input = this.view().getByLabel(/^(Quick capture|クイック記録)$/)
    await input.fill(line)
    return (await this.view().locator('.capture-preview').textContent()) ?? ''
  }

  async addEvent(event: { name: string; date: string; where: string; people: { name: string; exchange: string }[]; known?: string[] }): Promise<void> {
    await this.nav(/^(Events|イベント)$/)
    const form = this.page.getByRole('form', { name: /Add an event/ })
    await form.getByLabel('Event name').fill(event.name)
    await form.getByLabel('Date').fill(event.date)
    await form.getByLabel('Where').fill(event.where)
    for (const [i, person] of event.people.entries()) {
      if (i > 0) await form.getByRole('button', { name: 'Add another person' }).click()
      await form.getByLabel(`Name of person ${i + 1}`).fill(person.name)
      await form.getByLabel(`What exchange could we have, what could I offer? (person ${i + 1})`).fill(person.exchange)
    }
    for (const name of event.known ?? []) await this.pick(form, 'Add someone I already know', name)
    await form.getByRole('button', { name: 'Save the event' }).click()
    await form.getByRole('status').waitFor()
  }

  private async pick(form: Locator, label: string, name: string): Promise<void> {
    const box = form.getByRole('combobox', { name: label })
    await box.fill(name.split(' ')[0])
    await form.getByRole('option', { name: new RegExp(name) }).click()
  }

  async addProject(project: { name: string; members: string[]; deadline: string; finishedAt: string; learned: string }): Promise<void> {
    await this.nav(/^(Projects|プロジェクト)$/)
    const form = this.page.getByRole('form', { name: /Add a project/ })
    await form.getByLabel('Project name').fill(project.name)
    await form.getByLabel('Deadline').fill(project.deadline)
    await form.getByLabel('Actually finished').fill(project.finishedAt)
    await form.getByLabel('What I learned').fill(project.learned)
    for (const member of project.members) await this.pick(form, 'Add a member', member)
    await form.getByLabel('I took on chores nobody owned').check()
    await form.getByRole('button', { name: 'Save the project' }).click()
    await this.page.getByRole('list', { name: 'Projects' }).getByText(project.name).waitFor()
  }

  async addOpportunity(opportunity: { title: string; date: string; chain: string[]; field: string }): Promise<void> {
    await this.nav(/^(Opportunities|チャンス)$/)
    const form = this.page.getByRole('form', { name: /Add an opportunity/ })
    await form.getByLabel('What it was').fill(opportunity.title)
    await form.getByLabel('When it came').fill(opportunity.date)
    await form.getByLabel('Field it came from').selectOption(opportunity.field)
    for (const link of opportunity.chain) await this.pick(form, 'Add a person to the chain', link)
    await form.getByRole('button', { name: 'Save the opportunity' }).click()
    await this.page.getByRole('list', { name: 'Where opportunities came from' }).getByText(new RegExp(opportunity.title)).waitFor()
  }

  async ledgerOverall(): Promise<string> {
    await this.nav(/^(Give and take|ギブとテイク)$/)
    return (await this.page.getByTestId('ledger-overall').textContent()) ?? ''
  }

  async openPersonByPalette(name: string): Promise<void> {
    await this.page.getByRole('button', { name: /Commands|コマンド/ }).click()
    await this.page.getByRole('combobox', { name: /Go to a person/ }).fill(name)
    await this.page
      .getByRole('option', { name: new RegExp(name) })
      .first()
      .click()
    await this.page.getByRole('heading', { name, level: 1 }).waitFor()
  }

  section(title: string): Locator {
    return this.view().getByRole('list', { name: title })
  }
}
