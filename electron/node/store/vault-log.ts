/**
 * The append-only log of Yjs updates (`<vault>/log.bin`); its record format is in log-records.ts.
 *
 * Invariants:
 * - An append's promise resolves only after its bytes are written and fsynced: acknowledged = durable.
 * - Appends and exclusive tasks (rotation during compaction) run strictly in call order through one
 *   queue; consecutive queued appends are batched into one write and one fsync.
 * - The file on disk is always a sequence of whole valid records: opening copies damaged bytes aside
 *   (`corrupt-<time>.bin`) and cuts a bad tail off, or rewrites the intact records when the damage
 *   was in the middle; a failed write is truncated back before retry. When the disk refuses that
 *   repair (full, read-only), the intact records still load and the repair runs before the next write.
 * - A failed append keeps its bytes at the head of the queue; the next flush (or the retry timer)
 *   writes them again at the same offset, so a transient ENOSPC loses nothing.
 */
import { dirname, join } from 'node:path'
import type { FileHandle } from 'node:fs/promises'
import { fileTimestamp, fsyncDir, readFileIfExists, renameIfExists, writeFileAtomic, writeFileDurable } from './atomic-file'
import { encodeLogRecord, parseLogRecords, recordsBefore, type ParsedLog } from './log-records'
import { VaultStoreError } from './store-errors'
import { nodeStoreFs, silentLogger, systemClock } from './store-fs'
import type { StoreClock, StoreFs, StoreLogger } from './store-fs'

export { LOG_RECORD_HEADER_BYTES, encodeLogRecord, parseLogRecords, type LogDamage, type ParsedLog } from './log-records'

/** Upper bound of one batched write, so a burst of edits never builds one giant buffer. */
const MAX_BATCH_BYTES = 16 * 1024 * 1024

export interface SkippedTail {
  /** Bytes that were not loaded: the damaged regions, wherever they were in the file. */
  bytes: number
  /** Absolute path of the file the damaged bytes were copied to (null when the disk refused the copy). */
  keptAs: string | null
  reason: string
  /** Intact records found again after the damage (resynchronised on the next valid header) and loaded. */
  recoveredAfter: number
}

export interface VaultLogOptions {
  fs?: StoreFs
  clock?: StoreClock
  logger?: StoreLogger
  /** Where `rotate()` moves the current log (kept as the partner of `snapshot.prev`). */
  previousPath?: string
  /** First delay before retrying a failed append without waiting for the next flush, in ms. */
  retryDelayMs?: number
  onDidFail?: (error: VaultStoreError) => void
  /** Called after every successful batched write. */
  onDidWrite?: () => void
}

export interface VaultLogOpenResult {
  log: VaultLog
  records: Uint8Array[]
  skippedTail: SkippedTail | null
}

interface Deferred {
  resolve: () => void
  reject: (error: unknown) => void
}
type QueueEntry = { kind: 'append'; record: Buffer; waiters: Deferred[] } | { kind: 'task'; run: () => Promise<void>; waiter: Deferred }

export class VaultLog {
  private readonly fs: StoreFs
  private readonly clock: StoreClock
  private readonly queue: QueueEntry[] = []
  private handle: FileHandle | null = null
  private pumping = false
  private closed = false
  private cancelRetry: (() => void) | null = null
  private retryDelayMs: number
  /** Bytes of whole records in the current log file; the offset of the next write. */
  private sizeBytes: number
  private records: number
  /** A repair of a damaged log that the disk refused at open; runs before the first write. */
  private pendingRepair: (() => Promise<void>) | null = null

  private constructor(
    readonly path: string,
    private readonly options: VaultLogOptions,
    sizeBytes: number,
    records: number,
  ) {
    this.fs = options.fs ?? nodeStoreFs
    this.clock = options.clock ?? systemClock
    this.retryDelayMs = options.retryDelayMs ?? 1000
    this.sizeBytes = sizeBytes
    this.records = records
  }

  /** Opens (creating if absent) and repairs the log; returns the valid records in order. */
  static async open(path: string, options: VaultLogOptions = {}): Promise<VaultLogOpenResult> {
    const fs = options.fs ?? nodeStoreFs
    const logger = options.logger ?? silentLogger
    let bytes: Uint8Array | null
    try {
      bytes = await readFileIfExists(fs, path)
    } catch (error) {
      throw new VaultStoreError('open', path, error)
    }
    const parsed = parseLogRecords(bytes ?? new Uint8Array())
    let skippedTail: SkippedTail | null = null
    let pendingRepair: (() => Promise<void>) | null = null
    if (bytes && parsed.damage.length > 0) {
      const damaged = Buffer.concat(parsed.damage.map((d) => bytes.subarray(d.offset, d.offset + d.length)))
      const recoveredAfter = parsed.records.length - recordsBefore(parsed)
      const reason = [...new Set(parsed.damage.map((d) => d.reason))].join('; ')
      const repair = repairFor(fs, path, parsed)
      let keptAs: string | null = null
      try {
        keptAs = await keepAside(fs, dirname(path), damaged, (options.clock ?? systemClock).now())
        await repair()
      } catch (error) {
        // A full disk or read-only mount: load what is intact, change nothing, and repair before the
        // first append (which fails with a clear error if the disk still refuses).
        pendingRepair = async () => {
          keptAs ??= await keepAside(fs, dirname(path), damaged, (options.clock ?? systemClock).now())
          await repair()
        }
        logger.warn(`${path}: could not set the damaged bytes aside yet: ${error instanceof Error ? error.message : String(error)}`)
      }
      skippedTail = { bytes: damaged.length, keptAs, reason, recoveredAfter }
      const where = keptAs ? `kept aside as ${keptAs}` : 'left in place until the disk accepts writes'
      logger.warn(
        `${path}: ${reason}; ${damaged.length} damaged bytes ${where}; ${parsed.records.length} intact records loaded${recoveredAfter > 0 ? `, ${recoveredAfter} of them found after the damage` : ''}`,
      )
    }
    const log = new VaultLog(path, options, parsed.goodLength, parsed.records.length)
    log.pendingRepair = pendingRepair
    return { log, records: parsed.records, skippedTail }
  }

  /** Bytes in the log file since it was last rotated (loaded records included). */
  get byteSize(): number {
    return this.sizeBytes
  }

  /** Records in the log file since it was last rotated (loaded records included). */
  get recordCount(): number {
    return this.records
  }

  /** Whether appends are waiting to be written (including ones whose write failed). */
  get hasPending(): boolean {
    return this.queue.some((entry) => entry.kind === 'append')
  }

  /** Queues one update; resolves once it is fsynced, rejects with VaultStoreError if the write fails. */
  append(update: Uint8Array): Promise<void> {
    if (this.closed) return Promise.reject(new Error(`${this.path} is closed`))
    return new Promise((resolve, reject) => {
      this.queue.push({ kind: 'append', record: encodeLogRecord(update), waiters: [{ resolve, reject }] })
      this.kick()
    })
  }

  /** Resolves once everything queued before it is durable; retries earlier failed appends. */
  flush(): Promise<void> {
    return this.runExclusive(() => Promise.resolve())
  }

  /** Runs `task` after every earlier queued append is durable and before any later one is written. */
  runExclusive(task: () => Promise<void>): Promise<void> {
    if (this.closed) return Promise.reject(new Error(`${this.path} is closed`))
    return new Promise((resolve, reject) => {
      this.queue.push({ kind: 'task', run: task, waiter: { resolve, reject } })
      this.kick()
    })
  }

  /**
   * Moves the current log to `previousPath` and starts an empty one. Call only inside
   * `runExclusive`, after a snapshot covering every record in it is durable.
   */
  async rotate(): Promise<void> {
    await this.closeHandle()
    try {
      if (this.options.previousPath) await renameIfExists(this.fs, this.path, this.options.previousPath)
      // A crash before this write leaves no log file: open treats that as an empty log.
      await writeFileDurable(this.fs, this.path, new Uint8Array())
      await fsyncDir(this.fs, dirname(this.path))
    } catch (error) {
      throw new VaultStoreError('compact', this.path, error)
    }
    this.sizeBytes = 0
    this.records = 0
  }

  /** Closes the file without writing what is queued; queued appends are rejected. */
  async abandon(): Promise<void> {
    this.closed = true
    this.cancelRetry?.()
    const error = new Error(`${this.path} was closed before this update was written`)
    for (const entry of this.queue.splice(0)) {
      if (entry.kind === 'append') for (const waiter of entry.waiters) waiter.reject(error)
      else entry.waiter.reject(error)
    }
    await this.closeHandle()
  }

  /** Flushes, then closes the file. Later appends are refused. */
  async close(): Promise<void> {
    await this.flush()
    this.closed = true
    this.cancelRetry?.()
    await this.closeHandle()
  }

  private kick(): void {
    if (!this.pumping) void this.pump()
  }

  private async pump(): Promise<void> {
    this.pumping = true
    try {
      while (this.queue.length > 0) {
        const head = this.queue[0]
        if (head.kind === 'task') {
          this.queue.shift()
          try {
            await head.run()
            head.waiter.resolve()
          } catch (error) {
            head.waiter.reject(error)
          }
          continue
        }
        const batch = this.takeBatch()
        try {
          await this.writeBatch(batch)
        } catch (cause) {
          this.failQueue(new VaultStoreError('append', this.path, cause))
          return
        }
        this.queue.splice(0, batch.length)
        this.retryDelayMs = this.options.retryDelayMs ?? 1000
        for (const entry of batch) for (const waiter of entry.waiters) waiter.resolve()
        this.options.onDidWrite?.()
      }
    } finally {
      this.pumping = false
    }
  }

  private takeBatch(): Array<Extract<QueueEntry, { kind: 'append' }>> {
    const batch: Array<Extract<QueueEntry, { kind: 'append' }>> = []
    let bytes = 0
    for (const entry of this.queue) {
      if (entry.kind !== 'append' || (batch.length > 0 && bytes + entry.record.length > MAX_BATCH_BYTES)) break
      batch.push(entry)
      bytes += entry.record.length
    }
    return batch
  }

  private async writeBatch(batch: Array<Extract<QueueEntry, { kind: 'append' }>>): Promise<void> {
    if (this.pendingRepair) {
      await this.closeHandle()
      await this.pendingRepair()
      this.pendingRepair = null
    }
    const bytes = batch.length === 1 ? batch[0].record : Buffer.concat(batch.map((entry) => entry.record))
    const handle = await this.openHandle()
    try {
      let written = 0
      while (written < bytes.length) {
        const result = await handle.write(bytes, written, bytes.length - written, this.sizeBytes + written)
        written += result.bytesWritten
      }
      await handle.sync()
    } catch (error) {
      // Keep the file a sequence of whole records; the retry rewrites the batch at the same offset.
      await handle.truncate(this.sizeBytes).catch(() => undefined)
      throw error
    }
    this.sizeBytes += bytes.length
    this.records += batch.length
  }

  /** Rejects every waiter; failed appends keep their bytes queued for the retry. */
  private failQueue(error: VaultStoreError): void {
    for (let i = 0; i < this.queue.length; i++) {
      const entry = this.queue[i]
      if (entry.kind === 'append') {
        for (const waiter of entry.waiters) waiter.reject(error)
        entry.waiters = []
      } else {
        entry.waiter.reject(error)
        this.queue.splice(i--, 1)
      }
    }
    this.options.onDidFail?.(error)
    this.scheduleRetry()
  }

  private scheduleRetry(): void {
    if (this.closed || this.cancelRetry) return
    const delay = this.retryDelayMs
    this.retryDelayMs = Math.min(delay * 2, 60_000)
    this.cancelRetry = this.clock.setTimer(() => {
      this.cancelRetry = null
      // The outcome is reported through onDidFail; nobody awaits this retry.
      this.flush().catch(() => undefined)
    }, delay)
  }

  private async openHandle(): Promise<FileHandle> {
    if (this.handle) return this.handle
    try {
      const handle = await this.fs.open(this.path, 'r+')
      // The file is always whole records (see invariants), so its size is the next write offset even
      // after a rotation failed halfway; trusting a stale counter could leave a hole of zero bytes.
      this.sizeBytes = (await handle.stat()).size
      this.handle = handle
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error
      this.handle = await this.fs.open(this.path, 'w+', 0o600)
      this.sizeBytes = 0
      this.records = 0
      await fsyncDir(this.fs, dirname(this.path))
    }
    return this.handle
  }

  private async closeHandle(): Promise<void> {
    const handle = this.handle
    this.handle = null
    await handle?.close().catch(() => undefined)
  }
}

/** Copies bytes that could not be loaded to `corrupt-<time>.bin` so nothing is silently dropped. */
export async function keepAside(fs: StoreFs, dir: string, bytes: Uint8Array, nowMs: number, kind = ''): Promise<string> {
  const stem = `corrupt-${fileTimestamp(nowMs)}${kind ? `-${kind}` : ''}`
  for (let attempt = 0; ; attempt++) {
    const path = join(dir, `${stem}${attempt ? `-${attempt}` : ''}.bin`)
    try {
      await writeFileDurable(fs, path, bytes, 'wx')
      await fsyncDir(fs, dir)
      return path
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'EEXIST') {
        if (attempt < 100) continue
      } else {
        // Never leave an empty or partial copy behind (a full disk): it would look like a kept copy.
        await fs.unlink(path).catch(() => undefined)
      }
      throw new VaultStoreError('repair', path, error)
    }
  }
}

/**
 * Makes the file hold only the intact records: damage only at the end is cut off (truncate);
 * damage in the middle means rewriting the intact records as a new file (atomic rename).
 */
function repairFor(fs: StoreFs, path: string, parsed: ParsedLog): () => Promise<void> {
  const onlyTail = parsed.damage.length === 1 && recordsBefore(parsed) === parsed.records.length
  return async () => {
    try {
      if (!onlyTail) {
        await writeFileAtomic(fs, path, Buffer.concat(parsed.records.map(encodeLogRecord)))
        return
      }
      const handle = await fs.open(path, 'r+')
      try {
        await handle.truncate(parsed.goodLength)
        await handle.sync()
      } finally {
        await handle.close()
      }
    } catch (error) {
      throw new VaultStoreError('repair', path, error)
    }
  }
}
