/**
 * Honest per-device sync status: when each paired device last acknowledged a round trip, and how
 * many of this device's changes it is not known to hold.
 *
 * A session is "synced" (sync-session.ts) when the peer acknowledged every update we sent and we
 * applied its step 2. Every change to the doc that did not come from that peer is sent to it as it
 * happens, so at that moment the peer holds at least our whole state: our state vector then is
 * what it is known to hold. Pending = for each Yjs client, how far our clock is past that vector,
 * summed; one unit is one inserted item (a field set, a map entry, one character of a Y.Text).
 * Deletions advance no clock, so a change that only deletes is not counted. Before the first
 * acknowledged round trip, pending is unknown (null).
 *
 * In memory the record is exact; it is written to sync-state.json at most every WRITE_MS per
 * device while a session stays open, and when the session closes.
 */
import * as Y from 'yjs'
import type { SyncState } from './sync-state'

const WRITE_MS = 10_000

interface Acked {
  at: number
  vector: Map<number, number>
}

export class AckLedger {
  private readonly acked = new Map<string, Acked>()
  private readonly written = new Map<string, number>()

  constructor(
    private readonly doc: Y.Doc,
    private readonly state: SyncState,
    private readonly now: () => number,
  ) {}

  /** The device just acknowledged a round trip: it holds everything we hold now. */
  record(deviceId: string): void {
    const at = this.now()
    this.acked.set(deviceId, { at, vector: Y.decodeStateVector(Y.encodeStateVector(this.doc)) })
    if (at - (this.written.get(deviceId) ?? 0) >= WRITE_MS) this.persist(deviceId)
  }

  /** Writes the latest record of `deviceId` (when a session closes). */
  persist(deviceId: string): void {
    const acked = this.acked.get(deviceId)
    if (!acked) return
    this.written.set(deviceId, acked.at)
    const ackedVector = Buffer.from(Y.encodeStateVector(new Map(acked.vector))).toString('base64')
    void this.state.touch(deviceId, { lastSyncedAt: acked.at, ackedVector }).catch(() => undefined)
  }

  /** The last acknowledged round trip with `deviceId`, or null if there never was one. */
  lastSyncedAt(deviceId: string): number | null {
    return this.acked.get(deviceId)?.at ?? this.state.device(deviceId)?.lastSyncedAt ?? null
  }

  /** Changes of ours `deviceId` is not known to hold; null before its first acknowledged round trip. */
  pending(deviceId: string): number | null {
    const vector = this.acked.get(deviceId)?.vector ?? this.storedVector(deviceId)
    if (!vector) return null
    let missing = 0
    for (const [client, clock] of Y.decodeStateVector(Y.encodeStateVector(this.doc))) missing += Math.max(0, clock - (vector.get(client) ?? 0))
    return missing
  }

  private storedVector(deviceId: string): Map<number, number> | null {
    const text = this.state.device(deviceId)?.ackedVector
    if (!text) return null
    try {
      const vector = Y.decodeStateVector(Buffer.from(text, 'base64'))
      this.acked.set(deviceId, { at: this.state.device(deviceId)?.lastSyncedAt ?? 0, vector })
      return vector
    } catch {
      return null
    }
  }
}
