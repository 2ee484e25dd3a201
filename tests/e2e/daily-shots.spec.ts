/**
 * The daily screens as a person sees them (chromium target, 1400 × 900): Today, a person's page
 * and the command palette, in English and Japanese, light and dark, on the sample network and on
 * an empty vault. Each screenshot is kept in test-results/screenshots/daily-*.png to be looked
 * at; on each, no text overflows its box and nothing scrolls sideways.
 */
import { describe, expect, it } from 'vitest'
import { ShellPage } from './pages/shell-page'
import { TourPage } from './pages/tour-page'
import { WorkflowPage } from './pages/workflow-page'
import { PeopleListPage } from './pages/people-list-page'
import { freshDirs, keepScreenshot, targetsWithReasons } from './support/fixtures'
import { launchKizuna } from './support/launch'

const COMBINATIONS = [
  { language: 'en', theme: 'light' },
  { language: 'en', theme: 'dark' },
  { language: 'ja', theme: 'light' },
  { language: 'ja', theme: 'dark' },
] as const

for (const { target, skip } of targetsWithReasons('daily-shots')) {
  describe.skipIf(skip !== null || target !== 'chromium')(`daily screens (${target})`, () => {
    for (const vault of ['sample', 'empty'] as const) {
      it(`${vault}: Today, a person page and the palette read in English and Japanese, light and dark`, { timeout: 600_000 }, async () => {
        const app = await launchKizuna(target, await freshDirs(`daily-${vault}`))
        const problems: string[] = []
        try {
          const { page } = app
          await page.setViewportSize({ width: 1400, height: 900 })
          const shell = new ShellPage(page)
          const tour = new TourPage(page)
          const flow = new WorkflowPage(page)
          const list = new PeopleListPage(page)
          if (vault === 'sample') await shell.firstRunButton(/Open the sample network|サンプル/).click()
          else await shell.startOwnNetwork()
          await shell.waitForOverview()
          // An empty vault still has one person to show: the one I add first.
          if (vault === 'empty') {
            await list.open()
            await list.add('佐藤 花子')
          }
          for (const { language, theme } of COMBINATIONS) {
            await tour.setLanguageAndTheme(language, theme)
            const check = async (what: string) => {
              await tour.waitStable()
              await keepScreenshot(page, `daily-${vault}-${what}-${language}-${theme}`)
              for (const overflow of await tour.overflowing()) problems.push(`${vault}/${language}/${theme}/${what}: overflows: ${overflow}`)
              if (await tour.scrollsSideways()) problems.push(`${vault}/${language}/${theme}/${what}: scrolls sideways`)
            }
            await flow.openToday()
            await check('today')
            await list.open()
            await list.rows().first().click()
            await page.locator('section.person-view h1').waitFor()
            await check('person')
            await page.keyboard.press('Control+k')
            const palette = page.getByRole('dialog', { name: /^(Command palette|コマンドパレット)$/ })
            await palette.getByRole('combobox').fill(language === 'en' ? 'sa' : 'さ')
            await check('palette')
            await palette.getByRole('combobox').press('Escape')
            await palette.waitFor({ state: 'detached' })
          }
        } finally {
          await app.close()
        }
        expect(problems).toEqual([])
      })
    }
  })
}
