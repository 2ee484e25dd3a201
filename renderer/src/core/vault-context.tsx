/**
 * React access to the open vault. Each hook subscribes to the one store and reads one part of
 * it; the store keeps every part's identity until that part changes, so a component re-renders
 * only when what it shows changed.
 */
import { createContext, useCallback, useContext, useSyncExternalStore } from 'react'
import type { GenderEntry, GraphSummary } from '../../../shared/graph'
import type { GraphSnapshot, Me, Person, PersonId, Tie } from '../../../shared/graph'
import { actionsOf, type VaultActions } from '../vault/vault-actions'
import type { UndoState, VaultStore } from '../vault/vault-store'

export const VaultContext = createContext<VaultStore | null>(null)

export function useVaultStore(): VaultStore {
  const store = useContext(VaultContext)
  if (!store) throw new Error('useVaultStore outside a VaultContext')
  return store
}

/** Every write the UI makes, each one undo step: the one way a component changes the vault. */
export function useActions(): VaultActions {
  return actionsOf(useVaultStore())
}

/** One part of the store, re-read when the store says it changed; `part` picks the store's getter. */
function useStorePart<T>(part: (store: VaultStore) => () => T): T {
  const store = useVaultStore()
  return useSyncExternalStore(store.subscribe, part(store))
}

/** The whole graph. Prefer the narrower hooks below in views that a big vault re-renders often. */
export const useGraph = (): GraphSnapshot => useStorePart((s) => s.getSnapshot)

/** Counts and the newest people: all the first screen needs, without reading every person. */
export const useGraphSummary = (): GraphSummary => useStorePart((s) => s.getSummary)

/** People not in the trash, in id order. */
export const usePeople = (): Person[] => useStorePart((s) => s.getPeople)

export const useTrash = (): Person[] => useStorePart((s) => s.getTrash)

export function usePerson(id: PersonId): Person | null {
  const store = useVaultStore()
  const get = useCallback(() => store.getPerson(id), [store, id])
  return useSyncExternalStore(store.subscribe, get)
}

export const useTies = (): Tie[] => useStorePart((s) => s.getTies)

export const useMe = (): Me => useStorePart((s) => s.getMe)

export const useGenders = (): GenderEntry[] => useStorePart((s) => s.getGenders)

export const useUndoState = (): UndoState => useStorePart((s) => s.getUndoState)
