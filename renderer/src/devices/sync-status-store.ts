/**
 * The sync status as one shared, subscribable value: the status area and the Devices page read
 * the same object. Subscribes to `sync:didChange` while anyone listens (and unsubscribes after);
 * the first subscriber also asks for the current status once.
 */
import { useSyncExternalStore } from 'react'
import type { SyncStatus } from '../../../shared/sync'

let current: SyncStatus | null = null
const listeners = new Set<() => void>()
let stopEvents: (() => void) | null = null

function set(status: SyncStatus): void {
  current = status
  for (const listener of listeners) listener()
}

/** Asks main for the status now (after an action, or on first use). */
export async function refreshSyncStatus(): Promise<void> {
  const result = await window.kizuna.sync.status()
  if (result.ok) set(result.value)
}

/** Applies a status an action returned, so the page does not wait for the event. */
export function acceptSyncStatus(status: SyncStatus): void {
  set(status)
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener)
  if (!stopEvents) {
    stopEvents = window.kizuna.sync.onDidChange(set)
    void refreshSyncStatus()
  }
  return () => {
    listeners.delete(listener)
    if (listeners.size === 0) {
      stopEvents?.()
      stopEvents = null
    }
  }
}

/** The latest sync status, or null until main answered. */
export function useSyncStatus(): SyncStatus | null {
  return useSyncExternalStore(subscribe, () => current)
}
