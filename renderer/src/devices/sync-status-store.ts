/**
 * The sync status as one shared, subscribable value per API: the status area and the Devices page
 * read the same object. Subscribes to `sync:didChange` while anyone listens (and unsubscribes
 * after); the first subscriber also asks for the current status once.
 */
import { useSyncExternalStore } from 'react'
import type { KizunaApi } from '../../../shared/ipc'
import type { SyncStatus } from '../../../shared/sync'
import { useApi } from '../core/api-context'

export interface SyncStatusStore {
  get: () => SyncStatus | null
  subscribe: (listener: () => void) => () => void
  /** Asks main for the status now (after an action, or on first use). */
  refresh: () => Promise<void>
  /** Applies a status an action returned, so the page does not wait for the event. */
  accept: (status: SyncStatus) => void
}

function createSyncStatusStore(api: KizunaApi): SyncStatusStore {
  let current: SyncStatus | null = null
  const listeners = new Set<() => void>()
  let stopEvents: (() => void) | null = null
  const accept = (status: SyncStatus): void => {
    current = status
    for (const listener of listeners) listener()
  }
  const refresh = async (): Promise<void> => {
    const result = await api.sync.status()
    if (result.ok) accept(result.value)
  }
  return {
    get: () => current,
    refresh,
    accept,
    subscribe: (listener) => {
      listeners.add(listener)
      if (!stopEvents) {
        stopEvents = api.sync.onDidChange(accept)
        void refresh()
      }
      return () => {
        listeners.delete(listener)
        if (listeners.size === 0) {
          stopEvents?.()
          stopEvents = null
        }
      }
    },
  }
}

const stores = new WeakMap<KizunaApi, SyncStatusStore>()

export function useSyncStatusStore(): SyncStatusStore {
  const api = useApi()
  let store = stores.get(api)
  if (!store) {
    store = createSyncStatusStore(api)
    stores.set(api, store)
  }
  return store
}

/** The latest sync status, or null until main answered. */
export function useSyncStatus(): SyncStatus | null {
  const store = useSyncStatusStore()
  return useSyncExternalStore(store.subscribe, store.get)
}
