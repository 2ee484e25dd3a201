/**
 * Rules only a real Electron enforces, checked through the stand-in's call record: the app
 * scheme is privileged (standard + secure) before ready, the protocol is handled after ready,
 * windows get the secure web preferences, permissions and navigation are denied.
 */
import { mkdtemp } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { BrowserWindow, standIn } from '../../../support/electron-stand-in'

const waitFor = async (what: () => boolean, label: string): Promise<void> => {
  for (let i = 0; i < 200; i++) {
    if (what()) return
    await new Promise((resolve) => setTimeout(resolve, 10))
  }
  throw new Error(`timed out waiting for ${label}`)
}
const index = (api: string) => standIn.calls.findIndex((c) => c.api === api)

describe('main process entry', () => {
  let window: BrowserWindow

  beforeAll(async () => {
    standIn.reset()
    process.env.KIZUNA_DATA_DIR = await mkdtemp(join(tmpdir(), 'kizuna-main-entry-'))
    await import('../../../../electron/main/index')
    // Nothing that needs `ready` may have happened yet.
    expect(index('protocol.handle')).toBe(-1)
    standIn.markReady()
    await waitFor(() => index('BrowserWindow.loadURL') >= 0, 'the window to load')
    window = BrowserWindow.getAllWindows().at(-1)!
  })

  afterAll(async () => {
    let prevented = false
    standIn.appEvents.emit('will-quit', { preventDefault: () => (prevented = true) })
    expect(prevented).toBe(true)
    await waitFor(() => index('app.quit') >= 0, 'stores to close and the app to quit')
    delete process.env.KIZUNA_DATA_DIR
    standIn.reset()
  })

  it('registers the app scheme as standard and secure before the app is ready', () => {
    const registration = standIn.calls.find((c) => c.api === 'protocol.registerSchemesAsPrivileged')
    expect(registration?.args[0]).toEqual([{ scheme: 'app', privileges: expect.objectContaining({ standard: true, secure: true, supportFetchAPI: true }) as unknown }])
    expect(index('protocol.registerSchemesAsPrivileged')).toBeLessThan(index('app.whenReady'))
    expect(index('protocol.registerSchemesAsPrivileged')).toBeLessThan(index('protocol.handle'))
  })

  it('serves the app from app://kizuna and loads nothing else', () => {
    expect(standIn.calls.filter((c) => c.api === 'protocol.handle').map((c) => c.args[0])).toEqual(['app'])
    expect(standIn.calls.filter((c) => c.api === 'BrowserWindow.loadURL').map((c) => c.args[0])).toEqual(['app://kizuna/index.html'])
  })

  it('gives windows isolated, sandboxed web preferences with the CommonJS preload', () => {
    expect(window.options.webPreferences).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      webSecurity: true,
      webviewTag: false,
    })
    expect(String(window.options.webPreferences?.preload)).toMatch(/preload[/\\]index\.cjs$/)
  })

  it('denies navigation away from the app, window.open, webviews and permission requests', () => {
    const contents = window.webContents
    const navigation = {
      evil: contents.tryNavigate('https://evil.example/'),
      file: contents.tryNavigate('file:///etc/passwd'),
      redirect: contents.tryNavigate('https://evil.example/', 'will-redirect'),
      app: contents.tryNavigate('app://kizuna/index.html'),
    }
    expect(navigation).toEqual({ evil: true, file: true, redirect: true, app: false })

    expect(contents.windowOpenHandler?.({ url: 'https://example.com/profile' })).toEqual({ action: 'deny' })
    expect(contents.windowOpenHandler?.({ url: 'javascript:alert(1)' })).toEqual({ action: 'deny' })
    expect(contents.windowOpenHandler?.({ url: 'app://kizuna/index.html' })).toEqual({ action: 'deny' })
    expect(standIn.calls.filter((c) => c.api === 'shell.openExternal').map((c) => c.args[0])).toEqual(['https://example.com/profile'])

    let webviewPrevented = false
    contents.emit('will-attach-webview', { preventDefault: () => (webviewPrevented = true) })
    expect(webviewPrevented).toBe(true)

    const answers: boolean[] = []
    for (const permission of ['notifications', 'media', 'geolocation', 'clipboard-read']) {
      standIn.permissionRequestHandler?.(contents, permission, (allowed: boolean) => answers.push(allowed))
    }
    expect(answers).toEqual([false, false, false, false])
    expect(standIn.permissionCheckHandler?.(contents, 'media')).toBe(false)
  })

  it('installs a menu with the standard Edit roles (copy and paste in text fields need them on macOS)', () => {
    const template = standIn.calls.find((c) => c.api === 'Menu.setApplicationMenu')?.args[0] as { role?: string }[]
    expect(template.map((item) => item.role).filter(Boolean)).toEqual(['fileMenu', 'editMenu', 'windowMenu'])
  })

  it('registers exactly the contract channels', async () => {
    const { INVOKE_CHANNELS } = await import('../../../../shared/ipc')
    expect([...standIn.ipcHandlers.keys()].sort()).toEqual(Object.values(INVOKE_CHANNELS).sort())
  })
})
