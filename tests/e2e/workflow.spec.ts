/**
 * The workflow end to end: an event with two new people puts both on Today the same day, each
 * with its follow-up due two days later; marking one done says so, with Undo; a consultation
 * logged by quick capture changes the ledger and the quality review (read back through the CLI's
 * `analyze --json` on the same data folder after the app closed); a project and an opportunity
 * that came through a chain of introductions show on the person's page.
 */
import { writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { runCli } from '../../electron/cli/run'
import type { NetworkReport } from '../../shared/analysis'
import { addDays, todayIn, type TodayItem } from '../../shared/workflow'
import { ShellPage } from './pages/shell-page'
import { WorkflowPage } from './pages/workflow-page'
import { freshDirs, keepScreenshot, targetsWithReasons } from './support/fixtures'
import { launchKizuna, type KizunaApp } from './support/launch'

/** A calendar day as the English UI shows it (Intl, the same format everywhere). */
const day = (iso: string) => new Intl.DateTimeFormat('en', { year: 'numeric', month: 'short', day: 'numeric', timeZone: 'UTC' }).format(Date.parse(`${iso}T00:00:00Z`))

async function kizuna(...args: string[]): Promise<string> {
  let out = ''
  let err = ''
  const code = await runCli(args, { out: (s) => (out += s), err: (s) => (err += s) })
  if (code !== 0) throw new Error(`kizuna ${args.join(' ')} exited ${code}: ${err}`)
  return out
}

for (const { target, skip } of targetsWithReasons('workflow')) {
  describe.skipIf(skip !== null)(`workflow (${target})`, () => {
    it('event -> follow-ups on Today -> done -> quick capture -> ledger and review -> project and opportunity on the person page', async () => {
      const dirs = await freshDirs(`workflow-${target}`)
      const app: KizunaApp = await launchKizuna(target, dirs)
      const { page } = app
      const today = todayIn(Date.now())
      const metOn = today
      try {
        const shell = new ShellPage(page)
        const flow = new WorkflowPage(page)
        await shell.startOwnNetwork()
        await shell.waitForOverview()

        await flow.openToday()
        await flow.emptyToday().waitFor()

        // Met today: both follow-ups show at once, each with the day it falls due.
        await flow.addEvent({
          name: 'UX Tokyo',
          date: metOn,
          where: 'Shibuya',
          people: [
            { name: 'Aoi Mori', exchange: 'research methods; I could review her survey' },
            { name: 'Ben Ito', exchange: 'hiring in data teams' },
          ],
        })
        await flow.openToday()
        const due = `Due in 2 days, ${day(addDays(today, 2))}`
        expect(await flow.todayItems().allTextContents()).toEqual([
          expect.stringContaining(`Aoi MoriMet at UX Tokyo on ${day(today)}${due}`) as string,
          expect.stringContaining(`Ben ItoMet at UX Tokyo on ${day(today)}${due}`) as string,
        ])
        await keepScreenshot(page, `workflow-follow-up-day-of-event-${target}`)

        // Done logs a message and says so; Undo brings the follow-up back; done again.
        await flow.done('Aoi Mori')
        await expect.poll(() => flow.notice().textContent()).toContain('Logged a message to Aoi Mori.')
        await expect.poll(() => flow.todayItems().count()).toBe(1)
        await flow.undoNotice()
        await expect.poll(() => flow.todayItems().count()).toBe(2)
        await flow.done('Aoi Mori')
        await expect.poll(() => flow.todayItems().count()).toBe(1)
        // Aoi has no role and no cadence of her own: after the follow-up nothing more is asked.
        await flow.openPersonByPalette('Aoi Mori')
        await page.locator('.person-glance').getByText('No reminder').waitFor()

        // A consultation by quick capture: also the follow-up Ben was waiting for.
        await flow.openToday()
        expect(await flow.capture('consulted Ben about the job change')).toBe(`You consulted Ben Ito on ${day(today)}. About: the job change`)
        await flow.emptyToday().waitFor()
        expect(await flow.ledgerOverall()).toMatch(/gave 0, received 1/)

        await flow.addProject({ name: 'Survey launch', members: ['Aoi Mori', 'Ben Ito'], deadline: addDays(today, -1), finishedAt: addDays(today, -3), learned: 'ship small' })
        await flow.addOpportunity({ title: 'Data platform', date: today, chain: ['Aoi Mori', 'Ben Ito'], field: 'J' })

        await flow.openPersonByPalette('Ben Ito')
        expect(await flow.section('What passed between us').allTextContents()).toEqual([`${day(today)} I consulted them · the job change`])
        expect(await flow.section('Projects we shared').allTextContents()).toEqual([expect.stringContaining('Survey launch') as string])
        expect(await flow.section('Projects we shared').textContent()).toContain('finished 2 days before the deadline')
        expect(await flow.section('Opportunities through them').allTextContents()).toEqual([expect.stringContaining('Data platform') as string])
        expect(await flow.section('Opportunities through them').textContent()).toContain('Aoi Mori → Ben Ito')
        await keepScreenshot(page, `workflow-person-${target}`)
      } finally {
        await app.close()
      }

      // The same data folder, read by the CLI: Today is empty and the review is fed.
      const { items } = JSON.parse(await kizuna('--data', dirs.dataDir, 'today', '--json')) as { items: TodayItem[] }
      expect(items).toEqual([])
      const report = JSON.parse(await kizuna('--data', dirs.dataDir, 'analyze', '--json')) as NetworkReport
      const ingredient = (id: string) => report.quality.flatMap((q) => q.ingredients).find((i) => i.id === id)
      expect([ingredient('recent-consultations')?.data, ingredient('follow-up-promptness')?.data, ingredient('unowned-chores')?.data, ingredient('learned')?.data]).toEqual([
        { consultations: 1, days: 90 },
        { prompt: 2, met: 2, days: 7 },
        { took: 1, recorded: 1 },
        { learned: 1, projects: 1 },
      ])
    })

    it('groups a long overdue list with bulk snooze and its undo, and keeps 200 imported connections off Today', async () => {
      const dirs = await freshDirs(`workflow-bulk-${target}`)
      const today = todayIn(Date.now())
      await kizuna('--data', dirs.dataDir, 'init')
      // Twelve advisors last consulted 100 to 111 days ago (cadence 60): all overdue.
      for (let i = 0; i < 12; i++) {
        const id = (await kizuna('--data', dirs.dataDir, 'person', 'add', '--name', `Advisor ${String(i + 1).padStart(2, '0')}`, '--role', 'advisor')).trim()
        await kizuna('--data', dirs.dataDir, 'interaction', 'add', '--kind', 'consulted-them', '--person', id, '--date', addDays(today, -100 - i))
      }
      const csv = join(dirs.dataDir, '..', 'Connections.csv')
      const rows = Array.from(
        { length: 200 },
        (_, i) => `Given${i},Family${i},https://www.linkedin.com/in/p${i},,Company ${i % 20},Engineer,0${(i % 9) + 1} Mar ${2005 + (i % 20)}`,
      )
      await writeFile(csv, ['First Name,Last Name,URL,Email Address,Company,Position,Connected On', ...rows].join('\n'))
      await kizuna('--data', dirs.dataDir, 'import', csv, '--format', 'linkedin')
      const app: KizunaApp = await launchKizuna(target, dirs)
      const { page } = app
      try {
        const shell = new ShellPage(page)
        const flow = new WorkflowPage(page)
        await shell.startOwnNetwork()
        await shell.waitForOverview()
        await flow.openToday()
        // A screenful one by one, the rest in one group; none of the 200 imported people.
        await expect.poll(() => flow.todayItems().count()).toBe(5)
        const group = flow.group(/^7 advisors to contact$/)
        await group.waitFor()
        expect(
          await flow
            .view()
            .getByText(/Given\d+ Family\d+/)
            .count(),
        ).toBe(0)
        await keepScreenshot(page, `today-en-light-${target}`)
        await page.emulateMedia({ colorScheme: 'dark' })
        await keepScreenshot(page, `today-en-dark-${target}`)
        await page.emulateMedia({ colorScheme: 'light' })

        await group.getByRole('button', { name: 'Snooze all for 7 days' }).click()
        await expect.poll(() => flow.notice().textContent()).toContain(`Snoozed 7 people until ${day(addDays(today, 7))}.`)
        await expect.poll(() => group.count()).toBe(0)
        await expect.poll(() => flow.todayItems().count()).toBe(5)
        await flow.undoNotice()
        await group.waitFor()
        await expect.poll(() => group.locator('.today-item').count()).toBe(7)

        // Stop reminding, undone the same way.
        await group.getByRole('button', { name: 'Stop reminding me' }).click()
        await expect.poll(() => group.count()).toBe(0)
        await flow.undoNotice()
        await group.waitFor()

        // An event takes someone already in the network as well as someone new; the past event opens.
        await flow.addEvent({ name: 'Spring meetup', date: today, where: 'Shibuya', people: [{ name: 'Cleo Park', exchange: 'design systems' }], known: ['Advisor 01'] })
        await page.getByRole('list', { name: 'Past events' }).getByText('Spring meetup').click()
        const atMeetup = page.getByRole('list', { name: 'People at Spring meetup' })
        expect((await atMeetup.getByRole('button').allTextContents()).sort()).toEqual(['Advisor 01', 'Cleo Park'])
        await atMeetup.getByRole('button', { name: 'Cleo Park' }).click()
        await page.getByRole('heading', { level: 1, name: 'Cleo Park' }).waitFor()

        await shell.setLanguage('ja')
        await flow.openToday()
        await flow.group(/^連絡したい相談相手7人$/).waitFor()
        await keepScreenshot(page, `today-ja-light-${target}`)
        await page.emulateMedia({ colorScheme: 'dark' })
        await keepScreenshot(page, `today-ja-dark-${target}`)
        await page.emulateMedia({ colorScheme: 'light' })
      } finally {
        await app.close()
      }
      const { items } = JSON.parse(await kizuna('--data', dirs.dataDir, 'today', '--json')) as { items: TodayItem[] }
      // Advisor 01 was met at the event today; Cleo's follow-up is due in two days.
      expect(items.map((i) => i.name).sort()).toEqual(Array.from({ length: 11 }, (_, i) => `Advisor ${String(i + 2).padStart(2, '0')}`))
    })
  })
}
