/**
 * Loading a vault's generations into a fresh Y.Doc, never reporting ok over lost data.
 *
 * A generation is a snapshot plus the log after it. The base snapshot is the first of
 * snapshot.bin, snapshot.prev, then the backups newest first, that both passes its checksum and
 * decodes as a Yjs update; each candidate is applied to a fresh doc, so a payload that fails halfway
 * leaves nothing behind. A snapshot that fails either test is moved aside as `corrupt-*.bin` (so
 * compaction never rotates it over a good one) and the next candidate is tried. Log records that
 * pass their checksum but do not decode are copied aside too and counted; the rest still load.
 *
 * Moving aside is a write: on a full disk or a read-only mount it can fail. Then the damaged file
 * stays where it is (reported, never deleted) and loading goes on, so read-only commands still work.
 */
import { join } from 'node:path'
import * as Y from 'yjs'
import { readFileIfExists } from './atomic-file'
import { listBackups, readBackup } from './backups'
import type { StoreClock, StoreFs, StoreLogger } from './store-fs'
import { keepAside, parseLogRecords, type SkippedTail } from './vault-log'
import { encodeSnapshot, readSnapshotFile } from './vault-snapshot'

export const VAULT_FILES = { snapshot: 'snapshot.bin', previousSnapshot: 'snapshot.prev', log: 'log.bin', previousLog: 'log.prev' } as const

/**
 * - ok: snapshot.bin loaded.  missing: no snapshot and no backup at all (a new vault, or log only).
 * - recovered-from-prev: snapshot.bin absent (a compaction was interrupted), snapshot.prev loaded.
 * - corrupt-recovered-from-prev: snapshot.bin damaged (kept aside), snapshot.prev + log.prev loaded.
 * - recovered-from-backup: neither snapshot usable; the newest usable backup + the logs loaded.
 * - corrupt: no usable snapshot or backup; only the logs loaded. Another replica should restore the rest.
 */
export type SnapshotLoadStatus = 'ok' | 'missing' | 'recovered-from-prev' | 'corrupt-recovered-from-prev' | 'recovered-from-backup' | 'corrupt'

export interface LoadedBase {
  doc: Y.Doc
  status: SnapshotLoadStatus
  /** The base update loaded (null when none), kept so a lossy open can back it up before compacting. */
  base: Uint8Array | null
  /** Where damaged snapshots were moved aside. */
  keptAs: string[]
  /** The backup id loaded, when status is recovered-from-backup. */
  backupUsed: string | null
  /** Damaged snapshots that could not be moved aside (left in place). */
  leftInPlace: string[]
}

export interface LoadContext {
  dir: string
  fs: StoreFs
  clock: StoreClock
  logger: StoreLogger
}

/** Applies `update` to `doc`; the error message when Yjs cannot decode it, else null. */
export function tryApply(doc: Y.Doc, update: Uint8Array): string | null {
  try {
    Y.applyUpdate(doc, update)
    return null
  } catch (error) {
    return error instanceof Error ? error.message : String(error)
  }
}

/** Loads the newest usable snapshot generation into a fresh doc. */
export async function loadBase(context: LoadContext): Promise<LoadedBase> {
  const { dir, fs, clock, logger } = context
  const keptAs: string[] = []
  const leftInPlace: string[] = []
  const setAside = async (name: string, bytes: Uint8Array, reason: string): Promise<void> => {
    const path = join(dir, name)
    try {
      const kept = await keepAside(fs, dir, bytes, clock.now(), name.replace('.', '-'))
      await fs.unlink(path)
      keptAs.push(kept)
      logger.warn(`${path} is damaged (${reason}); kept aside as ${kept}`)
    } catch (error) {
      leftInPlace.push(path)
      logger.warn(`${path} is damaged (${reason}) and could not be moved aside (${error instanceof Error ? error.message : String(error)}); left in place`)
    }
  }
  /** The decoded doc of snapshot file `name`, or null (missing, or damaged and moved aside). */
  const trySnapshot = async (name: string): Promise<{ doc: Y.Doc; update: Uint8Array } | 'missing' | 'damaged'> => {
    const read = await readSnapshotFile(fs, join(dir, name))
    if (read.status === 'missing') return 'missing'
    if (read.status === 'corrupt') {
      await setAside(name, read.bytes, read.reason)
      return 'damaged'
    }
    const doc = new Y.Doc()
    const failure = tryApply(doc, read.update) ?? (doc.store.clients.size === 0 && doc.store.pendingStructs ? 'nothing in it could be integrated' : null)
    if (failure === null) return { doc, update: read.update }
    doc.destroy()
    await setAside(name, encodeSnapshot(read.update), `its payload does not decode: ${failure}`)
    return 'damaged'
  }

  const current = await trySnapshot(VAULT_FILES.snapshot)
  if (typeof current === 'object') return { doc: current.doc, status: 'ok', base: current.update, keptAs, backupUsed: null, leftInPlace }
  const previous = await trySnapshot(VAULT_FILES.previousSnapshot)
  if (typeof previous === 'object') {
    const status = current === 'missing' ? 'recovered-from-prev' : 'corrupt-recovered-from-prev'
    return { doc: previous.doc, status, base: previous.update, keptAs, backupUsed: null, leftInPlace }
  }
  for (const backup of await listBackups(dir, fs).catch(() => [])) {
    const update = await readBackup(dir, backup.id, fs).catch(() => null)
    if (!update) continue
    const doc = new Y.Doc()
    if (tryApply(doc, update) === null) {
      logger.warn(`${dir}: neither snapshot.bin nor snapshot.prev could be loaded; using the newest usable backup, ${backup.id}, and the logs after it`)
      return { doc, status: 'recovered-from-backup', base: update, keptAs, backupUsed: backup.id, leftInPlace }
    }
    doc.destroy()
  }
  const status = current === 'missing' && previous === 'missing' ? 'missing' : 'corrupt'
  return { doc: new Y.Doc(), status, base: null, keptAs, backupUsed: null, leftInPlace }
}

/** Records of log.prev, read (never repaired) when snapshot.bin was not the base. */
export async function readPreviousLog(context: LoadContext): Promise<Uint8Array[]> {
  const bytes = await readFileIfExists(context.fs, join(context.dir, VAULT_FILES.previousLog))
  return bytes ? parseLogRecords(bytes).records : []
}

/**
 * Applies log records one by one; a record Yjs cannot decode is copied aside (when the disk lets
 * us) and counted, and the later ones still load. Returns where undecodable records went.
 */
export async function applyRecords(context: LoadContext, doc: Y.Doc, records: readonly Uint8Array[]): Promise<{ unreadable: number; keptAs: string[] }> {
  const failed: { record: Uint8Array; reason: string }[] = []
  doc.transact(() => {
    for (const record of records) {
      const reason = tryApply(doc, record)
      if (reason !== null) failed.push({ record, reason })
    }
  })
  const keptAs: string[] = []
  for (const { record, reason } of failed) {
    const kept = await keepAside(context.fs, context.dir, record, context.clock.now(), 'record').catch(() => null)
    if (kept) keptAs.push(kept)
    context.logger.warn(`${context.dir}: a log record passed its checksum but does not decode (${reason}); ${kept ? `kept aside as ${kept}` : 'it stays in the log'}`)
  }
  return { unreadable: failed.length, keptAs }
}

export interface VaultLoadReport {
  snapshot: SnapshotLoadStatus
  /** Where corrupt snapshot files were moved aside, if any. */
  snapshotKeptAs: string[]
  /** Records loaded from log.bin. */
  logRecords: number
  /** Records loaded from log.prev (only when falling back to snapshot.prev). */
  previousLogRecords: number
  skippedTail: SkippedTail | null
  /** Nothing was loaded: a new vault, or one whose every file was lost. */
  wasEmpty: boolean
  /** A lock left by a process that is no longer running was cleared. */
  staleLockCleared: boolean
  /** Temp files of interrupted writes that were deleted. */
  removedTempFiles: string[]
  /** Checksum-valid log records that Yjs could not decode (copied aside, see recordsKeptAs). */
  unreadableUpdates: number
  /** Where undecodable log records were copied. */
  recordsKeptAs: string[]
  /** The backup loaded when neither snapshot was usable (status recovered-from-backup). */
  backupUsed: string | null
  /** Damaged files that could not be moved aside (full disk, read-only mount): left in place. */
  damagedLeftInPlace: string[]
}

/** Whether loading lost or set aside anything: the user must be told, and the base is backed up before compaction. */
export function loadHadLosses(report: VaultLoadReport): boolean {
  return (
    report.snapshot === 'corrupt-recovered-from-prev' ||
    report.snapshot === 'recovered-from-backup' ||
    report.snapshot === 'corrupt' ||
    report.skippedTail !== null ||
    report.unreadableUpdates > 0 ||
    report.damagedLeftInPlace.length > 0
  )
}
