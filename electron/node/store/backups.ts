/**
 * Rotating backup snapshots in `<vault>/backups/<id>.snapshot`, same file format as snapshot.bin.
 * The id is the UTC time the backup was taken, e.g. `2026-11-23T19-16-00-000Z`, so a listing needs
 * no index file and sorting ids sorts by time.
 *
 * Retention (`selectBackupsToKeep`): the newest backup in each UTC hour of the last 24 hours, the
 * newest in each UTC day of the last 30 days, the newest backup not dated in the future (so an unused
 * vault never loses its last one), and anything dated in the future (a clock went backwards: not ours to judge).
 * Buckets are calendar hours/days, not ages, so a backup kept for a bucket stays kept until the
 * bucket falls out of its window: pruning never deletes a backup a later run would have wanted.
 */
import { join } from 'node:path'
import { fileTimestamp, readFileIfExists, writeFileAtomic } from './atomic-file'
import { VaultCorruptFileError } from './store-errors'
import { nodeStoreFs } from './store-fs'
import type { StoreFs } from './store-fs'
import { decodeSnapshot, encodeSnapshot } from './vault-snapshot'

export const BACKUPS_DIR = 'backups'
const BACKUP_SUFFIX = '.snapshot'
export const HOUR_MS = 60 * 60 * 1000
export const DAY_MS = 24 * HOUR_MS
/** Hourly backups are kept this far back. */
export const HOURLY_WINDOW_MS = 24 * HOUR_MS
/** Daily backups are kept this far back. */
export const DAILY_WINDOW_MS = 30 * DAY_MS

const ID_PATTERN = /^(\d{4}-\d{2}-\d{2})T(\d{2})-(\d{2})-(\d{2})-(\d{3})Z$/

export interface BackupInfo {
  id: string
  takenAt: Date
  /** File size in bytes. */
  size: number
}

export type BackupStamp = Pick<BackupInfo, 'id' | 'takenAt'>

/** Pure retention policy: the ids to keep. Everything else may be deleted. */
export function selectBackupsToKeep(backups: readonly BackupStamp[], now: Date): Set<string> {
  const nowMs = now.getTime()
  const keep = new Set<string>()
  const newestIn = (bucketMs: number, windowMs: number): void => {
    const newestByBucket = new Map<number, BackupStamp>()
    for (const backup of backups) {
      const t = backup.takenAt.getTime()
      if (t > nowMs || nowMs - t >= windowMs) continue
      const bucket = Math.floor(t / bucketMs)
      const held = newestByBucket.get(bucket)
      if (!held || held.takenAt.getTime() < t) newestByBucket.set(bucket, backup)
    }
    for (const backup of newestByBucket.values()) keep.add(backup.id)
  }
  newestIn(HOUR_MS, HOURLY_WINDOW_MS)
  newestIn(DAY_MS, DAILY_WINDOW_MS)
  let newest: BackupStamp | null = null
  for (const backup of backups) {
    if (backup.takenAt.getTime() > nowMs) keep.add(backup.id)
    else if (!newest || newest.takenAt.getTime() < backup.takenAt.getTime()) newest = backup
  }
  if (newest) keep.add(newest.id)
  return keep
}

export function backupIdFor(takenAtMs: number): string {
  return fileTimestamp(takenAtMs)
}

/** The time encoded in a backup id, or null when `id` is not one (also guards against path tricks). */
export function parseBackupId(id: string): Date | null {
  const match = ID_PATTERN.exec(id)
  if (!match) return null
  const [, day, hours, minutes, seconds, millis] = match
  const date = new Date(`${day}T${hours}:${minutes}:${seconds}.${millis}Z`)
  return Number.isNaN(date.getTime()) ? null : date
}

function backupPath(vaultDir: string, id: string): string {
  return join(vaultDir, BACKUPS_DIR, `${id}${BACKUP_SUFFIX}`)
}

/** Every backup, newest first. Files that are not backups are ignored. */
export async function listBackups(vaultDir: string, fs: StoreFs = nodeStoreFs): Promise<BackupInfo[]> {
  let names: string[]
  try {
    names = await fs.readdir(join(vaultDir, BACKUPS_DIR))
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return []
    throw error
  }
  const backups: BackupInfo[] = []
  for (const name of names) {
    if (!name.endsWith(BACKUP_SUFFIX)) continue
    const id = name.slice(0, -BACKUP_SUFFIX.length)
    const takenAt = parseBackupId(id)
    if (!takenAt) continue
    const stat = await fs.stat(backupPath(vaultDir, id)).catch(() => null)
    if (stat) backups.push({ id, takenAt, size: stat.size })
  }
  return backups.sort((a, b) => b.takenAt.getTime() - a.takenAt.getTime())
}

/** The Yjs update a backup holds. Throws VaultCorruptFileError when it fails its checksum. */
export async function readBackup(vaultDir: string, id: string, fs: StoreFs = nodeStoreFs): Promise<Uint8Array> {
  if (!parseBackupId(id)) throw new Error(`Not a backup id: ${JSON.stringify(id)}`)
  const path = backupPath(vaultDir, id)
  const bytes = await readFileIfExists(fs, path)
  if (!bytes) throw new Error(`No backup ${id} in ${join(vaultDir, BACKUPS_DIR)}`)
  const decoded = decodeSnapshot(bytes)
  if (!decoded.ok) throw new VaultCorruptFileError(path, decoded.reason)
  return decoded.update
}

/** Writes a backup of `update` taken at `takenAtMs`, crash-safely. */
export async function writeBackup(vaultDir: string, update: Uint8Array, takenAtMs: number, fs: StoreFs = nodeStoreFs): Promise<BackupInfo> {
  await fs.mkdir(join(vaultDir, BACKUPS_DIR), { recursive: true })
  const id = backupIdFor(takenAtMs)
  const bytes = encodeSnapshot(update)
  await writeFileAtomic(fs, backupPath(vaultDir, id), bytes)
  return { id, takenAt: new Date(takenAtMs), size: bytes.length }
}

/** Deletes the backups the retention policy does not keep; returns their ids. */
export async function pruneBackups(vaultDir: string, now: Date, fs: StoreFs = nodeStoreFs): Promise<string[]> {
  const backups = await listBackups(vaultDir, fs)
  const keep = selectBackupsToKeep(backups, now)
  const removed: string[] = []
  for (const backup of backups) {
    if (keep.has(backup.id)) continue
    await fs.unlink(backupPath(vaultDir, backup.id))
    removed.push(backup.id)
  }
  return removed
}

/** Whether the newest backup is unchanged from `update` (skip writing an identical one). */
export async function newestBackupEquals(vaultDir: string, update: Uint8Array, fs: StoreFs = nodeStoreFs): Promise<boolean> {
  const [newest] = await listBackups(vaultDir, fs)
  if (!newest) return false
  const bytes = await readFileIfExists(fs, backupPath(vaultDir, newest.id))
  const decoded = bytes ? decodeSnapshot(bytes) : null
  return decoded?.ok === true && Buffer.from(decoded.update).equals(update)
}
