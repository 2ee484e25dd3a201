/**
 * Device sync end to end: the app (real renderer and preload in Chromium, real main-process
 * services) pairs with a headless peer (`kizuna sync serve`, a separate process on 127.0.0.1)
 * through the Devices page, in both directions, and a change made on the peer (`kizuna person
 * add`, which goes through the peer's control socket) appears in the open app.
 */
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { keepScreenshot, targetsWithReasons } from './support/fixtures'
import { kizuna, launchSyncApp, run, startPeer as startServe, waitForOutput, type Child } from './support/sync-peers'
import { standIn } from '../support/electron-stand-in'

const cleanups: (() => Promise<unknown>)[] = []
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup()
})

async function startPeer(dataDir: string): Promise<Child> {
  const peer = await startServe(dataDir)
  cleanups.push(async () => expect(await peer.stop()).toBe(0))
  return peer
}

const launchApp = (label: string) => launchSyncApp(label, cleanups)

const chromium = targetsWithReasons('devices').find((t) => t.target === 'chromium')!

describe.skipIf(chromium.skip !== null)('devices (chromium)', () => {
  it('the app shows a code, the headless peer joins, both confirm the same words, and a change on the peer appears in the app', async () => {
    const { app, shell, devices, base } = await launchApp('devices-invite')
    const peerDir = join(base, 'peer')
    await startPeer(peerDir)

    await devices.open()
    await expect.poll(() => devices.syncStatus().count()).toBe(0) // sync is off: nothing paired yet
    const code = await devices.showPairingCode()
    expect(code).toMatch(/^127\.0\.0\.1:\d+-[A-Z2-7]{4}(-[A-Z2-7]{4}){7}$/)
    await expect.poll(() => devices.qr().getAttribute('src')).toMatch(/^data:image\/svg\+xml/)

    const joiner = kizuna(['--data', peerDir, 'pair', 'join', code, '--yes'])
    const [, peerWords] = await waitForOutput(joiner, /Confirmation words: ([a-z ]+)\n/)
    await expect.poll(() => devices.words().allTextContents()).toEqual(peerWords.split(' '))
    await keepScreenshot(app.page, 'devices-confirm-words')
    await devices.confirmWords()
    await waitForOutput(joiner, /Paired with /)
    expect(await joiner.exited).toBe(0)

    await expect.poll(() => devices.pairedDevices().allTextContents(), { timeout: 20_000 }).toEqual([expect.stringMatching(/home-server.*connected/)])
    await expect.poll(() => devices.syncStatus().getAttribute('data-sync-state'), { timeout: 20_000 }).toBe('synced')

    const added = await run(['--data', peerDir, 'person', 'add', '--name', 'Added on the peer'])
    expect(added.code).toBe(0)
    await shell.goTo(/^(Overview|概要)$/)
    await expect.poll(() => shell.recentPeople().allTextContents(), { timeout: 20_000 }).toContain('Added on the peer')

    const listed = await run(['--data', peerDir, 'devices', 'list', '--json'])
    const paired = JSON.parse(listed.output) as { connected: boolean; lastSeenAt: number | null }[]
    expect(paired.map((d) => ({ connected: d.connected, seen: typeof d.lastSeenAt }))).toEqual([{ connected: true, seen: 'number' }])

    // Revoke from the page: a confirmation that explains the key rotation, then nothing paired.
    await devices.open()
    await app.page.getByRole('button', { name: 'Revoke home-server' }).click()
    const dialog = app.page.getByRole('dialog', { name: 'Revoke home-server?' })
    await expect.poll(() => dialog.textContent()).toContain('The vault key is rotated')
    await dialog.getByRole('button', { name: 'Revoke and rotate the key' }).click()
    await expect.poll(() => devices.pairedDevices().count()).toBe(0)
    await expect.poll(() => devices.syncStatus().count()).toBe(0) // off again: nothing listens
  })

  it('the app enters the code a headless peer shows, the peer receives what the app adds; folder and sync now in Japanese', async () => {
    const { app, shell, devices, base } = await launchApp('devices-join')
    const peerDir = join(base, 'peer')
    await startPeer(peerDir)

    const invite = kizuna(['--data', peerDir, 'pair', 'invite', '--yes'])
    const [, code] = await waitForOutput(invite, /\n {2}(\S+-[A-Z2-7]{4}(?:-[A-Z2-7]{4}){7})\n/)
    await devices.open()
    await devices.enterCode(code)
    const [, peerWords] = await waitForOutput(invite, /Confirmation words: ([a-z ]+)\n/)
    await expect.poll(() => devices.words().allTextContents()).toEqual(peerWords.split(' '))
    await devices.confirmWords()
    await waitForOutput(invite, /Paired with /)
    expect(await invite.exited).toBe(0)
    await expect.poll(() => app.page.getByText(/Paired with home-server/).isVisible()).toBe(true)

    await shell.goTo(/^(Overview|概要)$/)
    await shell.addPerson('Added in the app')
    await expect.poll(async () => (await run(['--data', peerDir, 'person', 'list', '--json'])).output, { timeout: 20_000 }).toContain('Added in the app')

    // A sync folder chosen in main's native dialog (the stand-in answers), then "Sync now", in Japanese.
    const folder = join(base, 'Dropbox', 'kizuna')
    standIn.openDialogAnswer = { canceled: false, filePaths: [folder] }
    await shell.setLanguage('ja')
    await devices.open()
    await app.page.getByRole('button', { name: '同期フォルダを選択…' }).click()
    await expect.poll(() => app.page.locator('.sync-folder-path').textContent()).toBe(folder)
    expect(standIn.calls.filter((c) => c.api === 'dialog.showOpenDialog')).toHaveLength(1)
    await app.page.getByRole('button', { name: '今すぐ同期' }).click()
    await expect.poll(() => app.page.getByText('ペアリング済みの1台のうち1台と同期しました。').isVisible(), { timeout: 30_000 }).toBe(true)
    await expect.poll(() => devices.syncStatus().textContent()).toBe('同期：最新')
    await keepScreenshot(app.page, 'devices-ja')
  })
})
