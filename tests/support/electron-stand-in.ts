/**
 * A stand-in for the `electron` module, used only by tests (vitest aliases `electron` to this
 * file). Electron's binary cannot run on CI, so this implements the slice of Electron's API that
 * Kizuna uses, with the same shapes, and:
 * - records every call in order (`standIn.calls`), so tests can check rules only a real Electron
 *   enforces (scheme registered before ready, secure web preferences, permission handlers...);
 * - enforces the orderings Electron enforces (registerSchemesAsPrivileged only before ready,
 *   protocol.handle only after ready, one handler per IPC channel);
 * - routes ipcMain/ipcRenderer to the real handlers, and hands windows to a pluggable host
 *   (tests/e2e/support/chromium-host.ts drives a real Chromium page).
 */
import { EventEmitter } from 'node:events'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

export interface RecordedCall {
  api: string
  args: unknown[]
}

export interface FakeIpcEvent {
  sender: WebContents
  senderFrame: { url: string } | null
}

/** Where stand-in windows go: nowhere by default, a real browser page in e2e tests. */
export interface WindowHost {
  open(window: BrowserWindow, url: string): Promise<void>
  send(window: BrowserWindow, channel: string, payload: unknown): void
  close(window: BrowserWindow): Promise<void>
}

type IpcListener = (event: FakeIpcEvent, ...args: unknown[]) => unknown
type ProtocolHandler = (request: Request) => Promise<Response> | Response

class StandInState {
  calls: RecordedCall[] = []
  ready = false
  host: WindowHost | null = null
  ipcHandlers = new Map<string, IpcListener>()
  protocolHandlers = new Map<string, ProtocolHandler>()
  privilegedSchemes: { scheme: string; privileges: Record<string, unknown> }[] = []
  permissionRequestHandler: ((...args: unknown[]) => void) | null = null
  permissionCheckHandler: ((...args: unknown[]) => boolean) | null = null
  paths: Record<string, string> = { userData: join(tmpdir(), 'kizuna-stand-in-userdata') }
  locale = 'en-US'
  appEvents = new EventEmitter()
  exposed = new Map<string, unknown>()
  /** The URL the preload's frame reports to main, as Electron's senderFrame.url would. */
  rendererUrl = 'app://kizuna/index.html'
  /** What dialog.showOpenDialog answers next (a test sets it; cancelled by default). */
  openDialogAnswer: { canceled: boolean; filePaths: string[] } = { canceled: true, filePaths: [] }
  /** What dialog.showSaveDialog answers next (a test sets it; cancelled by default). */
  saveDialogAnswer: { canceled: boolean; filePath: string } = { canceled: true, filePath: '' }
  private readyWaiters: (() => void)[] = []

  record(api: string, ...args: unknown[]): void {
    this.calls.push({ api, args })
  }

  markReady(): void {
    this.ready = true
    for (const resolve of this.readyWaiters.splice(0)) resolve()
  }

  waitReady(): Promise<void> {
    if (this.ready) return Promise.resolve()
    return new Promise((resolve) => this.readyWaiters.push(resolve))
  }

  /** Calls the handler registered for `channel` as Electron's ipcMain would. */
  async invoke(channel: string, event: FakeIpcEvent, ...args: unknown[]): Promise<unknown> {
    const handler = this.ipcHandlers.get(channel)
    if (!handler) throw new Error(`Error invoking remote method '${channel}': No handler registered for '${channel}'`)
    return await handler(event, ...args)
  }

  reset(): void {
    this.calls = []
    this.ready = false
    this.host = null
    this.ipcHandlers.clear()
    this.protocolHandlers.clear()
    this.privilegedSchemes = []
    this.permissionRequestHandler = null
    this.permissionCheckHandler = null
    this.appEvents.removeAllListeners()
    this.exposed.clear()
    this.openDialogAnswer = { canceled: true, filePaths: [] }
    this.saveDialogAnswer = { canceled: true, filePath: '' }
    this.readyWaiters = []
  }
}

export const standIn = new StandInState()

export const app = {
  isReady: () => standIn.ready,
  whenReady: (): Promise<void> => {
    standIn.record('app.whenReady')
    return standIn.waitReady()
  },
  getPath: (name: string): string => {
    const path = standIn.paths[name]
    if (!path) throw new Error(`Failed to get '${name}' path`)
    return path
  },
  setPath: (name: string, path: string): void => {
    standIn.record('app.setPath', name, path)
    standIn.paths[name] = path
  },
  getVersion: () => '0.1.0',
  getName: () => 'Kizuna',
  getLocale: () => standIn.locale,
  requestSingleInstanceLock: () => {
    standIn.record('app.requestSingleInstanceLock')
    return true
  },
  on: (event: string, listener: (...args: unknown[]) => void) => {
    standIn.record('app.on', event)
    standIn.appEvents.on(event, listener)
    return app
  },
  once: (event: string, listener: (...args: unknown[]) => void) => {
    standIn.appEvents.once(event, listener)
    return app
  },
  quit: () => standIn.record('app.quit'),
  exit: (code?: number) => standIn.record('app.exit', code),
}

export const protocol = {
  registerSchemesAsPrivileged(schemes: { scheme: string; privileges: Record<string, unknown> }[]): void {
    standIn.record('protocol.registerSchemesAsPrivileged', schemes)
    if (standIn.ready) throw new Error('protocol.registerSchemesAsPrivileged should be called before app is ready')
    standIn.privilegedSchemes.push(...schemes)
  },
  handle(scheme: string, handler: ProtocolHandler): void {
    standIn.record('protocol.handle', scheme)
    if (!standIn.ready) throw new Error('protocol.handle must be called after app is ready')
    if (standIn.protocolHandlers.has(scheme)) throw new Error(`The scheme ${scheme} is already handled`)
    standIn.protocolHandlers.set(scheme, handler)
  },
  unhandle(scheme: string): void {
    standIn.record('protocol.unhandle', scheme)
    standIn.protocolHandlers.delete(scheme)
  },
  isProtocolHandled: (scheme: string) => standIn.protocolHandlers.has(scheme),
}

export const session = {
  defaultSession: {
    setPermissionRequestHandler(handler: (...args: unknown[]) => void): void {
      standIn.record('session.setPermissionRequestHandler')
      standIn.permissionRequestHandler = handler
    },
    setPermissionCheckHandler(handler: (...args: unknown[]) => boolean): void {
      standIn.record('session.setPermissionCheckHandler')
      standIn.permissionCheckHandler = handler
    },
  },
}

export const ipcMain = {
  handle(channel: string, listener: IpcListener): void {
    standIn.record('ipcMain.handle', channel)
    if (standIn.ipcHandlers.has(channel)) throw new Error(`Attempted to register a second handler for '${channel}'`)
    standIn.ipcHandlers.set(channel, listener)
  },
  removeHandler(channel: string): void {
    standIn.record('ipcMain.removeHandler', channel)
    standIn.ipcHandlers.delete(channel)
  },
}

let nextContentsId = 1

export class WebContents extends EventEmitter {
  readonly id = nextContentsId++
  private destroyed = false
  private loading = false
  windowOpenHandler: ((details: { url: string }) => { action: 'allow' | 'deny' }) | null = null

  constructor(private readonly window: BrowserWindow | null) {
    super()
  }

  setWindowOpenHandler(handler: (details: { url: string }) => { action: 'allow' | 'deny' }): void {
    standIn.record('webContents.setWindowOpenHandler')
    this.windowOpenHandler = handler
  }

  send(channel: string, payload: unknown): void {
    if (this.destroyed) throw new Error('Object has been destroyed')
    if (this.window) standIn.host?.send(this.window, channel, payload)
  }

  isDestroyed(): boolean {
    return this.destroyed
  }

  isLoading(): boolean {
    return this.loading
  }

  /** Called by the window's loadURL: loading until the page has loaded, then 'did-finish-load'. */
  setLoading(loading: boolean): void {
    this.loading = loading
    if (!loading) this.emit('did-finish-load')
  }

  /** Emits `will-navigate` as Electron would and says whether the navigation was prevented. */
  tryNavigate(url: string, event = 'will-navigate'): boolean {
    let prevented = false
    this.emit(event, { preventDefault: () => (prevented = true) }, url)
    return prevented
  }

  destroy(): void {
    if (this.destroyed) return
    this.destroyed = true
    this.emit('destroyed')
  }
}

export class BrowserWindow extends EventEmitter {
  static readonly all = new Set<BrowserWindow>()
  readonly webContents: WebContents
  private destroyed = false

  constructor(readonly options: { webPreferences?: Record<string, unknown> } & Record<string, unknown>) {
    super()
    standIn.record('new BrowserWindow', options)
    this.webContents = new WebContents(this)
    BrowserWindow.all.add(this)
  }

  static getAllWindows(): BrowserWindow[] {
    return [...BrowserWindow.all]
  }

  loadURL(url: string): Promise<void> {
    standIn.record('BrowserWindow.loadURL', url)
    this.webContents.setLoading(true)
    const opened = standIn.host?.open(this, url) ?? Promise.resolve()
    return opened.then(() => {
      this.webContents.setLoading(false)
      this.emit('ready-to-show')
    })
  }

  show(): void {
    standIn.record('BrowserWindow.show')
  }

  focus(): void {}

  isDestroyed(): boolean {
    return this.destroyed
  }

  async close(): Promise<void> {
    if (this.destroyed) return
    this.destroyed = true
    await standIn.host?.close(this)
    this.webContents.destroy()
    BrowserWindow.all.delete(this)
    this.emit('closed')
  }
}

export const Menu = {
  buildFromTemplate: (template: unknown[]) => ({ template }),
  setApplicationMenu: (menu: { template: unknown[] } | null) => standIn.record('Menu.setApplicationMenu', menu?.template ?? null),
}

export const shell = {
  openExternal: (url: string): Promise<void> => {
    standIn.record('shell.openExternal', url)
    return Promise.resolve()
  },
}

export const dialog = {
  showOpenDialog(...args: unknown[]): Promise<{ canceled: boolean; filePaths: string[] }> {
    standIn.record('dialog.showOpenDialog', ...args)
    return Promise.resolve({ ...standIn.openDialogAnswer, filePaths: [...standIn.openDialogAnswer.filePaths] })
  },
  showSaveDialog(...args: unknown[]): Promise<{ canceled: boolean; filePath: string }> {
    standIn.record('dialog.showSaveDialog', ...args)
    return Promise.resolve({ ...standIn.saveDialogAnswer })
  },
}

export const nativeTheme = {
  shouldUseDarkColors: false,
  on: () => nativeTheme,
}

export class Notification extends EventEmitter {
  /** The most recently created notification, so a test can emit its 'click'. */
  static last: Notification | null = null
  constructor(readonly options: Record<string, unknown>) {
    super()
    standIn.record('new Notification', options)
    Notification.last = this
  }
  static isSupported = () => true
  show(): void {
    standIn.record('Notification.show', this.options)
  }
}

/** The renderer half: what a preload sees. Calls route to the real ipcMain handlers. */
export const contextBridge = {
  exposeInMainWorld(name: string, api: unknown): void {
    standIn.record('contextBridge.exposeInMainWorld', name)
    standIn.exposed.set(name, api)
  },
}

const rendererListeners = new EventEmitter()

/** The web contents of the in-process renderer half: what main sends to it reaches ipcRenderer. */
class RendererWebContents extends WebContents {
  override send(channel: string, payload: unknown): void {
    rendererListeners.emit(channel, {}, payload)
  }
}
export const rendererContents = new RendererWebContents(null)

export const ipcRenderer = {
  invoke: (channel: string, ...args: unknown[]): Promise<unknown> => standIn.invoke(channel, { sender: rendererContents, senderFrame: { url: standIn.rendererUrl } }, ...args),
  on(channel: string, listener: (...args: unknown[]) => void) {
    rendererListeners.on(channel, listener)
    return ipcRenderer
  },
  removeListener(channel: string, listener: (...args: unknown[]) => void) {
    rendererListeners.off(channel, listener)
    return ipcRenderer
  },
}

export default { app, protocol, session, ipcMain, BrowserWindow, Menu, shell, dialog, nativeTheme, Notification, contextBridge, ipcRenderer }
