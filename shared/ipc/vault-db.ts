/**
 * The renderer's IndexedDB database for a vault. Fixed per vault so the renderer can start
 * loading its replica while the main process opens its own; never renamed once shipped (IndexedDB
 * data under another name would be stranded). Kept free of zod at runtime: the renderer's small
 * entry chunk imports it.
 */
import type { VaultName } from './contract-table'

export const vaultDbName = (vault: VaultName): string => `kizuna-vault-${vault}`
