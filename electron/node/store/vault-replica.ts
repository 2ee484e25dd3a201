/**
 * The main process's durable replica of one vault's Y.Doc.
 *
 * Vault folder:
 *   LOCK                  one writer per store (vault-lock.ts)
 *   snapshot.bin          latest compacted state        snapshot.prev   the one before it
 *   log.bin               updates since snapshot.bin    log.prev        updates between prev and current
 *   corrupt-<time>*.bin   bytes that failed to load, kept aside, never silently dropped
 *   backups/<time>.snapshot  rotating hourly/daily backups (backups.ts)
 *
 * Invariants:
 * - Every doc update after load is appended to log.bin; `whenFlushed()` resolves once all of them are
 *   fsynced. `applyUpdate()` resolves only when the update is durable: that is the acknowledgement
 *   the IPC and sync layers give their peers.
 * - A store failure (ENOSPC, EACCES, ...) is reported through `onDidFail` as a VaultStoreError and
 *   never throws out of an event handler; the in-memory doc keeps every edit and the failed bytes
 *   stay queued: the next flush, or the log's retry timer, writes them.
 * - Only this module reads and writes the vault's files while the lock is held.
 */
import { join } from 'node:path'
import * as Y from 'yjs'
import { readFileIfExists, removeTempFiles } from './atomic-file'
import { listBackups, newestBackupEquals, pruneBackups, readBackup, writeBackup, BACKUPS_DIR, HOUR_MS } from './backups'
import type { BackupInfo } from './backups'
import { VaultStoreError } from './store-errors'
import { nodeStoreFs, systemClock } from './store-fs'
import type { StoreClock, StoreFs, StoreLogger } from './store-fs'
import { acquireVaultLock } from './vault-lock'
import type { VaultLock, VaultLockInfo } from './vault-lock'
import { VaultLog, keepAside, parseLogRecords } from './vault-log'
import type { SkippedTail } from './vault-log'
import { readSnapshotFile, replaceSnapshot } from './vault-snapshot'

export const VAULT_FILES = { snapshot: 'snapshot.bin', previousSnapshot: 'snapshot.prev', log: 'log.bin', previousLog: 'log.prev' } as const

/**
 * - ok: snapshot.bin loaded.  missing: no snapshot at all (a new vault, or log only).
 * - recovered-from-prev: snapshot.bin absent (a compaction was interrupted), snapshot.prev loaded.
 * - corrupt-recovered-from-prev: snapshot.bin corrupt (kept aside), snapshot.prev + log.prev loaded.
 * - corrupt: no usable snapshot; only the logs loaded. The other replica should restore the rest.
 */
export type SnapshotLoadStatus = 'ok' | 'missing' | 'recovered-from-prev' | 'corrupt-recovered-from-prev' | 'corrupt'

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
  /** Checksum-valid records or snapshots that Yjs could not decode, skipped. */
  unreadableUpdates: number
}

export interface VaultReplicaOptions {
  clock?: StoreClock
  /** Compact when log.bin reaches this many records or bytes (defaults 10,000 and 8 MiB). */
  compactEvery?: { records?: number; bytes?: number }
  /** Where recoveries and failures are described; defaults to console.warn for warnings. */
  log?: StoreLogger
  /** File-system adapter; tests inject failures through it. */
  fs?: StoreFs
  /** This process's control socket path, written into LOCK for other processes. */
  controlSocket?: string | null
  /** Hourly backups; `false` turns them off (e.g. a short-lived CLI command). Interval in ms. */
  backups?: false | { intervalMs?: number }
  /** First delay before a failed append is retried on its own, in ms (doubles up to 60 s). */
  retryDelayMs?: number
}

const consoleLogger: StoreLogger = { info: () => undefined, warn: (message) => console.warn(`[kizuna store] ${message}`) }

export class VaultReplica {
  readonly doc = new Y.Doc()
  private readonly failListeners = new Set<(error: VaultStoreError) => void>()
  private readonly background = new Set<Promise<unknown>>()
  private log!: VaultLog
  private closed = false
  private compactionQueued = false
  private cancelBackupTimer: (() => void) | null = null
  private readonly fs: StoreFs
  private readonly clock: StoreClock
  private readonly logger: StoreLogger
  private readonly compactRecords: number
  private readonly compactBytes: number

  private constructor(
    readonly dir: string,
    private readonly lock: VaultLock,
    private readonly options: VaultReplicaOptions,
    /** Whether snapshot.bin is a valid snapshot that compaction may demote to snapshot.prev. */
    private currentSnapshotValid: boolean,
    readonly loadReport: VaultLoadReport,
  ) {
    this.fs = options.fs ?? nodeStoreFs
    this.clock = options.clock ?? systemClock
    this.logger = options.log ?? consoleLogger
    this.compactRecords = options.compactEvery?.records ?? 10_000
    this.compactBytes = options.compactEvery?.bytes ?? 8 * 1024 * 1024
  }

  /**
   * Locks the vault (throws VaultLockedError if another live process holds it), loads it, repairs
   * what it can, and starts persisting. Throws VaultStoreError when the folder cannot be read.
   */
  static async open(dir: string, options: VaultReplicaOptions = {}): Promise<VaultReplica> {
    const fs = options.fs ?? nodeStoreFs
    try {
      await fs.mkdir(dir, { recursive: true })
    } catch (error) {
      throw new VaultStoreError('open', dir, error)
    }
    const lock = await acquireVaultLock(dir, { fs, controlSocket: options.controlSocket ?? null })
    try {
      return await VaultReplica.load(dir, lock, options)
    } catch (error) {
      await lock.release().catch(() => undefined)
      throw error instanceof VaultStoreError ? error : new VaultStoreError('open', dir, error)
    }
  }

  private static async load(dir: string, lock: VaultLock, options: VaultReplicaOptions): Promise<VaultReplica> {
    const fs = options.fs ?? nodeStoreFs
    const clock = options.clock ?? systemClock
    const logger = options.log ?? consoleLogger
    const path = (name: string): string => join(dir, name)
    const removedTempFiles = await removeTempFiles(fs, dir).catch((error: unknown) => {
      throw new VaultStoreError('open', dir, error)
    })
    const snapshotKeptAs: string[] = []
    /** Moves a corrupt snapshot out of the rotation so compaction never demotes it to prev. */
    const setAside = async (name: string, bytes: Uint8Array, reason: string): Promise<void> => {
      const keptAs = await keepAside(fs, dir, bytes, clock.now(), name.replace('.', '-'))
      await fs.unlink(path(name))
      snapshotKeptAs.push(keptAs)
      logger.warn(`${path(name)} is corrupt (${reason}); kept aside as ${keptAs}`)
    }

    const current = await readSnapshotFile(fs, path(VAULT_FILES.snapshot))
    let status: SnapshotLoadStatus = 'ok'
    let base: Uint8Array | null = null
    if (current.status === 'ok') {
      base = current.update
    } else {
      if (current.status === 'corrupt') await setAside(VAULT_FILES.snapshot, current.bytes, current.reason)
      const previous = await readSnapshotFile(fs, path(VAULT_FILES.previousSnapshot))
      if (previous.status === 'corrupt') await setAside(VAULT_FILES.previousSnapshot, previous.bytes, previous.reason)
      if (previous.status === 'ok') {
        base = previous.update
        status = current.status === 'missing' ? 'recovered-from-prev' : 'corrupt-recovered-from-prev'
      } else {
        status = current.status === 'missing' && previous.status === 'missing' ? 'missing' : 'corrupt'
      }
    }
    // Without a valid snapshot.bin, log.prev may hold updates no loaded snapshot covers; replaying
    // it is harmless when it is stale (idempotent updates), so replay it whenever we fell back.
    const previousLog = base && status === 'ok' ? null : await readFileIfExists(fs, path(VAULT_FILES.previousLog))
    const previousRecords = previousLog ? parseLogRecords(previousLog).records : []

    let replica: VaultReplica | null = null
    const opened = await VaultLog.open(path(VAULT_FILES.log), {
      fs,
      clock,
      logger,
      previousPath: path(VAULT_FILES.previousLog),
      retryDelayMs: options.retryDelayMs ?? 1000,
      onDidFail: (error) => replica?.emitFailure(error),
      onDidWrite: () => replica?.compactIfDue(),
    })
    const report: VaultLoadReport = {
      snapshot: status,
      snapshotKeptAs,
      logRecords: opened.records.length,
      previousLogRecords: previousRecords.length,
      skippedTail: opened.skippedTail,
      wasEmpty: base === null && opened.records.length === 0 && previousRecords.length === 0,
      staleLockCleared: lock.clearedStale !== null,
      removedTempFiles,
      unreadableUpdates: 0,
    }
    replica = new VaultReplica(dir, lock, options, status === 'ok', report)
    replica.log = opened.log
    report.unreadableUpdates = replica.loadInto([...(base ? [base] : []), ...previousRecords, ...opened.records])
    if (status !== 'ok' && status !== 'missing') logger.warn(`${dir}: snapshot ${status}; loaded ${previousRecords.length + opened.records.length} log records on top`)
    replica.start(status !== 'ok' && !report.wasEmpty)
    return replica
  }

  /** The lock this replica holds (its control-socket field is what other processes connect to). */
  get lockInfo(): VaultLockInfo {
    return this.lock.info
  }

  /** Calls `listener` with every store failure. Returns the unsubscribe function. */
  onDidFail(listener: (error: VaultStoreError) => void): () => void {
    this.failListeners.add(listener)
    return () => this.failListeners.delete(listener)
  }

  /**
   * Applies a remote update (from the renderer or a sync peer) with `origin` and resolves once it is
   * durable. Rejects with VaultStoreError if it could not be written; it stays in memory and queued.
   */
  applyUpdate(update: Uint8Array, origin: unknown = null): Promise<void> {
    if (this.closed) return Promise.reject(new Error(`Vault ${this.dir} is closed`))
    Y.applyUpdate(this.doc, update, origin)
    // Structs waiting for missing dependencies are not in any 'update' event; log the raw update so
    // what we acknowledge is on disk even before its dependencies arrive.
    if (this.doc.store.pendingStructs || this.doc.store.pendingDs) this.track(this.log.append(update))
    return this.whenFlushed()
  }

  /** Resolves once every update so far is fsynced; retries appends that failed before. */
  whenFlushed(): Promise<void> {
    return this.log.flush()
  }

  /** Resolves once writes and background work (backups, compaction) started so far have finished. */
  async whenIdle(): Promise<void> {
    while (this.background.size > 0) await Promise.allSettled([...this.background])
    await this.whenFlushed()
  }

  /** Writes a snapshot of the whole doc and starts a fresh log. Failures also reach onDidFail. */
  compact(): Promise<void> {
    return this.log.runExclusive(async () => {
      const update = Y.encodeStateAsUpdate(this.doc)
      const wasValid = this.currentSnapshotValid
      // Pessimistic until done: a failure midway may have demoted snapshot.bin already.
      this.currentSnapshotValid = false
      try {
        await replaceSnapshot(this.fs, { current: join(this.dir, VAULT_FILES.snapshot), previous: join(this.dir, VAULT_FILES.previousSnapshot) }, update, wasValid)
      } catch (error) {
        throw this.emitFailure(new VaultStoreError('compact', join(this.dir, VAULT_FILES.snapshot), error))
      }
      this.currentSnapshotValid = true
      try {
        await this.log.rotate()
      } catch (error) {
        // The new snapshot already covers the log; rotating again at the next compaction is enough.
        throw this.emitFailure(error instanceof VaultStoreError ? error : new VaultStoreError('compact', join(this.dir, VAULT_FILES.log), error))
      }
    })
  }

  /** Takes a backup if the newest one is at least one interval old, then prunes by the retention policy. */
  async backupIfDue(): Promise<BackupInfo | null> {
    if (this.options.backups === false) return null
    const interval = this.options.backups?.intervalMs ?? HOUR_MS
    const now = this.clock.now()
    const backupsDir = join(this.dir, BACKUPS_DIR)
    try {
      const [newest] = await listBackups(this.dir, this.fs)
      if (newest && now - newest.takenAt.getTime() < interval && newest.takenAt.getTime() <= now) return null
      const update = Y.encodeStateAsUpdate(this.doc)
      // An empty doc has nothing worth keeping, and an unchanged one is already backed up.
      if (this.doc.store.clients.size === 0 || (await newestBackupEquals(this.dir, update, this.fs))) return null
      const info = await writeBackup(this.dir, update, now, this.fs)
      await pruneBackups(this.dir, new Date(now), this.fs)
      return info
    } catch (error) {
      throw this.emitFailure(new VaultStoreError('backup', backupsDir, error))
    }
  }

  listBackups(): Promise<BackupInfo[]> {
    return listBackups(this.dir, this.fs)
  }

  /** The Yjs update held by backup `id` (a later issue restores from it). */
  readBackup(id: string): Promise<Uint8Array> {
    return readBackup(this.dir, id, this.fs)
  }

  /**
   * Flushes, compacts if the log holds anything, and releases the lock. If the flush fails the
   * replica stays open (lock held, doc intact) and close rejects: retry it once the disk recovers.
   */
  async close(): Promise<void> {
    if (this.closed) return
    this.cancelBackupTimer?.()
    this.cancelBackupTimer = null
    await Promise.allSettled([...this.background])
    await this.whenFlushed()
    if (this.log.recordCount > 0 || !this.currentSnapshotValid) {
      // The log is durable already; a failed compaction was reported and costs only load time.
      await this.compact().catch(() => undefined)
    }
    this.closed = true
    this.doc.off('update', this.onDocUpdate)
    await this.log.close()
    await this.lock.release()
  }

  /** Applies loaded updates in one transaction; returns how many Yjs could not decode. */
  private loadInto(updates: Uint8Array[]): number {
    let unreadable = 0
    this.doc.transact(() => {
      for (const update of updates) {
        try {
          Y.applyUpdate(this.doc, update)
        } catch (error) {
          // Checksummed but undecodable (written by a buggy build): skip it, keep the rest loading.
          unreadable++
          this.logger.warn(`${this.dir}: skipped an update Yjs could not decode: ${String(error)}`)
        }
      }
    })
    return unreadable
  }

  private start(compactNow: boolean): void {
    this.doc.on('update', this.onDocUpdate)
    if (compactNow) this.track(this.compact())
    else this.compactIfDue()
    if (this.options.backups !== false) this.scheduleBackups(0)
  }

  private readonly onDocUpdate = (update: Uint8Array): void => {
    this.track(this.log.append(update))
  }

  private compactIfDue(): void {
    if (this.compactionQueued || this.closed) return
    if (this.log.recordCount < this.compactRecords && this.log.byteSize < this.compactBytes) return
    this.compactionQueued = true
    this.track(this.compact().finally(() => (this.compactionQueued = false)))
  }

  private scheduleBackups(delayMs: number): void {
    this.cancelBackupTimer = this.clock.setTimer(() => {
      if (this.closed) return
      this.track(this.backupIfDue())
      this.scheduleBackups(this.options.backups ? (this.options.backups.intervalMs ?? HOUR_MS) : HOUR_MS)
    }, delayMs)
  }

  /** Keeps a background promise for whenIdle/close; its failure was already reported via onDidFail. */
  private track(promise: Promise<unknown>): void {
    const settled = promise.catch(() => undefined)
    this.background.add(settled)
    void settled.finally(() => this.background.delete(settled))
  }

  private emitFailure(error: VaultStoreError): VaultStoreError {
    if (this.failListeners.size === 0) this.logger.warn(error.message)
    for (const listener of this.failListeners) {
      try {
        listener(error)
      } catch (listenerError) {
        this.logger.warn(`onDidFail listener threw: ${String(listenerError)}`)
      }
    }
    return error
  }
}
