/**
 * Every view is reachable from the command palette by its name (chromium target), in English and
 * Japanese, on the sample network: open the palette from the keyboard, type the view's name as the
 * sidebar shows it, press Enter, and that view is the one shown (its sidebar entry current, its
 * own heading on screen). The list of views and their names come from the registry and the
 * dictionaries the app loads, so a view added later is covered without touching this file.
 */
import i18next from 'i18next'
import { describe, expect, it } from 'vitest'
import { REGISTRY } from '../../renderer/src/app/features'
import { MESSAGES } from '../../renderer/src/app/messages'
import { navigableViews } from '../../renderer/src/core/registry'
import { ShellPage } from './pages/shell-page'
import { freshDirs, keepScreenshot, targetsWithReasons } from './support/fixtures'
import { launchKizuna } from './support/launch'

const LANGUAGES = ['en', 'ja'] as const

/** Each navigable view's name in `language`, as the sidebar and the palette word it. */
async function viewNames(language: (typeof LANGUAGES)[number]): Promise<{ id: string; name: string }[]> {
  const i18n = i18next.createInstance()
  await i18n.init({ lng: language, fallbackLng: false, resources: { [language]: { translation: MESSAGES[language] } }, interpolation: { escapeValue: false } })
  return navigableViews(REGISTRY).map((view) => ({ id: view.id, name: i18n.t(view.labelKey) }))
}

for (const { target, skip } of targetsWithReasons('palette-views')) {
  describe.skipIf(skip !== null || target !== 'chromium')(`the palette reaches every view (${target})`, () => {
    it('opens each registered view by typing its name and pressing Enter, in English and Japanese', { timeout: 600_000 }, async () => {
      const app = await launchKizuna(target, await freshDirs('palette-views'))
      const { page } = app
      try {
        const shell = new ShellPage(page)
        await shell.firstRunButton(/Open the sample network|サンプル/).click()
        await shell.waitForOverview()
        const seen: Record<string, unknown> = {}
        const expected: Record<string, unknown> = {}
        for (const language of LANGUAGES) {
          await shell.setLanguage(language)
          const views = await viewNames(language)
          expect(views.length).toBeGreaterThan(10)
          for (const { id, name } of views) {
            // From somewhere else, so that arriving is the palette's doing.
            const start = views.find((v) => v.id !== id)!
            await shell.nav().getByRole('button', { name: start.name, exact: true }).click()
            await page.keyboard.press('Control+k')
            const palette = page.getByRole('dialog', { name: /^(Command palette|コマンドパレット)$/ })
            await palette.getByRole('combobox').pressSequentially(name)
            await palette.getByRole('combobox').press('Enter')
            await palette.waitFor({ state: 'detached' })
            // The route changes in the same render that closes the palette.
            const currents = await shell.nav().locator('[aria-current="page"]').allTextContents()
            const heading = page.locator('.content h1').first()
            await heading.waitFor()
            seen[`${language} ${id}`] = { current: currents.join(' | '), heading: ((await heading.textContent()) ?? '').trim() !== '' }
            if (currents[0] !== name) console.log(`[palette-views] ${language} "${name}" opened ${currents.join(' | ') || 'no sidebar view'}: ${await heading.textContent()}`)
            expected[`${language} ${id}`] = { current: name, heading: true }
          }
          await keepScreenshot(page, `palette-views-${language}`)
        }
        expect(seen).toEqual(expected)
      } finally {
        await app.close()
      }
    })
  })
}
