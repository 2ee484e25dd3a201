/**
 * The built `kizuna` command as a real child process for the sync specs: a headless peer
 * (`kizuna sync serve` on 127.0.0.1) and one-shot commands against its data folder; and the app
 * set up to sync on loopback.
 */
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process'
import { mkdir } from 'node:fs/promises'
import { createServer } from 'node:net'
import { join, resolve } from 'node:path'
import { DevicesPage } from '../pages/devices-page'
import { ShellPage } from '../pages/shell-page'
import { freshDirs } from './fixtures'
import { launchKizuna, type KizunaApp } from './launch'

const REPO = resolve(import.meta.dirname, '../../..')
const BIN = join(REPO, 'bin/kizuna.js')

export interface Child {
  child: ChildProcessWithoutNullStreams
  output: () => string
  exited: Promise<number | null>
}

export function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const server = createServer()
    server.once('error', fail)
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number }
      server.close(() => done(port))
    })
  })
}

export function kizuna(args: string[]): Child {
  const child = spawn(process.execPath, [BIN, ...args], { cwd: REPO })
  let output = ''
  child.stdout.setEncoding('utf8').on('data', (s: string) => (output += s))
  child.stderr.setEncoding('utf8').on('data', (s: string) => (output += s))
  const exited = new Promise<number | null>((done) => child.once('exit', (code) => done(code)))
  return { child, output: () => output, exited }
}

export async function waitForOutput(process: Child, pattern: RegExp, timeoutMs = 20_000): Promise<RegExpMatchArray> {
  const deadline = Date.now() + timeoutMs
  for (;;) {
    const match = pattern.exec(process.output())
    if (match) return match
    if (Date.now() > deadline || process.child.exitCode !== null) throw new Error(`no ${String(pattern)} in:\n${process.output()}`)
    await new Promise((done) => setTimeout(done, 100))
  }
}

export async function run(args: string[]): Promise<{ code: number | null; output: string }> {
  const process = kizuna(args)
  const code = await process.exited
  return { code, output: process.output() }
}

/** `kizuna sync serve` named "home-server" on 127.0.0.1:`port` (a free one if absent), once it listens. */
export async function startPeer(dataDir: string, port?: number): Promise<Child & { port: number; stop: () => Promise<number | null> }> {
  await mkdir(dataDir, { recursive: true })
  const listenPort = port ?? (await freePort())
  const peer = kizuna(['--data', dataDir, 'sync', 'serve', '--host', '127.0.0.1', '--port', String(listenPort), '--no-mdns', '--name', 'home-server'])
  await waitForOutput(peer, /listening on 127\.0\.0\.1:\d+/)
  return {
    ...peer,
    port: listenPort,
    stop: async () => {
      if (peer.child.exitCode === null) peer.child.kill('SIGTERM')
      return peer.exited
    },
  }
}

/** The app (chromium target) listening on loopback only, on a free port, without LAN announcements (sync-controller.ts). */
export async function launchSyncApp(
  label: string,
  cleanups: (() => Promise<unknown>)[],
): Promise<{ app: KizunaApp; shell: ShellPage; devices: DevicesPage; base: string; dataDir: string }> {
  process.env.KIZUNA_SYNC_HOST = '127.0.0.1'
  process.env.KIZUNA_SYNC_PORT = '0'
  process.env.KIZUNA_SYNC_MDNS = '0'
  const dirs = await freshDirs(label)
  const app = await launchKizuna('chromium', dirs)
  cleanups.push(() => app.close())
  const shell = new ShellPage(app.page)
  await shell.startOwnNetwork()
  await shell.waitForOverview()
  return { app, shell, devices: new DevicesPage(app.page), base: resolve(dirs.dataDir, '..'), dataDir: dirs.dataDir }
}
