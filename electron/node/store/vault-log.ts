/**
 * The append-only log of Yjs updates (`<vault>/log.bin`).
 *
 * Record layout (all integers little-endian):
 *   [u32 payload length in bytes][u32 CRC-32 (zlib polynomial) of the payload][payload]
 *
 * Invariants:
 * - An append's promise resolves only after its bytes are written and fsynced: acknowledged = durable.
 * - Appends and exclusive tasks (rotation during compaction) run strictly in call order through one
 *   queue; consecutive queued appends are batched into one write and one fsync.
 * - The file on disk is always a sequence of whole valid records: opening repairs a bad tail (kept
 *   aside as `corrupt-<time>.bin`, then truncated) and a failed write is truncated back before retry.
 * - A failed append keeps its bytes at the head of the queue; the next flush (or the retry timer)
 *   writes them again at the same offset, so a transient ENOSPC loses nothing.
 */
import { dirname, join } from 'node:path'
import { crc32 } from 'node:zlib'
import type { FileHandle } from 'node:fs/promises'
import { fileTimestamp, fsyncDir, readFileIfExists, renameIfExists, writeFileDurable } from './atomic-file'
import { VaultStoreError } from './store-errors'
import { nodeStoreFs, silentLogger, systemClock } from './store-fs'
import type { StoreClock, StoreFs, StoreLogger } from './store-fs'

export const LOG_RECORD_HEADER_BYTES = 8
/** Upper bound of one batched write, so a burst of edits never builds one giant buffer. */
const MAX_BATCH_BYTES = 16 * 1024 * 1024

export interface SkippedTail {
  /** Bytes after the last good record that were not loaded. */
  bytes: number
  /** Absolute path of the file the bad tail was copied to. */
  keptAs: string
  reason: string
}

export interface ParsedLog {
  records: Uint8Array[]
  /** Length in bytes of the prefix made of whole, checksum-valid records. */
  goodLength: number
  /** Why parsing stopped before the end, or null when the whole input was valid. */
  badTailReason: string | null
}

export function encodeLogRecord(payload: Uint8Array): Buffer {
  const record = Buffer.allocUnsafe(LOG_RECORD_HEADER_BYTES + payload.length)
  record.writeUInt32LE(payload.length, 0)
  record.writeUInt32LE(crc32(payload), 4)
  record.set(payload, LOG_RECORD_HEADER_BYTES)
  return record
}

/** Reads records in order and stops at the first truncated or checksum-failing one. */
export function parseLogRecords(bytes: Uint8Array): ParsedLog {
  const view = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  const records: Uint8Array[] = []
  let offset = 0
  while (offset < view.length) {
    if (view.length - offset < LOG_RECORD_HEADER_BYTES) return { records, goodLength: offset, badTailReason: 'truncated record header' }
    const length = view.readUInt32LE(offset)
    const checksum = view.readUInt32LE(offset + 4)
    const start = offset + LOG_RECORD_HEADER_BYTES
    if (view.length - start < length) return { records, goodLength: offset, badTailReason: 'truncated record payload' }
    const payload = view.subarray(start, start + length)
    if (crc32(payload) !== checksum) return { records, goodLength: offset, badTailReason: 'checksum mismatch' }
    records.push(payload)
    offset = start + length
  }
  return { records, goodLength: offset, badTailReason: null }
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
    if (bytes && parsed.badTailReason) {
      const tail = bytes.subarray(parsed.goodLength)
      const keptAs = await keepAside(fs, dirname(path), tail, (options.clock ?? systemClock).now())
      try {
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
      skippedTail = { bytes: tail.length, keptAs, reason: parsed.badTailReason }
      logger.warn(`${path}: ${parsed.badTailReason} after ${parsed.records.length} good records; ${tail.length} bytes kept aside as ${keptAs}`)
    }
    const log = new VaultLog(path, options, parsed.goodLength, parsed.records.length)
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
      if ((error as NodeJS.ErrnoException).code === 'EEXIST' && attempt < 100) continue
      throw new VaultStoreError('repair', path, error)
    }
  }
}
