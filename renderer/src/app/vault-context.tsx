import { createContext, useContext, useSyncExternalStore } from 'react'
import type { GraphSnapshot } from '../../../shared/graph/types'
import type { VaultStore } from '../vault/vault-store'

export const VaultContext = createContext<VaultStore | null>(null)

export function useVaultStore(): VaultStore {
  const store = useContext(VaultContext)
  if (!store) throw new Error('useVaultStore outside a VaultContext')
  return store
}

export function useGraph(): GraphSnapshot {
  const store = useVaultStore()
  return useSyncExternalStore(store.subscribe, store.getSnapshot)
}
