/**
 * React access to the open vault. Each hook subscribes to the one store and reads one part of
 * it; the store keeps every part's identity until that part changes, so a component re-renders
 * only when what it shows changed.
 */
import { createContext, useCallback, useContext, useSyncExternalStore } from 'react'
import type { GenderEntry, GraphSummary } from '../../../shared/graph'
import type { GraphSnapshot, Me, Person, PersonId, Tie } from '../../../shared/graph'
import { bindGraphActions, type GraphActions } from '../vault/graph-actions'
import type { UndoState, VaultStore } from '../vault/vault-store'

export const VaultContext = createContext<VaultStore | null>(null)

export function useVaultStore(): VaultStore {
  const store = useContext(VaultContext)
  if (!store) throw new Error('useVaultStore outside a VaultContext')
  return store
}

export function useGraphActions(): GraphActions {
  return bindGraphActions(useVaultStore())
}

/** The whole graph. Prefer the narrower hooks below in views that a big vault re-renders often. */
export function useGraph(): GraphSnapshot {
  const store = useVaultStore()
  return useSyncExternalStore(store.subscribe, store.getSnapshot)
}

/** Counts and the newest people: all the first screen needs, without reading every person. */
export function useGraphSummary(): GraphSummary {
  const store = useVaultStore()
  return useSyncExternalStore(store.subscribe, store.getSummary)
}

/** People not in the trash, in id order. */
export function usePeople(): Person[] {
  const store = useVaultStore()
  return useSyncExternalStore(store.subscribe, store.getPeople)
}

export function useTrash(): Person[] {
  const store = useVaultStore()
  return useSyncExternalStore(store.subscribe, store.getTrash)
}

export function usePerson(id: PersonId): Person | null {
  const store = useVaultStore()
  const get = useCallback(() => store.getPerson(id), [store, id])
  return useSyncExternalStore(store.subscribe, get)
}

export function useTies(): Tie[] {
  const store = useVaultStore()
  return useSyncExternalStore(store.subscribe, store.getTies)
}

export function useMe(): Me {
  const store = useVaultStore()
  return useSyncExternalStore(store.subscribe, store.getMe)
}

export function useGenders(): GenderEntry[] {
  const store = useVaultStore()
  return useSyncExternalStore(store.subscribe, store.getGenders)
}

export function useUndoState(): UndoState {
  const store = useVaultStore()
  return useSyncExternalStore(store.subscribe, store.getUndoState)
}
