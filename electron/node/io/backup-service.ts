/**
 * Backups as the Settings view and `kizuna` see them: the rotating snapshots of one open vault
 * (VaultReplica keeps them, store/backups.ts), what each holds, and restoring one.
 *
 * Restore: first the current state is written as another backup (so the restore can itself be
 * restored back), then restoreVault (shared/io) makes the live document's content equal to the
 * snapshot's in one ordinary transaction, which syncs to the window and other devices like any edit.
 */
import * as Y from 'yjs'
import { IMPORT_ORIGIN } from '../../../shared/graph'
import type { BackupEntry, RestoreReport } from '../../../shared/ipc'
import { restoreVault, summarizeUpdate, type VaultSummary } from '../../../shared/io'
import { writeBackup, type VaultReplica } from '../store'

export async function listBackupEntries(replica: VaultReplica): Promise<BackupEntry[]> {
  return (await replica.listBackups()).map((b) => ({ id: b.id, takenAt: b.takenAt.toISOString(), size: b.size }))
}

export async function previewBackup(replica: VaultReplica, id: string): Promise<VaultSummary> {
  return summarizeUpdate(await replica.readBackup(id))
}

export async function restoreBackup(replica: VaultReplica, id: string, now: number = Date.now()): Promise<RestoreReport> {
  const update = await replica.readBackup(id)
  const kept = await writeBackup(replica.dir, Y.encodeStateAsUpdate(replica.doc), now)
  const result = restoreVault(replica.doc, update, IMPORT_ORIGIN)
  await replica.whenFlushed()
  return { ...result, keptAs: { id: kept.id, takenAt: kept.takenAt.toISOString(), size: kept.size } }
}
