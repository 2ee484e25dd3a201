/**
 * Issue 18 (drifting ties, calendar import) end to end in real Chromium:
 * - on the sample network, the Overview and Today name the advisors and collaborators whose tie
 *   is fading (the same list shared/workflow computes for the sample the app seeds), in English
 *   and Japanese, light and dark; "I reached out" logs contact and takes the person off the list;
 * - importing a calendar (.ics as Google and Outlook export it) shows the meetings it will log in
 *   the preview, in both languages, and applies them.
 * The app's clock is the real one; the sample is dated from it (renderer/src/vault/sample.ts) and
 * the calendar's window is pinned with "meetings since", so the expectations do not move.
 */
import { join, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { generateSampleNetwork } from '../../shared/sample'
import { findFading, todayIn } from '../../shared/workflow'
import { SAMPLE_SEED, sampleToday } from '../../renderer/src/vault/sample'
import { standIn } from '../support/electron-stand-in'
import { ImportPage } from './pages/import-page'
import { NetworkPage } from './pages/network-page'
import { ShellPage } from './pages/shell-page'
import { TourPage } from './pages/tour-page'
import { WorkflowPage } from './pages/workflow-page'
import { freshDirs, keepScreenshot } from './support/fixtures'
import { launchKizuna, unavailableReason } from './support/launch'

const FIXTURES = resolve(import.meta.dirname, '../fixtures/io')
const skip = unavailableReason('chromium')
if (skip) console.log(`[e2e] drift-calendar: chromium variant skipped: ${skip}`)

const sample = generateSampleNetwork(SAMPLE_SEED, { today: sampleToday(new Date()) })
const fading = findFading({ people: sample.people, interactions: sample.interactions, events: sample.events }, todayIn(Date.now()))

function answerOpenDialog(file: string): void {
  standIn.openDialogAnswer = { canceled: false, filePaths: [join(FIXTURES, file)] }
}

describe.skipIf(skip !== null)('drifting ties and calendar import (chromium)', () => {
  it('names the fading advisors and collaborators on the Overview and Today, in both languages and themes', { timeout: 300_000 }, async () => {
    expect(fading.length).toBeGreaterThan(0)
    const app = await launchKizuna('chromium', await freshDirs('drift'))
    const { page } = app
    try {
      await page.setViewportSize({ width: 1400, height: 900 })
      const shell = new ShellPage(page)
      const tour = new TourPage(page)
      const workflow = new WorkflowPage(page)
      await shell.firstRunButton(/Open the sample network|サンプル/).click()
      await shell.waitForOverview()
      const names = fading.slice(0, 5).map((tie) => tie.name)
      const listed = async () => page.getByTestId('fading-ties').locator('.fading-item .link-button').allTextContents()

      for (const [language, theme] of [
        ['en', 'light'],
        ['ja', 'dark'],
        ['en', 'dark'],
        ['ja', 'light'],
      ] as const) {
        await tour.setLanguageAndTheme(language, theme)
        await page
          .getByRole('navigation')
          .getByRole('button', { name: /^(Overview|概要|ホーム)$/ })
          .first()
          .click()
        const section = page.getByRole('region', { name: language === 'en' ? 'Drifting away' : '疎遠になりつつある人' })
        await section.waitFor()
        expect(await listed()).toEqual(names)
        const first = fading[0]
        const line = (await section.locator(`[data-person="${first.personId}"]`).textContent()) ?? ''
        expect(line).toContain(language === 'en' ? 'last contact' : '最後の連絡は')
        await section.scrollIntoViewIfNeeded()
        await keepScreenshot(page, `drift-overview-${language}-${theme}`)
        await workflow.openToday()
        const today = page.getByRole('region', { name: language === 'en' ? 'Drifting away' : '疎遠になりつつある人' })
        await today.waitFor()
        expect(await listed()).toEqual(names)
        await today.scrollIntoViewIfNeeded()
        await keepScreenshot(page, `drift-today-${language}-${theme}`)
      }

      // The map: the lines from me to advisors and collaborators, weighted by how recent our contact is.
      for (const theme of ['light', 'dark'] as const) {
        await tour.setLanguageAndTheme('en', theme)
        await shell.goTo(/^Network map$/)
        await new NetworkPage(page).waitSettled()
        await page.getByRole('region', { name: 'Legend' }).getByText('Line to me: thicker for more recent real contact with an advisor or collaborator').waitFor()
        await keepScreenshot(page, `drift-map-en-${theme}`)
      }

      // One action: "I reached out" logs a message today; the person leaves the list, Undo brings them back.
      await tour.setLanguageAndTheme('en', 'light')
      await workflow.openToday()
      const first = fading[0]
      await page.getByRole('button', { name: `I reached out to ${first.name}: log a message today` }).click()
      await page.getByTestId('fading-ties').getByText(`Logged a message to ${first.name}.`).waitFor()
      expect(await listed()).toEqual(fading.slice(1, 6).map((tie) => tie.name))
      await page.getByTestId('fading-ties').getByRole('button', { name: 'Undo' }).click()
      await page.waitForFunction((name) => document.querySelector('[data-testid="fading-ties"] .fading-item .link-button')?.textContent === name, first.name)
    } finally {
      await app.close()
    }
  })

  it('previews and applies a calendar (.ics) import in both languages', { timeout: 300_000 }, async () => {
    const app = await launchKizuna('chromium', await freshDirs('calendar'))
    const { page } = app
    try {
      await page.setViewportSize({ width: 1400, height: 900 })
      const shell = new ShellPage(page)
      const tour = new TourPage(page)
      const importer = new ImportPage(page)
      await shell.startOwnNetwork()
      await shell.waitForOverview()
      answerOpenDialog('calendar/contacts.vcf')
      await importer.open()
      await importer.choose()
      await importer.apply()

      for (const [language, theme] of [
        ['ja', 'light'],
        ['ja', 'dark'],
        ['en', 'dark'],
        ['en', 'light'],
      ] as const) {
        await tour.setLanguageAndTheme(language, theme)
        await importer.open()
        await importer
          .view()
          .getByLabel(language === 'en' ? 'Calendar meetings since' : 'カレンダーの取り込み開始日')
          .fill('2025-01-01')
        answerOpenDialog('calendar/google-outlook.ics')
        await importer.choose()
        const summary = page.getByTestId('calendar-summary')
        await summary.waitFor()
        const text = (await summary.textContent()) ?? ''
        if (language === 'en') {
          expect(text).toContain('12 past meetings with someone besides you')
          expect(text).toContain('11 will be logged as meetings with people you know.')
          expect(text).toContain('Not logged: 0 imported before, 0 already logged by hand, 1 with nobody you know.')
        } else {
          expect(text).toContain('自分以外の人がいた過去の会議が12件あります。')
          expect(text).toContain('そのうち11件を、知っている人と会った記録として残します。')
        }
        // The attendees: Hanako and Bob by their address; the others left out.
        expect(await importer.counts()).toEqual(
          language === 'en'
            ? { 'Add as new people': 0, 'Merge into an earlier entry of the file': 0, 'Merge into people already here': 2, Skip: 4, 'Entries in the file': 6 }
            : { 新しい人として追加: 0, ファイル内の前の項目に統合: 0, 登録済みの人に統合: 2, スキップ: 4, ファイルの件数: 6 },
        )
        await keepScreenshot(page, `calendar-preview-${language}-${theme}`)
        if (language === 'en' && theme === 'light') break
        await importer
          .view()
          .getByRole('button', { name: /^(Discard|破棄)$/ })
          .click()
      }
      const status = await importer.apply()
      expect(status).toContain('Logged 11 meetings and 0 follow-ups.')
      // A re-import logs nothing more.
      await importer.view().getByLabel('Calendar meetings since').fill('2025-01-01')
      await importer.choose()
      expect((await page.getByTestId('calendar-summary').textContent()) ?? '').toContain('0 will be logged as meetings with people you know.')
      await keepScreenshot(page, 'calendar-reimport-en-light')
    } finally {
      await app.close()
    }
  })
})
