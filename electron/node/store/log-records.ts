/**
 * The record format of the vault's logs (`log.bin`, `log.prev`), and reading it back.
 *
 * Record layout (all integers little-endian):
 *   [u32 payload length in bytes][u32 CRC-32 (zlib polynomial) of the payload][payload]
 * A payload is one Yjs update and never empty.
 */
import { crc32 } from 'node:zlib'

export const LOG_RECORD_HEADER_BYTES = 8

/** A run of bytes that is not a whole valid record. */
export interface LogDamage {
  offset: number
  length: number
  reason: string
}

export interface ParsedLog {
  records: Uint8Array[]
  /** Length in bytes of the prefix made of whole, checksum-valid records (before the first damage). */
  goodLength: number
  /** Why the first damaged region is damaged, or null when the whole input was valid. */
  badTailReason: string | null
  /** Every damaged region in order; records between and after them are in `records`. */
  damage: LogDamage[]
}

export function encodeLogRecord(payload: Uint8Array): Buffer {
  const record = Buffer.allocUnsafe(LOG_RECORD_HEADER_BYTES + payload.length)
  record.writeUInt32LE(payload.length, 0)
  record.writeUInt32LE(crc32(payload), 4)
  record.set(payload, LOG_RECORD_HEADER_BYTES)
  return record
}

/** The record at `offset`, or why there is none. An empty record is never written, so it is damage. */
function recordAt(view: Buffer, offset: number): { payload: Uint8Array; next: number } | { reason: string } {
  if (view.length - offset < LOG_RECORD_HEADER_BYTES) return { reason: 'truncated record header' }
  const length = view.readUInt32LE(offset)
  const start = offset + LOG_RECORD_HEADER_BYTES
  if (length === 0) return { reason: 'empty record' }
  if (view.length - start < length) return { reason: 'truncated record payload' }
  const payload = view.subarray(start, start + length)
  if (crc32(payload) !== view.readUInt32LE(offset + 4)) return { reason: 'checksum mismatch' }
  return { payload, next: start + length }
}

function isZeroFrom(view: Buffer, offset: number): boolean {
  for (let i = offset; i < view.length; i++) if (view[i] !== 0) return false
  return true
}

/** The offset of the next whole valid record after `from`, or null. A random match needs a CRC-32 collision. */
function nextRecordOffset(view: Buffer, from: number): number | null {
  for (let offset = from; offset + LOG_RECORD_HEADER_BYTES < view.length; offset++) {
    const length = view.readUInt32LE(offset)
    if (length === 0 || length > view.length - offset - LOG_RECORD_HEADER_BYTES) continue
    if ('payload' in recordAt(view, offset)) return offset
  }
  return null
}

/**
 * Reads records in order. At a damaged record it resynchronises on the next valid header and goes
 * on, so one flipped byte costs one record, not every later one; a tail of zero bytes (a write the
 * disk lost at power failure) is one damaged region, not a run of empty records.
 */
export function parseLogRecords(bytes: Uint8Array): ParsedLog {
  const view = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  const records: Uint8Array[] = []
  const damage: LogDamage[] = []
  let offset = 0
  while (offset < view.length) {
    const found = recordAt(view, offset)
    if ('payload' in found) {
      records.push(found.payload)
      offset = found.next
      continue
    }
    if (isZeroFrom(view, offset)) {
      damage.push({ offset, length: view.length - offset, reason: 'zero-filled tail (a write the disk lost)' })
      break
    }
    const next = nextRecordOffset(view, offset + 1)
    damage.push({ offset, length: (next ?? view.length) - offset, reason: found.reason })
    if (next === null) break
    offset = next
  }
  const first = damage[0]
  return { records, goodLength: first ? first.offset : view.length, badTailReason: first ? first.reason : null, damage }
}

/** How many records lie before the first damaged region. */
export function recordsBefore(parsed: ParsedLog): number {
  let count = 0
  let offset = 0
  for (const record of parsed.records) {
    if (offset >= parsed.goodLength) break
    offset += LOG_RECORD_HEADER_BYTES + record.length
    count++
  }
  return count
}
