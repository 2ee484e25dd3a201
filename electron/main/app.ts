/**
 * The composition root of the main process: wires the small services together and owns their
 * lifetimes. No business logic here; each service is testable on its own.
 */
import { randomUUID } from 'node:crypto'
import { join } from 'node:path'
import { app, ipcMain, protocol, session, type BrowserWindow, type WebContents } from 'electron'
import { EVENT_CHANNELS, INVOKE_CHANNELS, vaultDbName, type EventPayloads, type IpcHandlers, type StatusEvent, type VaultName } from '../../shared/ipc'
import { SyncMessageError } from '../../shared/sync'
import { startControlServer } from '../node/control'
import { SettingsStore } from '../node/settings-store'
import { VaultHost } from '../node/vault-host'
import { APP_SCHEME } from './app-origin'
import { createAppProtocolHandler } from './app-protocol'
import { createIoHandlers } from './io-ipc'
import { IpcUserError, registerIpcHandlers, type IpcContext } from './ipc'
import { uiLanguage } from './main-messages'
import { installApplicationMenu } from './menu'
import { startNotifications } from './notifications'
import { hardenSession } from './security'
import { startDeviceSync } from './sync-controller'
import { createSyncHandlers } from './sync-ipc'
import { isAppUrl } from './url-trust'
import { createMainWindow, whenLoaded } from './window'

export interface StartOptions {
  dataDir: string
  rendererDir: string
  preloadPath: string
  devUrl?: string
}

export interface RunningApp {
  vaults: VaultHost
  openWindow(): BrowserWindow
  /** Flushes every store and releases every lock. */
  dispose(): Promise<void>
}

/** How long after startup device sync opens the default vault if no window has (ms). */
const SYNC_START_GRACE_MS = 15_000

function send<C extends keyof EventPayloads>(contents: WebContents, channel: C, payload: EventPayloads[C]): void {
  if (!contents.isDestroyed()) contents.send(channel, payload)
}

export async function startApp(options: StartOptions): Promise<RunningApp> {
  const devOrigin = options.devUrl ? new URL(options.devUrl).origin : undefined
  protocol.handle(APP_SCHEME, createAppProtocolHandler(options.rendererDir))
  hardenSession(session.defaultSession)
  installApplicationMenu()

  const settings = await SettingsStore.open(options.dataDir)
  // The UI's language (the per-device setting, else the OS locale) for dialogs and notifications.
  const language = uiLanguage(
    () => settings.get().language,
    () => app.getLocale(),
  )
  const windows = new Set<BrowserWindow>()
  const broadcastStatus = (event: StatusEvent): void => {
    for (const window of windows) send(window.webContents, EVENT_CHANNELS.statusDidChange, event)
  }
  // `kizuna` commands reach the vaults this app holds through the control socket (one writer per vault).
  const control = await startControlServer({
    dataDir: options.dataDir,
    resolveVault: (name) => vaults.openedReplica(name),
    runSyncCommand: async (vault, command) => (vault === 'default' ? (await deviceSync.host()).run(command) : Promise.reject(new Error('only the default vault syncs'))),
  }).catch((err: unknown) => {
    console.warn(`[control] kizuna commands cannot reach this app: ${(err as Error).message}`)
    return null
  })
  const vaults: VaultHost = new VaultHost(join(options.dataDir, 'vaults'), { onStatus: broadcastStatus, controlSocket: control?.path ?? null })
  const deviceSync = startDeviceSync({
    dataDir: options.dataDir,
    vaults,
    onStatus: (status) => {
      for (const window of windows) send(window.webContents, EVENT_CHANNELS.syncDidChange, status)
    },
  })
  // One sync peer per (web contents, vault); the peer id is what stops echoes.
  const peers = new Map<string, { peerId: string; detach: () => void }>()

  const peerFor = async (contents: WebContents, vault: VaultName): Promise<string> => {
    const key = `${contents.id}:${vault}`
    const existing = peers.get(key)
    if (existing) return existing.peerId
    const peerId = `renderer-${contents.id}-${randomUUID()}`
    const detach = await vaults.attachPeer(vault, peerId, (message) => send(contents, EVENT_CHANNELS.vaultDidReceive, { vault, message }))
    peers.set(key, { peerId, detach })
    contents.once('destroyed', () => {
      detach()
      peers.delete(key)
    })
    return peerId
  }

  const handlers = {
    [INVOKE_CHANNELS.vaultOpen]: async ({ vault }, { sender }) => {
      const { health } = await vaults.open(vault)
      if (vault === 'default') startSync()
      await peerFor(sender, vault)
      return { dbName: vaultDbName(vault), store: health }
    },
    [INVOKE_CHANNELS.vaultSync]: async ({ vault, message }, { sender }) => {
      const peerId = await peerFor(sender, vault)
      try {
        return { replies: await vaults.handleSyncMessage(vault, peerId, message) }
      } catch (err) {
        if (err instanceof SyncMessageError) throw new IpcUserError('invalid-payload', `vault:sync: ${err.message}`)
        throw new IpcUserError('storage', `Could not store the change: ${(err as Error).message}`)
      }
    },
    [INVOKE_CHANNELS.settingsGet]: () => Promise.resolve(settings.get()),
    [INVOKE_CHANNELS.settingsSet]: (patch) => settings.set(patch),
    [INVOKE_CHANNELS.appInfo]: () => Promise.resolve({ version: app.getVersion(), platform: process.platform, locale: app.getLocale(), dataDir: options.dataDir }),
    ...createSyncHandlers(deviceSync, language),
    ...createIoHandlers(async (vault) => (await vaults.open(vault)).replica, language),
  } satisfies IpcHandlers<IpcContext>

  const removeHandlers = registerIpcHandlers(ipcMain, handlers, (url) => url !== undefined && isAppUrl(url, devOrigin))

  const openWindow = (): BrowserWindow => {
    const window = createMainWindow({ preloadPath: options.preloadPath, devUrl: options.devUrl })
    windows.add(window)
    window.on('closed', () => windows.delete(window))
    return window
  }

  if (settings.loadProblem) console.warn(`[settings] ${settings.loadProblem}`)
  // Device sync needs the default vault open. Reading a large vault blocks this process for a
  // moment, and this process also serves the window's files and first IPC calls, so the vault is
  // not read at startup: sync starts once a window has opened the vault, or after a grace period
  // when none does (it listens only once a device is paired).
  const startSync = (): void => {
    deviceSync.host().catch((err: unknown) => console.warn(`[sync] ${(err as Error).message}`))
  }
  const syncGrace = settings.get().firstRunDone ? setTimeout(startSync, SYNC_START_GRACE_MS) : null

  // Today's follow-ups and keep-in-touch items as desktop notifications (default vault only).
  const notifications = startNotifications({
    dataDir: options.dataDir,
    settings: () => settings.get(),
    locale: () => app.getLocale(),
    readDoc: async () => (await vaults.openedReplica('default'))?.doc ?? null,
    openPerson: (personId) => {
      const window = [...windows].at(-1) ?? openWindow()
      window.focus()
      // A window opened for this (a reminder clicked while none was open) gets it once loaded;
      // the preload keeps it until the app listens.
      void whenLoaded(window.webContents).then(() => send(window.webContents, EVENT_CHANNELS.appDidRequestOpen, { view: 'person', personId }))
    },
  })

  return {
    vaults,
    openWindow,
    async dispose() {
      if (syncGrace) clearTimeout(syncGrace)
      notifications.dispose()
      removeHandlers()
      for (const peer of peers.values()) peer.detach()
      peers.clear()
      await control?.close()
      await deviceSync.dispose()
      await vaults.close()
      protocol.unhandle(APP_SCHEME)
    },
  }
}
