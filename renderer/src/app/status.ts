/** The status area's messages: errors and notices from storage, sync and restoration. */
import { useSyncExternalStore } from 'react'
import type { StatusEvent } from '../../../shared/ipc'
import type { Translate } from '../i18n'

export interface StatusMessage {
  id: number
  kind: 'error' | 'notice'
  text: StatusText
}

/** A status message's i18n key with the values its message interpolates. */
export type StatusText =
  { key: `status.${StatusEvent['code']}`; values: { detail: string } } | { key: 'status.localError' | 'status.mainError'; values: { code: string; message: string } }

export function statusText(t: Translate, text: StatusText): string {
  switch (text.key) {
    case 'status.localError':
    case 'status.mainError':
      return t(text.key, text.values)
    default:
      return t(text.key, text.values)
  }
}

let nextId = 1
let messages: readonly StatusMessage[] = []
const listeners = new Set<() => void>()

function emit(): void {
  for (const listener of listeners) listener()
}

export function pushStatus(kind: StatusMessage['kind'], text: StatusText): void {
  // The same message repeated (a failing disk retried every second) is shown once.
  if (messages.some((m) => m.text.key === text.key && JSON.stringify(m.text.values) === JSON.stringify(text.values))) return
  messages = [...messages, { id: nextId++, kind, text }].slice(-5)
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
