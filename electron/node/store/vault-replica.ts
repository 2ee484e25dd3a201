/**
 * The main process's durable replica of one vault's Y.Doc.
 *
 * Vault folder:
 *   LOCK                  one writer per store (vault-lock.ts)
 *   snapshot.bin          latest compacted state        snapshot.prev   the one before it
 *   log.bin               updates since snapshot.bin    log.prev        updates between prev and current
 *   corrupt-<time>*.bin   bytes that failed to load, kept aside, never silently dropped
 *   index.json            what a write needs to know to append without loading (vault-index.ts)
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
import { readAppendIndex } from '../../../shared/graph'
import { removeTempFiles } from './atomic-file'
import { listBackups, newestBackupEquals, pruneBackups, readBackup, writeBackup, BACKUPS_DIR, HOUR_MS } from './backups'
import type { BackupInfo } from './backups'
import { VaultStoreError } from './store-errors'
import { nodeStoreFs, systemClock } from './store-fs'
import type { StoreClock, StoreFs, StoreLogger } from './store-fs'
import { acquireVaultLock } from './vault-lock'
import type { VaultLock, VaultLockInfo } from './vault-lock'
import { appendWithoutLoading, type BlindWrite } from './vault-append'
import { readSnapshotId, snapshotIdOf, writeVaultIndex } from './vault-index'
import { applyRecords, loadBase, loadHadLosses, readPreviousLog, VAULT_FILES, type LoadContext, type VaultLoadReport } from './vault-load'
import { VaultLog } from './vault-log'
import { replaceSnapshot } from './vault-snapshot'

export { VAULT_FILES, loadHadLosses, type SnapshotLoadStatus, type VaultLoadReport } from './vault-load'

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
  /**
   * A short-lived command: it never compacts on open or close, only when the log passes the
   * threshold, so a write appends one record and costs the same at 100 and 100,000 people, and a
   * read writes nothing. The long-running holder (the app, `sync serve`) compacts.
   */
  shortLived?: boolean
}

/** How often a holder checks that its LOCK file is still there, in ms. */
const LOCK_CHECK_MS = 1000

const compactRecordsOf = (options: VaultReplicaOptions): number => options.compactEvery?.records ?? 10_000
const compactBytesOf = (options: VaultReplicaOptions): number => options.compactEvery?.bytes ?? 8 * 1024 * 1024

const consoleLogger: StoreLogger = { info: () => undefined, warn: (message) => console.warn(`[kizuna store] ${message}`) }

export class VaultReplica {
  private readonly failListeners = new Set<(error: VaultStoreError) => void>()
  private readonly background = new Set<Promise<unknown>>()
  private log!: VaultLog
  private closed = false
  private compactionQueued = false
  /** Whether the doc changed since it was loaded (a short command then leaves index.json current). */
  private changed = false
  private cancelBackupTimer: (() => void) | null = null
  private readonly fs: StoreFs
  private readonly clock: StoreClock
  private readonly logger: StoreLogger
  private readonly compactRecords: number
  private readonly compactBytes: number

  /** The base a lossy open loaded: written as a backup before the first compaction replaces it. */
  private baseToKeep: Uint8Array | null = null
  private lockCheckTimer: ReturnType<typeof setInterval> | null = null

  private constructor(
    readonly dir: string,
    readonly doc: Y.Doc,
    private readonly lock: VaultLock,
    private readonly options: VaultReplicaOptions,
    /** Whether snapshot.bin is a valid snapshot that compaction may demote to snapshot.prev. */
    private currentSnapshotValid: boolean,
    readonly loadReport: VaultLoadReport,
  ) {
    this.fs = options.fs ?? nodeStoreFs
    this.clock = options.clock ?? systemClock
    this.logger = options.log ?? consoleLogger
    this.compactRecords = compactRecordsOf(options)
    this.compactBytes = compactBytesOf(options)
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

  /**
   * For a short command's write: takes the lock and appends `write`'s update without loading the
   * vault when vault-append.ts finds that safe, else loads it like `open` (with the lock held).
   */
  static async openOrAppend<T>(dir: string, options: VaultReplicaOptions, write: BlindWrite<T>): Promise<{ appended: T } | { replica: VaultReplica }> {
    const fs = options.fs ?? nodeStoreFs
    const lock = await acquireVaultLock(dir, { fs, controlSocket: options.controlSocket ?? null })
    const context = { dir, fs, clock: options.clock ?? systemClock, logger: options.log ?? consoleLogger }
    let appended: { value: T } | null
    try {
      // Errors of `write` itself (bad input) pass as they are: nothing was written.
      appended = await appendWithoutLoading({ ...context, compactRecords: compactRecordsOf(options), compactBytes: compactBytesOf(options) }, write)
    } catch (error) {
      await lock.release().catch(() => undefined)
      throw error
    }
    if (appended) {
      await lock.release()
      return { appended: appended.value }
    }
    try {
      return { replica: await VaultReplica.load(dir, lock, options) }
    } catch (error) {
      await lock.release().catch(() => undefined)
      throw error instanceof VaultStoreError ? error : new VaultStoreError('open', dir, error)
    }
  }

  private static async load(dir: string, lock: VaultLock, options: VaultReplicaOptions): Promise<VaultReplica> {
    const context: LoadContext = { dir, fs: options.fs ?? nodeStoreFs, clock: options.clock ?? systemClock, logger: options.log ?? consoleLogger }
    const { fs, clock, logger } = context
    const path = (name: string): string => join(dir, name)
    const removedTempFiles = await removeTempFiles(fs, dir).catch(() => [])
    const loaded = await loadBase(context)
    const { doc, status } = loaded
    // Without a valid snapshot.bin, log.prev may hold updates no loaded snapshot covers; replaying
    // it is harmless when it is stale (idempotent updates), so replay it whenever we fell back.
    const previousRecords = status === 'ok' ? [] : await readPreviousLog(context)

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
    const applied = await applyRecords(context, doc, [...previousRecords, ...opened.records])
    const report: VaultLoadReport = {
      snapshot: status,
      snapshotKeptAs: loaded.keptAs,
      logRecords: opened.records.length,
      previousLogRecords: previousRecords.length,
      skippedTail: opened.skippedTail,
      wasEmpty: loaded.base === null && opened.records.length === 0 && previousRecords.length === 0,
      staleLockCleared: lock.clearedStale !== null,
      removedTempFiles,
      unreadableUpdates: applied.unreadable,
      recordsKeptAs: applied.keptAs,
      backupUsed: loaded.backupUsed,
      damagedLeftInPlace: loaded.leftInPlace,
    }
    replica = new VaultReplica(dir, doc, lock, options, status === 'ok', report)
    replica.log = opened.log
    if (loadHadLosses(report)) replica.baseToKeep = loaded.base
    if (status !== 'ok' && status !== 'missing') logger.warn(`${dir}: snapshot ${status}; loaded ${previousRecords.length + opened.records.length} log records on top`)
    replica.start(options.shortLived !== true && status !== 'ok' && !report.wasEmpty)
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
      // Never save over the files of a vault another process has taken meanwhile.
      if (!(await this.lock.reassert())) {
        throw this.emitFailure(new VaultStoreError('compact', this.lock.path, new Error('the vault lock is no longer held by this process')))
      }
      if (this.baseToKeep) {
        // A lossy open: keep the generation it loaded before compaction replaces it.
        const base = this.baseToKeep
        try {
          if (!(await newestBackupEquals(this.dir, base, this.fs))) await writeBackup(this.dir, base, this.clock.now(), this.fs)
        } catch (error) {
          throw this.emitFailure(new VaultStoreError('backup', join(this.dir, BACKUPS_DIR), error))
        }
        this.baseToKeep = null
      }
      const update = Y.encodeStateAsUpdate(this.doc)
      const index = readAppendIndex(this.doc)
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
      await writeVaultIndex(this.fs, this.dir, snapshotIdOf(update), 0, index)
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
    if (this.options.shortLived !== true && (this.log.recordCount > 0 || !this.currentSnapshotValid)) {
      // The log is durable already; a failed compaction was reported and costs only load time.
      await this.compact().catch(() => undefined)
    } else if (this.changed && this.currentSnapshotValid) {
      // A short command that wrote with the vault loaded: the next one can append without loading.
      await this.log
        .runExclusive(async () => {
          const snapshot = await readSnapshotId(this.fs, join(this.dir, VAULT_FILES.snapshot))
          if (snapshot && !this.log.hasPending) await writeVaultIndex(this.fs, this.dir, snapshot, this.log.byteSize, readAppendIndex(this.doc))
        })
        .catch(() => undefined)
    }
    this.closed = true
    this.stopLockChecks()
    this.doc.off('update', this.onDocUpdate)
    await this.log.close()
    await this.lock.release()
  }

  /**
   * Gives the vault up without saving: drops edits not yet durable (none were acknowledged),
   * closes the log and releases the lock. For a command that failed, e.g. on a full disk.
   */
  async abandon(): Promise<void> {
    if (this.closed) return
    this.closed = true
    this.cancelBackupTimer?.()
    this.stopLockChecks()
    this.doc.off('update', this.onDocUpdate)
    await Promise.allSettled([...this.background])
    await this.log.abandon()
    await this.lock.release()
  }

  private stopLockChecks(): void {
    if (this.lockCheckTimer) clearInterval(this.lockCheckTimer)
    this.lockCheckTimer = null
  }

  private start(compactNow: boolean): void {
    this.doc.on('update', this.onDocUpdate)
    // A LOCK deleted under us is written again, so commands can find our control socket. Real
    // time: the lock is about OS processes (vault-lock.ts).
    this.lockCheckTimer = setInterval(() => void this.lock.reassert().catch(() => undefined), LOCK_CHECK_MS)
    this.lockCheckTimer.unref()
    if (compactNow) this.track(this.compact())
    else this.compactIfDue()
    if (this.options.backups !== false) this.scheduleBackups(0)
  }

  private readonly onDocUpdate = (update: Uint8Array): void => {
    this.changed = true
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
