/**
 * The built app's main process (out/main/index.js, dependencies bundled in) started on the
 * Electron stand-in: it opens its vault, answers a sync message with the bundled yjs and
 * y-protocols (and loads one copy of yjs: Yjs warns on a second), and refuses a malformed payload with the bundled zod. No Electron binary runs in
 * CI, so this is what shows that bundling the dependencies left the app working.
 */
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { BrowserWindow, standIn, type FakeIpcEvent } from '../../support/electron-stand-in'

const built = resolve(import.meta.dirname, '../../../out/main/index.js')

const waitFor = async (what: () => boolean, label: string): Promise<void> => {
  for (let i = 0; i < 500; i++) {
    if (what()) return
    await new Promise((done) => setTimeout(done, 10))
  }
  throw new Error(`timed out waiting for ${label}`)
}
const called = (api: string) => standIn.calls.some((c) => c.api === api)

describe('built main bundle', () => {
  let dataDir = ''
  let event: FakeIpcEvent

  const warnings: string[] = []
  const warn = console.error

  beforeAll(async () => {
    console.error = (...args: unknown[]) => void warnings.push(args.map(String).join(' '))
    standIn.reset()
    dataDir = await mkdtemp(join(tmpdir(), 'kizuna-main-bundle-'))
    process.env.KIZUNA_DATA_DIR = dataDir
    await import(built)
    standIn.markReady()
    await waitFor(() => called('BrowserWindow.loadURL'), 'the window to load')
    event = { sender: BrowserWindow.getAllWindows().at(-1)!.webContents, senderFrame: { url: 'app://kizuna/index.html' } }
  })

  afterAll(async () => {
    console.error = warn
    standIn.appEvents.emit('will-quit', { preventDefault: () => undefined })
    await waitFor(() => called('app.quit'), 'stores to close and the app to quit')
    delete process.env.KIZUNA_DATA_DIR
    standIn.reset()
    await rm(dataDir, { recursive: true, force: true })
  })

  it('opens the vault and answers a sync message', async () => {
    const opened = (await standIn.invoke('vault:open', event, { vault: 'default' })) as { ok: boolean; value: { dbName: string } }
    expect(opened).toMatchObject({ ok: true, value: { dbName: expect.any(String) as unknown } })

    // y-protocols' sync step 1 from an empty doc (type 0, then its one-byte state vector), written
    // out here: importing yjs into this process beside the bundle's copy would make two.
    const synced = (await standIn.invoke('vault:sync', event, { vault: 'default', message: new Uint8Array([0, 1, 0]) })) as {
      ok: boolean
      value: { replies: Uint8Array[] }
    }
    expect(synced.ok).toBe(true)
    expect(synced.value.replies.length).toBeGreaterThan(0)
    expect(warnings.filter((w) => w.includes('Yjs was already imported'))).toEqual([])
  })

  it('refuses a malformed payload', async () => {
    const refused = (await standIn.invoke('vault:open', event, { vault: '../etc' })) as { ok: boolean; error: { code: string } }
    expect(refused).toMatchObject({ ok: false, error: { code: 'invalid-payload' } })
  })
})
