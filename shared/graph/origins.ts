/**
 * Transaction origins. Every write is one `doc.transact(fn, origin)`; observers and the undo
 * manager tell writers apart by these values. Strings rather than symbols so that an origin
 * survives being logged and compared across bundles (main, renderer, CLI each load this module).
 */
export const LOCAL_ORIGIN = 'kizuna:local'
/** Updates applied from another replica. Never tracked by undo. */
export const SYNC_ORIGIN = 'kizuna:sync'
export const IMPORT_ORIGIN = 'kizuna:import'
export const CLI_ORIGIN = 'kizuna:cli'

export interface WriteOptions {
  /** Defaults to LOCAL_ORIGIN. */
  origin?: unknown
  /** Clock for createdAt/updatedAt/deletedAt, ms since epoch; defaults to Date.now(). Tests pin it. */
  now?: number
}

export function originOf(options: WriteOptions | undefined): unknown {
  return options?.origin ?? LOCAL_ORIGIN
}

export function nowOf(options: WriteOptions | undefined): number {
  return options?.now ?? Date.now()
}
