/**
 * The workflow end to end: an event with two new people puts both on Today with a follow-up two
 * days after the event; marking one done moves them to the keep-in-touch cadence; a consultation
 * logged by quick capture changes the ledger and the quality review (read back through the CLI's
 * `analyze --json` on the same data folder after the app closed); a project and an opportunity
 * that came through a chain of introductions show on the person's page.
 */
import { describe, expect, it } from 'vitest'
import { runCli } from '../../electron/cli/run'
import type { NetworkReport } from '../../shared/analysis'
import { addDays, todayIn, type TodayItem } from '../../shared/workflow'
import { ShellPage } from './pages/shell-page'
import { WorkflowPage } from './pages/workflow-page'
import { freshDirs, keepScreenshot, targetsWithReasons } from './support/fixtures'
import { launchKizuna, type KizunaApp } from './support/launch'

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
      const metOn = addDays(today, -2)
      try {
        const shell = new ShellPage(page)
        const flow = new WorkflowPage(page)
        await shell.startOwnNetwork()
        await shell.waitForOverview()

        await flow.openToday()
        await flow.emptyToday().waitFor()

        // Met two days ago: both follow-ups fall due today (two days after the event).
        await flow.addEvent({
          name: 'UX Tokyo', date: metOn, where: 'Shibuya',
          people: [{ name: 'Aoi Mori', exchange: 'research methods; I could review her survey' }, { name: 'Ben Ito', exchange: 'hiring in data teams' }],
        })
        await flow.openToday()
        expect(await flow.todayItems().allTextContents()).toEqual([
          expect.stringMatching(/^Aoi Mori\s*Follow up after UX Tokyo\s*Due today/) as string,
          expect.stringMatching(/^Ben Ito\s*Follow up after UX Tokyo\s*Due today/) as string,
        ])

        // Done logs a message; Aoi leaves Today and the keep-in-touch cadence takes over.
        await flow.done('Aoi Mori')
        await expect.poll(() => flow.todayItems().count()).toBe(1)
        await flow.openPersonByPalette('Aoi Mori')
        await page.getByText(`Next due ${addDays(today, 180)}`).waitFor()

        // A consultation by quick capture: also the follow-up Ben was waiting for.
        await flow.openToday()
        expect(await flow.capture('consulted Ben about the job change')).toContain('I consulted them with Ben Ito')
        await flow.emptyToday().waitFor()
        expect(await flow.ledgerOverall()).toMatch(/Gave 0 · Received 1/)

        await flow.addProject({ name: 'Survey launch', members: ['Aoi Mori', 'Ben Ito'], deadline: addDays(today, -1), finishedAt: addDays(today, -3), learned: 'ship small' })
        await flow.addOpportunity({ title: 'Data platform', date: today, chain: ['Aoi Mori', 'Ben Ito'], field: 'J' })

        await flow.openPersonByPalette('Ben Ito')
        expect(await flow.section('What passed between us').allTextContents()).toEqual([`${today} I consulted them · the job change`])
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
  })
}
