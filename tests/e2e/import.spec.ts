/**
 * Import and backups end to end (Chromium target: main's file dialogs are the Electron stand-in's,
 * answered by the test): import a vCard file, import another holding a duplicate of a person
 * already there, see the preview with the reason, merge, undo the merge in one step; then restore
 * a backup snapshot after seeing its contents, and restore back.
 */
import { join, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { addPerson } from '../../shared/graph'
import { writeBackup } from '../../electron/node/store'
import { standIn } from '../support/electron-stand-in'
import { BackupsPage, ImportPage } from './pages/import-page'
import { PeopleListPage } from './pages/people-list-page'
import { ShellPage } from './pages/shell-page'
import { freshDirs, keepScreenshot } from './support/fixtures'
import { launchKizuna, unavailableReason } from './support/launch'

const FIXTURES = resolve(import.meta.dirname, '../fixtures/io')
const skip = unavailableReason('chromium')
if (skip) console.log(`[e2e] import: chromium variant skipped: ${skip}`)

function answerOpenDialog(file: string): void {
  standIn.openDialogAnswer = { canceled: false, filePaths: [join(FIXTURES, file)] }
}

describe.skipIf(skip !== null)('import and backups (chromium)', () => {
  it('previews a duplicate, merges it, undoes the merge, restores a snapshot and restores back', async () => {
    const dirs = await freshDirs('import-chromium')
    const app = await launchKizuna('chromium', dirs)
    const { page } = app
    try {
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
      expect(await importer.apply()).toContain('1 added, 1 merged')

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
    } catch (error) {
      await keepScreenshot(page, 'import-failure').catch(() => undefined)
      throw error
    } finally {
      await app.close()
    }
  })
})
