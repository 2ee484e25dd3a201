/**
 * The sandboxed preload: a thin, named API derived from shared/ipc, exposed as `window.kizuna`.
 * It never exposes ipcRenderer or a generic invoke; each `on...` returns its unsubscribe.
 * Built as ONE CommonJS file requiring only `electron` (tests/unit/build checks the bundle).
 */
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron'
import { API_GLOBAL_NAME, type KizunaApi } from '../../shared/ipc/api'
import { EVENT_CHANNELS, INVOKE_CHANNELS, type EventChannel } from '../../shared/ipc/channels'

function subscribe<T>(channel: EventChannel, listener: (payload: T) => void): () => void {
  const wrapped = (_event: IpcRendererEvent, payload: T): void => listener(payload)
  ipcRenderer.on(channel, wrapped)
  return () => {
    ipcRenderer.removeListener(channel, wrapped)
  }
}

/**
 * "Open this" requests can arrive before the app listens: a reminder clicked while no window was
 * open opens one, and the app subscribes only once its vault is open. The latest such request
 * waits here for the first listener.
 */
type OpenRequest = Parameters<Parameters<KizunaApi['app']['onDidRequestOpen']>[0]>[0]
const openListeners = new Set<(request: OpenRequest) => void>()
let pendingOpen: OpenRequest | null = null
ipcRenderer.on(EVENT_CHANNELS.appDidRequestOpen, (_event: IpcRendererEvent, request: OpenRequest) => {
  if (openListeners.size === 0) pendingOpen = request
  for (const listener of openListeners) listener(request)
})

function onDidRequestOpen(listener: (request: OpenRequest) => void): () => void {
  openListeners.add(listener)
  const pending = pendingOpen
  pendingOpen = null
  if (pending !== null) queueMicrotask(() => listener(pending))
  return () => {
    openListeners.delete(listener)
  }
}

const api: KizunaApi = {
  vault: {
    open: (vault) => ipcRenderer.invoke(INVOKE_CHANNELS.vaultOpen, { vault }),
    sync: (vault, message) => ipcRenderer.invoke(INVOKE_CHANNELS.vaultSync, { vault, message }),
    onDidReceive: (listener) => subscribe(EVENT_CHANNELS.vaultDidReceive, listener),
  },
  settings: {
    get: () => ipcRenderer.invoke(INVOKE_CHANNELS.settingsGet),
    set: (patch) => ipcRenderer.invoke(INVOKE_CHANNELS.settingsSet, patch),
  },
  app: {
    info: () => ipcRenderer.invoke(INVOKE_CHANNELS.appInfo),
    onDidRequestOpen,
  },
  status: {
    onDidChange: (listener) => subscribe(EVENT_CHANNELS.statusDidChange, listener),
  },
  sync: {
    status: () => ipcRenderer.invoke(INVOKE_CHANNELS.syncStatus),
    pairInvite: () => ipcRenderer.invoke(INVOKE_CHANNELS.syncPairInvite),
    pairJoin: (code) => ipcRenderer.invoke(INVOKE_CHANNELS.syncPairJoin, { code }),
    confirm: (pairingId, accept) => ipcRenderer.invoke(INVOKE_CHANNELS.syncConfirm, { pairingId, accept }),
    pairCancel: (pairingId) => ipcRenderer.invoke(INVOKE_CHANNELS.syncPairCancel, { pairingId }),
    devices: () => ipcRenderer.invoke(INVOKE_CHANNELS.syncDevices),
    revoke: (deviceId) => ipcRenderer.invoke(INVOKE_CHANNELS.syncRevoke, { deviceId }),
    now: () => ipcRenderer.invoke(INVOKE_CHANNELS.syncNow),
    chooseFolder: () => ipcRenderer.invoke(INVOKE_CHANNELS.syncChooseFolder),
    clearFolder: () => ipcRenderer.invoke(INVOKE_CHANNELS.syncSetFolder, { folder: null }),
    onDidChange: (listener) => subscribe(EVENT_CHANNELS.syncDidChange, listener),
  },
  io: {
    chooseImportFile: () => ipcRenderer.invoke(INVOKE_CHANNELS.ioChooseImportFile),
    exportVault: (vault, format) => ipcRenderer.invoke(INVOKE_CHANNELS.ioExport, { vault, format }),
  },
  backups: {
    list: (vault) => ipcRenderer.invoke(INVOKE_CHANNELS.backupsList, { vault }),
    read: (vault, id) => ipcRenderer.invoke(INVOKE_CHANNELS.backupsRead, { vault, id }),
    restore: (vault, id) => ipcRenderer.invoke(INVOKE_CHANNELS.backupsRestore, { vault, id }),
  },
}

contextBridge.exposeInMainWorld(API_GLOBAL_NAME, api)
