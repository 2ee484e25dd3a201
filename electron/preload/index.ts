/**
 * The sandboxed preload: the API derived from shared/ipc's contract, exposed as `window.kizuna`.
 * One named function per contract method (`api.sync.pairJoin({ code })`), built from the method
 * list in channels.ts and typed by `KizunaApi`; it never exposes ipcRenderer or a generic invoke.
 * Each `on...` returns its unsubscribe.
 * Built as ONE CommonJS file requiring only `electron` (tests/unit/build checks the bundle).
 */
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron'
import { API_GLOBAL_NAME, type KizunaApi } from '../../shared/ipc/api'
import { EVENT_CHANNELS, EVENT_NAMES, INVOKE_METHODS, type EventChannel, type InvokeChannel } from '../../shared/ipc/channels'
import type { EventPayloads, IpcRequests, IpcResponses, IpcResult } from '../../shared/ipc'

/** The one typed call into main: the channel fixes the request's and the response's type. */
function invoke<C extends InvokeChannel>(channel: C, request: IpcRequests[C]): Promise<IpcResult<IpcResponses[C]>> {
  return ipcRenderer.invoke(channel, request) as Promise<IpcResult<IpcResponses[C]>>
}

function subscribe<C extends EventChannel>(channel: C, listener: (payload: EventPayloads[C]) => void): () => void {
  const wrapped = (_event: IpcRendererEvent, payload: EventPayloads[C]): void => listener(payload)
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
type OpenRequest = EventPayloads['app:didRequestOpen']
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

const capitalize = (name: string): string => name.charAt(0).toUpperCase() + name.slice(1)

function buildApi(): KizunaApi {
  const api: Record<string, Record<string, unknown>> = {}
  for (const [namespace, methods] of Object.entries(INVOKE_METHODS)) {
    const calls: Record<string, unknown> = (api[namespace] ??= {})
    for (const method of methods) {
      const channel = `${namespace}:${method}` as InvokeChannel
      calls[method] = (request?: unknown) => invoke(channel, request as IpcRequests[InvokeChannel])
    }
  }
  for (const [namespace, events] of Object.entries(EVENT_NAMES)) {
    const listeners: Record<string, unknown> = (api[namespace] ??= {})
    for (const event of events) {
      const channel = `${namespace}:${event}` as EventChannel
      listeners[`on${capitalize(event)}`] = (listener: (payload: unknown) => void) => subscribe(channel, listener)
    }
  }
  api.app.onDidRequestOpen = onDidRequestOpen
  return api as KizunaApi
}

contextBridge.exposeInMainWorld(API_GLOBAL_NAME, buildApi())
