/**
 * The app shell end to end: first run, a write that reaches the main file store, language
 * switching that survives reload and restart, and each replica restoring the other.
 */
import { rm } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { readGraph } from '../../shared/graph'
import { VaultReplica } from '../../electron/node/store'
import { ShellPage } from './pages/shell-page'
import { freshDirs, keepScreenshot, targetsWithReasons } from './support/fixtures'
import { launchKizuna, type KizunaApp, type Target } from './support/launch'
import type { SpecDirs } from './support/fixtures'

async function namesOnDisk(dataDir: string): Promise<string[]> {
  const replica = await VaultReplica.open(join(dataDir, 'vaults', 'default'), { backups: false })
  try {
    return readGraph(replica.doc)
      .people.map((p) => p.name)
      .sort()
  } finally {
    await replica.close()
  }
}

async function withApp<T>(target: Target, dirs: SpecDirs, fn: (app: KizunaApp, shell: ShellPage) => Promise<T>): Promise<T> {
  const app = await launchKizuna(target, dirs)
  try {
    return await fn(app, new ShellPage(app.page))
  } finally {
    await app.close()
  }
}

for (const { target, skip } of targetsWithReasons('app-shell')) {
  describe.skipIf(skip !== null)(`app shell (${target})`, () => {
    it('writes reach the file store, survive restarts, and each replica restores the other', async () => {
      const dirs = await freshDirs(`shell-${target}`)

      await withApp(target, dirs, async (app, shell) => {
        await shell.startOwnNetwork()
        await shell.waitForOverview()
        await expect.poll(() => app.page.getByText(/Your network is empty/).isVisible()).toBe(true)
        await shell.addPerson('佐藤 花子')
        await shell.addPerson('Alex Kim')
        await expect.poll(() => shell.recentPeople().allTextContents()).toEqual(['Alex Kim', '佐藤 花子'])
        await expect.poll(() => shell.status().textContent()).toContain('All changes saved')
        if (target === 'chromium') await keepScreenshot(app.page, 'shell-overview')

        // Language: switch, reload, still Japanese and still the same people.
        await shell.setLanguage('ja')
        await expect.poll(() => shell.nav().textContent()).toContain('設定')
        await app.page.reload()
        await shell.nav().getByRole('button', { name: '概要' }).click()
        await expect.poll(() => shell.recentPeople().allTextContents()).toEqual(['Alex Kim', '佐藤 花子'])
      })
      expect(await namesOnDisk(dirs.dataDir)).toEqual(['Alex Kim', '佐藤 花子'])

      // Restart of both sides: state intact, no first-run screen, language kept.
      await withApp(target, dirs, async (_app, shell) => {
        await shell.waitForOverview()
        await expect.poll(() => shell.recentPeople().allTextContents()).toEqual(['Alex Kim', '佐藤 花子'])
        await expect.poll(() => shell.nav().textContent()).toContain('設定')
      })

      // The renderer's IndexedDB is lost: the file store restores it, and the user is told.
      const app0 = await launchKizuna(target, dirs)
      await app0.close()
      await app0.deleteRendererStorage()
      await withApp(target, dirs, async (app) => {
        const shell = new ShellPage(app.page)
        // A new browser profile has no settings of its own, but settings live in main: still Japanese.
        await shell.waitForOverview()
        await expect.poll(() => shell.recentPeople().allTextContents()).toEqual(['Alex Kim', '佐藤 花子'])
        await expect.poll(() => shell.status().textContent()).toContain('データファイルから復元しました')
      })

      // The file store is lost: this window's IndexedDB copy restores it, and the user is told.
      await rm(join(dirs.dataDir, 'vaults', 'default'), { recursive: true, force: true })
      await withApp(target, dirs, async (_app, shell) => {
        await shell.waitForOverview()
        await expect.poll(() => shell.recentPeople().allTextContents()).toEqual(['Alex Kim', '佐藤 花子'])
        await expect.poll(() => shell.status().textContent()).toContain('このウィンドウのコピーから復元しました')
      })
      expect(await namesOnDisk(dirs.dataDir)).toEqual(['Alex Kim', '佐藤 花子'])
    })
  })
}
