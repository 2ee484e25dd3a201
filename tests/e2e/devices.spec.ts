/**
 * Device sync end to end: the app (real renderer and preload in Chromium, real main-process
 * services) pairs with a headless peer (`kizuna sync serve`, a separate process on 127.0.0.1)
 * through the Devices page, in both directions, and a change made on the peer (`kizuna person
 * add`, which goes through the peer's control socket) appears in the open app.
 */
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process'
import { mkdir } from 'node:fs/promises'
import { createServer } from 'node:net'
import { join, resolve } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { DevicesPage } from './pages/devices-page'
import { ShellPage } from './pages/shell-page'
import { freshDirs, keepScreenshot, targetsWithReasons } from './support/fixtures'
import { launchKizuna, type KizunaApp } from './support/launch'
import { standIn } from '../support/electron-stand-in'

const REPO = resolve(import.meta.dirname, '../..')
const BIN = join(REPO, 'bin/kizuna.js')

function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const server = createServer()
    server.once('error', fail)
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number }
      server.close(() => done(port))
    })
  })
}

interface Child {
  child: ChildProcessWithoutNullStreams
  output: () => string
  exited: Promise<number | null>
}

function kizuna(args: string[]): Child {
  const child = spawn(process.execPath, [BIN, ...args], { cwd: REPO })
  let output = ''
  child.stdout.setEncoding('utf8').on('data', (s: string) => (output += s))
  child.stderr.setEncoding('utf8').on('data', (s: string) => (output += s))
  const exited = new Promise<number | null>((done) => child.once('exit', (code) => done(code)))
  return { child, output: () => output, exited }
}

async function waitForOutput(process: Child, pattern: RegExp, timeoutMs = 20_000): Promise<RegExpMatchArray> {
  const deadline = Date.now() + timeoutMs
  for (;;) {
    const match = pattern.exec(process.output())
    if (match) return match
    if (Date.now() > deadline || process.child.exitCode !== null) throw new Error(`no ${String(pattern)} in:\n${process.output()}`)
    await new Promise((done) => setTimeout(done, 100))
  }
}

async function run(args: string[]): Promise<{ code: number | null; output: string }> {
  const process = kizuna(args)
  const code = await process.exited
  return { code, output: process.output() }
}

const cleanups: (() => Promise<unknown>)[] = []
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup()
})

async function startPeer(dataDir: string): Promise<Child> {
  await mkdir(dataDir, { recursive: true })
  const port = await freePort()
  const peer = kizuna(['--data', dataDir, 'sync', 'serve', '--host', '127.0.0.1', '--port', String(port), '--no-mdns', '--name', 'home-server'])
  cleanups.push(async () => {
    if (peer.child.exitCode === null) peer.child.kill('SIGTERM')
    expect(await peer.exited).toBe(0)
  })
  await waitForOutput(peer, /listening on 127\.0\.0\.1:\d+/)
  return peer
}

async function launchApp(label: string): Promise<{ app: KizunaApp; shell: ShellPage; devices: DevicesPage; base: string }> {
  // The app listens on loopback only, on a free port, without LAN announcements (sync-controller.ts).
  process.env.KIZUNA_SYNC_HOST = '127.0.0.1'
  process.env.KIZUNA_SYNC_PORT = '0'
  process.env.KIZUNA_SYNC_MDNS = '0'
  const dirs = await freshDirs(label)
  const app = await launchKizuna('chromium', dirs)
  cleanups.push(() => app.close())
  const shell = new ShellPage(app.page)
  await shell.startOwnNetwork()
  await shell.waitForOverview()
  return { app, shell, devices: new DevicesPage(app.page), base: resolve(dirs.dataDir, '..') }
}

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
    await expect
      .poll(async () => (await run(['--data', peerDir, 'person', 'list', '--json'])).output, { timeout: 20_000 })
      .toContain('Added in the app')

    // A sync folder chosen in main's native dialog (the stand-in answers), then "Sync now", in Japanese.
    const folder = join(base, 'Dropbox', 'kizuna')
    standIn.openDialogAnswer = { canceled: false, filePaths: [folder] }
    await shell.setLanguage('ja')
    await devices.open()
    await app.page.getByRole('button', { name: '同期フォルダを選択…' }).click()
    await expect.poll(() => app.page.locator('.sync-folder-path').textContent()).toBe(folder)
    expect(standIn.calls.filter((c) => c.api === 'dialog.showOpenDialog')).toHaveLength(1)
    await app.page.getByRole('button', { name: '今すぐ同期' }).click()
    await expect.poll(() => app.page.getByText('ペアリング済みの 1 台のうち 1 台と同期しました。').isVisible(), { timeout: 30_000 }).toBe(true)
    await expect.poll(() => devices.syncStatus().textContent()).toBe('同期：最新')
    await keepScreenshot(app.page, 'devices-ja')
  })
})
