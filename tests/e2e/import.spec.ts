/**
 * Import and backups end to end (Chromium target: main's file dialogs are the Electron stand-in's,
 * answered by the test): import a vCard file, import another holding a duplicate of a person
 * already there, see the preview with the reason, merge, undo the merge in one step; then restore
 * a backup snapshot after seeing its contents, and restore back; on the sample, a LinkedIn
 * "Hanako Sato" suggested as 佐藤 花子 read さとう はなこ.
 */
import { join, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { addPerson } from '../../shared/graph'
import { writeBackup } from '../../electron/node/store'
import { standIn } from '../support/electron-stand-in'
import { BackupsPage, ImportPage } from './pages/import-page'
import { PeopleListPage } from './pages/people-list-page'
import { PersonPage } from './pages/people-person-page'
import { ShellPage } from './pages/shell-page'
import { freshDirs, keepScreenshot, type SpecDirs } from './support/fixtures'
import { launchKizuna, unavailableReason, type KizunaApp } from './support/launch'

const FIXTURES = resolve(import.meta.dirname, '../fixtures/io')
const skip = unavailableReason('chromium')
if (skip) console.log(`[e2e] import: chromium variant skipped: ${skip}`)

function answerOpenDialog(file: string): void {
  standIn.openDialogAnswer = { canceled: false, filePaths: [join(FIXTURES, file)] }
}

/** Runs `journey` on the app over a fresh data folder named `label`, keeping a screenshot `<label>-failure` when it fails. */
async function onFreshApp(label: string, journey: (app: KizunaApp, dirs: SpecDirs) => Promise<void>): Promise<void> {
  const dirs = await freshDirs(label)
  const app = await launchKizuna('chromium', dirs)
  try {
    await journey(app, dirs)
  } catch (error) {
    await keepScreenshot(app.page, `${label}-failure`).catch(() => undefined)
    throw error
  } finally {
    await app.close()
  }
}

describe.skipIf(skip !== null)('import and backups (chromium)', () => {
  it('lists suggestions apart from certain matches, compares both sides, merges nothing on a suggestion until told, in both languages', () =>
    onFreshApp('import-suggestions', async ({ page }) => {
      const shell = new ShellPage(page)
      const importer = new ImportPage(page)
      await shell.startOwnNetwork()
      await shell.waitForOverview()
      answerOpenDialog('hard-pairs.vcf')

      // Japanese first: the same preview, worded in Japanese.
      await shell.setLanguage('ja')
      await importer.open()
      await importer.choose()
      await importer.section(/^同じ人かもしれない（2件）$/).waitFor()
      expect(await importer.counts()).toEqual({ 新しい人として追加: 8, ファイル内の前の項目に統合: 2, 登録済みの人に統合: 0, スキップ: 1, ファイルの件数: 11 })
      expect(
        await importer
          .group(/^同じ電話番号、ただしそれぞれ別のメールアドレスか電話番号あり（1件）$/)
          .getByRole('article')
          .count(),
      ).toBe(1)
      expect(await importer.comparison('田中 二郎').textContent()).toContain('このファイル（6件目・54行目）')
      await keepScreenshot(page, 'import-suggestions-ja')
      await importer.view().getByRole('button', { name: '破棄' }).click()
      await shell.setLanguage('en')

      await importer.open()
      await importer.choose()
      expect(await importer.counts()).toEqual({
        'Add as new people': 8,
        'Merge into an earlier entry of the file': 2,
        'Merge into people already here': 0,
        Skip: 1,
        'Entries in the file': 11,
      })
      const suggested = importer.section(/^Maybe the same person \(2\)$/)
      const certain = importer.section(/^The same person \(2\)$/)
      expect(await suggested.getByRole('article').count()).toBe(2)
      // Both sides side by side; the shared line marked; kept as new until told.
      const tanaka = importer.comparison('田中 二郎')
      expect(await tanaka.locator('mark').allTextContents()).toEqual(['03-5555-0100', '03-5555-0100'])
      expect(await tanaka.textContent()).toContain('jiro.tanaka@minato-shoji.example')
      expect(await tanaka.textContent()).toContain('ichiro.tanaka@minato-shoji.example')
      expect(await importer.action('田中 二郎').inputValue()).toBe('new')
      expect(await importer.action('John Smith').inputValue()).toBe('new')
      expect(await certain.getByRole('rowheader').allTextContents()).toEqual(['山田 花子', '齋藤 健'])
      expect(await importer.action('齋藤 健').inputValue()).toBe('merge')
      expect(await importer.action('Ken Sato').inputValue()).toBe('new')
      await keepScreenshot(page, 'import-suggestions-en')

      // A bulk decision for one reason, from the keyboard.
      const similar = importer.group(/^similar name at the same organisation/).getByRole('button', { name: 'Merge this one' })
      await similar.focus()
      await page.keyboard.press('Enter')
      expect(await importer.action('John Smith').inputValue()).toBe('merge')
      expect(await importer.action('田中 二郎').inputValue()).toBe('new')
      expect((await importer.counts())['Add as new people']).toBe(7)
      expect(await importer.apply()).toContain('7 added, 3 merged into an earlier entry, 0 merged into people already here, 1 skipped (11 entries)')
    }))

  it('on the sample, LinkedIn\'s "Hanako Sato" is suggested as 佐藤 花子 (さとう はなこ) with the reason, side by side, never merged unasked, in both languages', () =>
    onFreshApp('import-other-script', async ({ page }) => {
      const shell = new ShellPage(page)
      const importer = new ImportPage(page)
      const list = new PeopleListPage(page)
      await shell.firstRunButton(/Open the sample network|サンプル/).click()
      await shell.waitForOverview()
      await list.open()
      await list.add('佐藤 花子')
      await new PersonPage(page).setText('Reading (furigana)', 'さとう はなこ')
      answerOpenDialog('linkedin-other-script.csv')
      const seen: Record<string, unknown> = {}
      for (const language of ['ja', 'en'] as const) {
        await shell.setLanguage(language)
        await importer.open()
        await importer.choose()
        const hanako = importer.comparison('Hanako Sato')
        const sides = await hanako.locator('.import-compare-side').evaluateAll((columns) => columns.map((c) => [...c.querySelectorAll('dd')].slice(0, 2).map((d) => d.textContent)))
        seen[language] = {
          section: await importer.view().locator('#import-suggested-title').textContent(),
          group: await importer.view().locator('.import-suggested .import-group h4').allTextContents(),
          sides,
          action: await hanako.getByRole('combobox').inputValue(),
        }
        await keepScreenshot(page, `import-other-script-${language}`)
        if (language === 'ja') await importer.view().getByRole('button', { name: '破棄' }).click()
      }
      expect(seen).toEqual(
        Object.fromEntries(
          (['ja', 'en'] as const).map((language) => [
            language,
            {
              section: language === 'en' ? 'Maybe the same person (1)' : '同じ人かもしれない（1件）',
              group: [language === 'en' ? 'same name in another script or spelling (1)' : '別の表記で同じ名前（1件）'],
              sides: [
                ['Hanako Sato', '—'],
                ['佐藤 花子', 'さとう はなこ'],
              ],
              action: 'new',
            },
          ]),
        ),
      )
      // Applied as it stands: she is added beside 佐藤 花子, nobody merged.
      expect(await importer.apply()).toContain('2 added, 0 merged into an earlier entry, 0 merged into people already here, 0 skipped (2 entries)')
    }))

  it('previews a duplicate, merges it, undoes the merge, restores a snapshot and restores back', () =>
    onFreshApp('import-chromium', async ({ page }, dirs) => {
      const shell = new ShellPage(page)
      const importer = new ImportPage(page)
      const list = new PeopleListPage(page)
      await shell.startOwnNetwork()
      await shell.waitForOverview()

      answerOpenDialog('apple-contacts-3.0.vcf')
      await importer.open()
      await importer.choose()
      expect(await importer.apply()).toContain('3 added')

      // The second file holds 佐藤 花子 again (same email, a new phone) and someone new.
      answerOpenDialog('duplicate-of-hanako.vcf')
      await importer.choose()
      const row = importer.row('佐藤 花子')
      await expect.poll(() => row.textContent()).toContain('same email')
      expect(await importer.action('佐藤 花子').inputValue()).toBe('merge')
      expect(await importer.action('Kenji Mori').inputValue()).toBe('new')
      await keepScreenshot(page, 'import-preview')
      const applied = await importer.apply()
      expect(applied).toContain('1 added, 0 merged into an earlier entry, 1 merged into people already here, 0 skipped (2 entries)')

      await list.open()
      await expect.poll(() => page.locator('section.view').getByText('Kenji Mori').count()).toBeGreaterThan(0)
      // One press of Undo takes the whole import back (the merge and the new person).
      await page.getByRole('button', { name: 'Undo', exact: true }).click()
      await expect.poll(() => page.locator('section.view').getByText('Kenji Mori').count()).toBe(0)

      // A snapshot on disk holding one person only (as if taken long ago).
      const old = new Y.Doc()
      addPerson(old, { id: 'only-one', name: 'Yuki Only' })
      await writeBackup(join(dirs.dataDir, 'vaults', 'default'), Y.encodeStateAsUpdate(old), Date.parse('2025-01-01T00:00:00Z'))

      const backups = new BackupsPage(page)
      await backups.open()
      const contents = await backups.preview(0)
      expect(contents).toContain('1 people')
      expect(contents).toContain('Yuki Only')
      await backups.restore()
      await list.open()
      await expect.poll(() => page.locator('section.view').getByText('Yuki Only').count()).toBeGreaterThan(0)
      await expect.poll(() => page.locator('section.view').getByText('佐藤 花子').count()).toBe(0)

      await backups.open()
      await backups.restoreBack()
      await list.open()
      await expect.poll(() => page.locator('section.view').getByText('佐藤 花子').count()).toBeGreaterThan(0)
      await expect.poll(() => page.locator('section.view').getByText('Yuki Only').count()).toBe(0)
    }))
})
