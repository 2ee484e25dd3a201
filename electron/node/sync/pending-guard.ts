/**
 * Updates whose dependencies never arrive are not kept forever. Yjs keeps the structs of an
 * update it cannot integrate yet (their left or origin item is missing) in `store.pendingStructs`,
 * and deletions of items it does not know in `store.pendingDs`, and retries them after every later
 * update (yjs #550). A peer that sends such updates, by bug or on purpose, would grow them without
 * end and keep every session "not synced".
 *
 * The guard drops what is pending once it is larger than MAX_PENDING_BYTES or has waited longer
 * than MAX_PENDING_MS (by the injected clock), and says so. Nothing is lost that a peer still has:
 * our state vector never counts pending structs, so the step 1 of the next session (with any
 * device) asks again for everything from the first missing clock on, dependencies included.
 * What stays: the update is already in the vault's log (it was acknowledged as durable), so after
 * a restart it is pending again until the guard drops it again.
 */
import type * as Y from 'yjs'

export const MAX_PENDING_BYTES = 4 * 1024 * 1024
export const MAX_PENDING_MS = 10 * 60_000

export interface PendingLimits {
  maxBytes: number
  maxAgeMs: number
}

export interface PendingDrop {
  /** Bytes of pending structs and deletions dropped. */
  bytes: number
  reason: 'size' | 'age'
  /** How long the oldest of them had waited, in ms. */
  waitedMs: number
  /** The device whose update first left something pending (its transaction origin's `deviceId`), if known. */
  from: string | null
}

export class PendingGuard {
  private since: number | null = null
  private from: string | null = null

  constructor(
    private readonly doc: Y.Doc,
    private readonly now: () => number,
    private readonly limits: PendingLimits = { maxBytes: MAX_PENDING_BYTES, maxAgeMs: MAX_PENDING_MS },
  ) {
    // The wait starts when Yjs first holds something back, not when a caller next looks.
    doc.on('afterTransaction', (transaction: Y.Transaction) => {
      if (this.since !== null || this.pendingBytes() === 0) return
      this.since = this.now()
      const origin: unknown = transaction.origin
      this.from = typeof origin === 'object' && origin !== null && 'deviceId' in origin && typeof origin.deviceId === 'string' ? origin.deviceId : null
    })
  }

  /** Bytes Yjs holds waiting for dependencies. */
  pendingBytes(): number {
    const store = this.doc.store
    return (store.pendingStructs?.update.byteLength ?? 0) + (store.pendingDs?.byteLength ?? 0)
  }

  /** Call after applying a remote update, and now and then: drops what is pending past a limit. */
  check(): PendingDrop | null {
    const bytes = this.pendingBytes()
    if (bytes === 0) {
      this.since = null
      this.from = null
      return null
    }
    const now = this.now()
    this.since ??= now
    const waitedMs = now - this.since
    const reason = bytes > this.limits.maxBytes ? 'size' : waitedMs >= this.limits.maxAgeMs ? 'age' : null
    if (reason === null) return null
    this.doc.store.pendingStructs = null
    this.doc.store.pendingDs = null
    const drop: PendingDrop = { bytes, reason, waitedMs, from: this.from }
    this.since = null
    this.from = null
    return drop
  }
}
