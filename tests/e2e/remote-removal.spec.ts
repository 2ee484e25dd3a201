/**
 * A change from another device that moves most people to the trash, end to end: the app (real
 * renderer and preload in Chromium, real main-process services) is paired with a headless peer
 * (`kizuna sync serve` on 127.0.0.1). While the peer is stopped, the app adds a person (its device
 * list shows the change as not yet acknowledged) and 5 of the 6 people are trashed on the peer;
 * when they meet again the app keeps a backup, names the device in a banner on every view
 * (English and Japanese, light and dark), and restoring after a confirmation brings everyone back,
 * on the app and on the peer.
 */
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { keepScreenshot, targetsWithReasons } from './support/fixtures'
import { kizuna, launchSyncApp, run, startPeer, waitForOutput } from './support/sync-peers'

const cleanups: (() => Promise<unknown>)[] = []
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup()
})

interface Listed {
  id: string
  name: string
}

async function people(dataDir: string): Promise<Listed[]> {
  const listed = await run(['--data', dataDir, 'person', 'list', '--json'])
  expect(listed.code).toBe(0)
  return JSON.parse(listed.output) as Listed[]
}

const chromium = targetsWithReasons('remote-removal').find((t) => t.target === 'chromium')!

describe.skipIf(chromium.skip !== null)('a mass removal by another device (chromium)', () => {
  it('the banner names the device and the count in English and Japanese; restoring after a confirmation brings everyone back', async () => {
    const { app, shell, devices, base, dataDir } = await launchSyncApp('remote-removal', cleanups)
    const page = app.page
    const peerDir = join(base, 'peer')
    let peer = await startPeer(peerDir)
    cleanups.push(async () => peer.stop())

    await devices.open()
    const code = await devices.showPairingCode()
    const joiner = kizuna(['--data', peerDir, 'pair', 'join', code, '--yes'])
    await waitForOutput(joiner, /Confirmation words: /)
    await devices.confirmWords()
    expect(await joiner.exited).toBe(0)

    const added = await Promise.all(Array.from({ length: 6 }, (_, i) => run(['--data', peerDir, 'person', 'add', '--name', `Person ${i}`])))
    expect(added.map((a) => a.code)).toEqual(Array.from({ length: 6 }, () => 0))
    // The app's own vault, asked through its control socket.
    await expect.poll(async () => (await people(dataDir)).length, { timeout: 30_000 }).toBe(6)

    const row = devices.pairedDevices().filter({ hasText: 'home-server' })
    await expect.poll(() => row.textContent(), { timeout: 20_000 }).toContain('Has every change from this device')

    // Apart: the peer stops; the app adds one person (through its control socket), the peer trashes 5 of its 6.
    expect(await peer.stop()).toBe(0)
    expect((await run(['--data', dataDir, 'person', 'add', '--name', 'Added while apart'])).code).toBe(0)
    await expect.poll(() => row.textContent(), { timeout: 20_000 }).toMatch(/\d+ changes? from this device not yet acknowledged/)
    await keepScreenshot(page, 'devices-pending-en')
    for (const person of (await people(peerDir)).slice(0, 5)) expect((await run(['--data', peerDir, 'person', 'delete', person.id])).code).toBe(0)
    peer = await startPeer(peerDir, peer.port)
    await page.getByRole('button', { name: 'Sync now' }).click()

    const banner = page.getByRole('alert').filter({ hasText: 'home-server' })
    await expect.poll(() => banner.textContent(), { timeout: 30_000 }).toMatch(/^home-server moved 5 of your 7 people to the trash at .+\.Restore themKeep the change$/)
    expect((await people(dataDir)).length).toBe(2)
    await expect.poll(() => row.textContent(), { timeout: 20_000 }).toContain('Has every change from this device')

    // The banner stays on other views; its restore asks first, and Cancel changes nothing.
    await shell.goTo(/^Overview$/)
    await banner.scrollIntoViewIfNeeded()
    await keepScreenshot(page, 'remote-removal-en-light')
    await page.emulateMedia({ colorScheme: 'dark' })
    await keepScreenshot(page, 'remote-removal-en-dark')
    await banner.getByRole('button', { name: 'Restore them' }).click()
    const dialog = page.getByRole('dialog', { name: 'Restore the 5 people home-server moved to the trash?' })
    await expect.poll(() => dialog.textContent()).toContain('the state you have now is kept as a backup')
    await dialog.getByRole('button', { name: 'Cancel' }).click()
    expect((await people(dataDir)).length).toBe(2)

    await shell.setLanguage('ja')
    const bannerJa = page.getByRole('alert').filter({ hasText: 'home-server' })
    await expect.poll(() => bannerJa.textContent()).toMatch(/^.+、「home-server」が7人中5人をゴミ箱に移しました。5人を元に戻すこのままにする$/)
    await shell.goTo(/^概要$/)
    await keepScreenshot(page, 'remote-removal-ja-dark')
    await page.emulateMedia({ colorScheme: 'light' })
    await keepScreenshot(page, 'remote-removal-ja-light')
    await bannerJa.getByRole('button', { name: '5人を元に戻す' }).click()
    const dialogJa = page.getByRole('dialog', { name: '「home-server」がゴミ箱に移した5人を元に戻しますか？' })
    await keepScreenshot(page, 'remote-removal-ja-confirm')
    await dialogJa.getByRole('button', { name: '5人を元に戻す' }).click()
    await expect.poll(() => page.getByRole('status').filter({ hasText: '「home-server」がゴミ箱に移した5人を元に戻しました。' }).count(), { timeout: 20_000 }).toBe(1)
    await keepScreenshot(page, 'remote-removal-ja-restored')
    await expect.poll(async () => (await people(dataDir)).length).toBe(7)
    await expect.poll(async () => (await people(peerDir)).length, { timeout: 30_000 }).toBe(7)
    expect(await page.getByRole('alert').filter({ hasText: 'home-server' }).count()).toBe(0)
    await devices.open()
    await expect.poll(() => row.textContent(), { timeout: 20_000 }).toContain('このデバイスの変更はすべて届いています')
    await keepScreenshot(page, 'devices-up-to-date-ja')
  }, 300_000)
})
