/** The status area's messages: errors and notices from storage, sync and restoration. */
import { useSyncExternalStore } from 'react'

export interface StatusMessage {
  id: number
  kind: 'error' | 'notice'
  /** i18n key and its interpolation values. */
  key: string
  values: Record<string, string>
}

let nextId = 1
let messages: readonly StatusMessage[] = []
const listeners = new Set<() => void>()

function emit(): void {
  for (const listener of listeners) listener()
}

export function pushStatus(kind: StatusMessage['kind'], key: string, values: Record<string, string> = {}): void {
  // The same message repeated (a failing disk retried every second) is shown once.
  if (messages.some((m) => m.key === key && JSON.stringify(m.values) === JSON.stringify(values))) return
  messages = [...messages, { id: nextId++, kind, key, values }].slice(-5)
  emit()
}

export function dismissStatus(id: number): void {
  messages = messages.filter((m) => m.id !== id)
  emit()
}

export function useStatusMessages(): readonly StatusMessage[] {
  return useSyncExternalStore(
    (listener) => {
      listeners.add(listener)
      return () => listeners.delete(listener)
    },
    () => messages,
  )
}

let saving = false
const savingListeners = new Set<() => void>()

/** Whether local changes are waiting to be stored by the main process. */
export function setSaving(value: boolean): void {
  if (saving === value) return
  saving = value
  for (const listener of savingListeners) listener()
}

export function useSaving(): boolean {
  return useSyncExternalStore(
    (listener) => {
      savingListeners.add(listener)
      return () => savingListeners.delete(listener)
    },
    () => saving,
  )
}
