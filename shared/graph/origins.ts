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
/** Updates the main process received from one of its windows. */
export const WINDOW_PEER_ORIGIN = 'kizuna:window'

/**
 * The origin of updates applied from one peer (a window, another device, the sync folder):
 * whoever relays updates skips those whose `peerId` is the receiver, so nothing echoes. `source`
 * says what kind of peer it is; `deviceId` names another device's key. (The renderer's own
 * link to main keeps a Symbol: its first chunk does not load shared/graph.)
 */
export interface PeerOrigin {
  readonly source: typeof SYNC_ORIGIN | typeof WINDOW_PEER_ORIGIN
  readonly peerId: string
  readonly deviceId?: string
}

/** The one way to make a peer's origin; make it once per peer and compare by identity. */
export function peerOrigin(source: PeerOrigin['source'], peerId: string, deviceId?: string): PeerOrigin {
  return Object.freeze(deviceId === undefined ? { source, peerId } : { source, peerId, deviceId })
}

/** The peer an update came from, or null when it was not applied from a peer. */
export function peerIdOf(origin: unknown): string | null {
  return origin !== null && typeof origin === 'object' && typeof (origin as { peerId?: unknown }).peerId === 'string' ? (origin as PeerOrigin).peerId : null
}

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
