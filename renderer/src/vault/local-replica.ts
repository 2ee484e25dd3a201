/**
 * The renderer's durable replica: y-indexeddb, wrapped so that it never fails silently.
 *
 * y-indexeddb as shipped (9.0.x) has three gaps this wrapper closes:
 * - Open, quota and "connection is closing" errors vanish: `whenSynced` never settles when the
 *   database cannot open, a write on a closing connection throws inside the Yjs update handler,
 *   and a failed write is an unhandled rejection (y-indexeddb #42, #44). Here every such error
 *   becomes a `LocalReplicaError` with a code and the browser's message, `whenLoaded` rejects, and
 *   the in-memory document (and the main process's copy) stay intact.
 * - Every open appends one record (the doc state before loading) and nothing trims it until 500
 *   updates accumulate, so a vault opened again and again without edits grows forever (#31).
 *   Here the store is compacted after an open that finds more than `COMPACT_ON_OPEN_AFTER`
 *   records, in the background: loading never waits for it (a compaction re-encodes the whole
 *   document), and closing waits for one in progress.
 * - `synced` only says that local data was read; callers must not render an empty state before
 *   it. `whenLoaded` is the one promise the UI waits on.
 */
import * as idb from 'lib0/indexeddb'
import { fetchUpdates, IndexeddbPersistence, PREFERRED_TRIM_SIZE } from 'y-indexeddb'
import * as Y from 'yjs'

/** Records kept before an open compacts them into one; small, so reopen growth stays bounded. */
export const COMPACT_ON_OPEN_AFTER = PREFERRED_TRIM_SIZE

export interface LocalReplicaOptions {
  /** Records after which an open compacts the store (default: y-indexeddb's own trim size). */
  compactOnOpenAfter?: number
}
const UPDATES_STORE = 'updates'

export type LocalReplicaErrorCode = 'open-failed' | 'quota-exceeded' | 'connection-closed' | 'write-failed'

export class LocalReplicaError extends Error {
  constructor(
    readonly code: LocalReplicaErrorCode,
    override readonly cause: unknown,
  ) {
    super(`${code}: ${describe(cause)}`)
    this.name = 'LocalReplicaError'
  }
}

/** lib0's typing omits typed arrays, which IndexedDB stores natively (y-indexeddb stores them too). */
const asStoredValue = (bytes: Uint8Array): ArrayBuffer => bytes as unknown as ArrayBuffer

function describe(err: unknown): string {
  if (err instanceof DOMException || err instanceof Error) return `${err.name}: ${err.message}`
  return String(err)
}

/** Classifies a browser storage error into what the user needs to know. */
export function classifyStorageError(err: unknown, during: 'open' | 'write'): LocalReplicaErrorCode {
  const name = err instanceof DOMException || err instanceof Error ? err.name : ''
  const message = err instanceof Error ? err.message : String(err)
  if (name === 'QuotaExceededError' || /quota/i.test(message)) return 'quota-exceeded'
  if (name === 'InvalidStateError' || /closing|closed/i.test(message)) return 'connection-closed'
  return during === 'open' ? 'open-failed' : 'write-failed'
}

class SafeIndexeddbPersistence extends IndexeddbPersistence {
  onError: (error: LocalReplicaError) => void = () => undefined
  private trimTimer: ReturnType<typeof setTimeout> | null = null

  constructor(name: string, doc: Y.Doc) {
    super(name, doc)
    // Replace the library's update handler with one that cannot throw into Yjs or reject unhandled.
    // It is attached only once the stored data is in the doc: while any 'update' listener exists,
    // Yjs re-encodes every transaction, and re-encoding the load (the whole vault, which this
    // handler would skip anyway) costs a tenth of the load. Nothing is missed meanwhile: the
    // library stores the doc's pre-load state as a record just before applying what it read.
    doc.off('update', this._storeUpdate)
    this.on('synced', () => {
      if (!this._destroyed) doc.on('update', this._storeUpdate)
    })
    this._storeUpdate = (update: Uint8Array, origin: unknown) => {
      if (!this.db || origin === this || this._destroyed) return
      try {
        const [store] = idb.transact(this.db, [UPDATES_STORE])
        idb.addAutoKey(store, asStoredValue(update)).catch((err: unknown) => this.report(err, 'write'))
      } catch (err) {
        this.report(err, 'write')
        return
      }
      if (++this._dbsize >= PREFERRED_TRIM_SIZE) this.scheduleTrim()
    }
  }

  report(err: unknown, during: 'open' | 'write'): void {
    this.onError(new LocalReplicaError(classifyStorageError(err, during), err))
  }

  private scheduleTrim(): void {
    if (this.trimTimer !== null) clearTimeout(this.trimTimer)
    this.trimTimer = setTimeout(() => {
      this.trimTimer = null
      this.compact().catch((err: unknown) => this.report(err, 'write'))
    }, this._storeTimeout)
  }

  /**
   * Replaces all stored records by one holding the full state. Unlike the library's
   * `storeState`, every step is awaited, so failures reach the caller instead of vanishing.
   */
  async compact(): Promise<void> {
    if (this._destroyed || !this.db) return
    await fetchUpdates(this)
    const [store] = idb.transact(this.db, [UPDATES_STORE])
    const lastKey: unknown = await idb.getLastKey(store)
    const keepFrom = typeof lastKey === 'number' ? lastKey + 1 : 0
    await idb.addAutoKey(store, asStoredValue(Y.encodeStateAsUpdate(this.doc)))
    await idb.del(store, idb.createIDBKeyRangeUpperBound(keepFrom, true))
    this._dbref = keepFrom
    this._dbsize = await idb.count(store)
  }

  /** The number of stored update records, read from the database. */
  async countRecords(): Promise<number> {
    const db = await this._db
    const [store] = idb.transact(db, [UPDATES_STORE], 'readonly')
    this._dbsize = await idb.count(store)
    return this._dbsize
  }

  override destroy(): Promise<void> {
    if (this.trimTimer !== null) clearTimeout(this.trimTimer)
    return super.destroy()
  }
}

export interface LocalReplica {
  /** Resolves once stored data is in the doc; rejects with a LocalReplicaError when it cannot be read. */
  whenLoaded: Promise<void>
  /** Number of records in the store after loading (for tests and diagnostics). */
  recordCount(): number
  onError(listener: (error: LocalReplicaError) => void): () => void
  compact(): Promise<void>
  destroy(): Promise<void>
}

export function openLocalReplica(dbName: string, doc: Y.Doc, options: LocalReplicaOptions = {}): LocalReplica {
  const compactAfter = options.compactOnOpenAfter ?? COMPACT_ON_OPEN_AFTER
  let maintenance: Promise<void> = Promise.resolve()
  const listeners = new Set<(error: LocalReplicaError) => void>()
  const persistence = new SafeIndexeddbPersistence(dbName, doc)
  persistence.onError = (error) => {
    for (const listener of listeners) listener(error)
  }
  const opened = persistence._db.then((db) => {
    // The browser may close the connection under us (storage cleared, version change).
    db.onclose = () => persistence.report(new DOMException('The database connection was closed by the browser', 'InvalidStateError'), 'write')
    db.onversionchange = () => db.close()
  })
  const whenLoaded = new Promise<void>((resolve, reject) => {
    opened.catch((err: unknown) => reject(new LocalReplicaError(classifyStorageError(err, 'open'), err)))
    persistence.whenSynced.then(() => {
      resolve()
      // y-indexeddb counts its records only after 'synced'; count them here before deciding.
      maintenance = (async () => {
        if ((await persistence.countRecords()) > compactAfter) await persistence.compact()
      })().catch((err: unknown) => persistence.report(err, 'write'))
    }, reject)
  })
  return {
    whenLoaded,
    recordCount: () => persistence._dbsize,
    onError(listener) {
      listeners.add(listener)
      return () => listeners.delete(listener)
    },
    compact: () => persistence.compact(),
    destroy: async () => {
      await maintenance
      await persistence.destroy()
    },
  }
}
