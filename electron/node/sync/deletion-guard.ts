/**
 * Visible, recoverable remote deletions: before a change from another device is applied, if it
 * could remove a large share of the people, the current state is kept as a backup (the store's
 * backup files, store/backups.ts); if it did remove at least REMOVAL_SHARE of them, the caller
 * is told which device did it and which backup restores the state from just before.
 *
 * Cost: the guard must not encode a large vault for every live edit. Trashing a person writes at
 * least ~8 bytes of update (its `deletedAt` item), so in a vault of SMALL_VAULT_ROWS rows or more an
 * update under LARGE_UPDATE_BYTES cannot remove 64 people; only larger ones (a step 2 after being
 * apart, a folder file, a bulk change) take the snapshot. Small vaults are always checked (their
 * snapshot is cheap). The gap: a vault of many rows, most already in the trash, can lose fewer than
 * 64 live people through one small update without a backup. Counting is O(rows), no graph read.
 */
import * as Y from 'yjs'
import { countLivePeople, peopleRowCount } from '../../../shared/graph'
import { writeBackup, type VaultReplica } from '../store'

/** The share of the live people whose removal by one remote change is reported (and backed up). */
export const REMOVAL_SHARE = 0.5
const MIN_REMOVED = 2
const SMALL_VAULT_ROWS = 256
const LARGE_UPDATE_BYTES = 512

export interface RemoteRemoval {
  deviceId: string
  removed: number
  of: number
  backupId: string
  at: number
}

/** Applies a remote update (durably, like VaultReplica.applyUpdate); reports a mass removal. */
export async function applyGuarded(replica: VaultReplica, update: Uint8Array, origin: unknown, deviceId: string, now: number): Promise<RemoteRemoval | null> {
  const doc = replica.doc
  const rows = peopleRowCount(doc)
  const couldRemoveShare = rows >= MIN_REMOVED && (rows < SMALL_VAULT_ROWS || update.byteLength >= LARGE_UPDATE_BYTES)
  if (!couldRemoveShare) {
    await replica.applyUpdate(update, origin)
    return null
  }
  const before = Y.encodeStateAsUpdate(doc)
  const liveBefore = countLivePeople(doc)
  const durable = replica.applyUpdate(update, origin)
  const removed = liveBefore - countLivePeople(doc)
  if (removed < MIN_REMOVED || removed < liveBefore * REMOVAL_SHARE) {
    await durable
    return null
  }
  const backup = await writeBackup(replica.dir, before, now)
  await durable
  return { deviceId, removed, of: liveBefore, backupId: backup.id, at: now }
}
