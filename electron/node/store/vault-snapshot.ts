/**
 * Snapshot files (`snapshot.bin`, `snapshot.prev`, and every backup) and compaction.
 *
 * File layout (integers little-endian), 16-byte header then payload:
 *   [4 bytes magic "KZSN"][u32 format version = 1][u32 payload length in bytes][u32 CRC-32 of payload]
 *   [payload: Y.encodeStateAsUpdate(doc), a Yjs v1 update]
 *
 * Compaction invariant: at every instant, (snapshot.bin + log.bin) holds every acknowledged update,
 * and so does (snapshot.prev + log.prev + log.bin) whenever snapshot.prev exists. Steps:
 *   1. write the new snapshot to a temp file and fsync it
 *   2. rename snapshot.bin -> snapshot.prev (or, when there is no valid snapshot.bin to demote,
 *      write the new snapshot as snapshot.prev too, so prev never pairs with a log it does not cover)
 *   3. rename temp -> snapshot.bin, fsync the folder
 *   4. rotate the log: log.bin -> log.prev, new empty log.bin (VaultLog.rotate)
 * A crash between 2 and 3 leaves no snapshot.bin: loading then uses snapshot.prev + log.prev + log.bin.
 * A crash between 3 and 4 re-applies log records the snapshot already holds: Yjs updates are idempotent.
 */
import { crc32 } from 'node:zlib'
import { dirname } from 'node:path'
import { fsyncDir, readFileIfExists, renameIfExists, tempPathFor, writeFileAtomic, writeFileDurable } from './atomic-file'
import type { StoreFs } from './store-fs'

const MAGIC = Buffer.from('KZSN', 'latin1')
export const SNAPSHOT_FORMAT_VERSION = 1
export const SNAPSHOT_HEADER_BYTES = 16

export function encodeSnapshot(update: Uint8Array): Buffer {
  const file = Buffer.allocUnsafe(SNAPSHOT_HEADER_BYTES + update.length)
  MAGIC.copy(file, 0)
  file.writeUInt32LE(SNAPSHOT_FORMAT_VERSION, 4)
  file.writeUInt32LE(update.length, 8)
  file.writeUInt32LE(crc32(update), 12)
  file.set(update, SNAPSHOT_HEADER_BYTES)
  return file
}

export type DecodedSnapshot = { ok: true; update: Uint8Array } | { ok: false; reason: string }

export function decodeSnapshot(bytes: Uint8Array): DecodedSnapshot {
  const view = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  if (view.length < SNAPSHOT_HEADER_BYTES) return { ok: false, reason: `only ${view.length} bytes, shorter than the header` }
  if (!view.subarray(0, 4).equals(MAGIC)) return { ok: false, reason: 'not a Kizuna snapshot (bad magic)' }
  const version = view.readUInt32LE(4)
  if (version !== SNAPSHOT_FORMAT_VERSION) return { ok: false, reason: `unsupported snapshot format version ${version}` }
  const length = view.readUInt32LE(8)
  if (view.length - SNAPSHOT_HEADER_BYTES !== length) {
    return { ok: false, reason: `payload is ${view.length - SNAPSHOT_HEADER_BYTES} bytes, header says ${length}` }
  }
  const update = view.subarray(SNAPSHOT_HEADER_BYTES)
  if (crc32(update) !== view.readUInt32LE(12)) return { ok: false, reason: 'checksum mismatch' }
  return { ok: true, update }
}

export type SnapshotReadResult = { status: 'ok'; update: Uint8Array } | { status: 'missing' } | { status: 'corrupt'; reason: string; bytes: Uint8Array }

export async function readSnapshotFile(fs: StoreFs, path: string): Promise<SnapshotReadResult> {
  const bytes = await readFileIfExists(fs, path)
  if (!bytes) return { status: 'missing' }
  const decoded = decodeSnapshot(bytes)
  return decoded.ok ? { status: 'ok', update: decoded.update } : { status: 'corrupt', reason: decoded.reason, bytes }
}

/** Writes a snapshot file crash-safely (temp, fsync, rename, fsync folder). */
export function writeSnapshotFile(fs: StoreFs, path: string, update: Uint8Array): Promise<void> {
  return writeFileAtomic(fs, path, encodeSnapshot(update))
}

export interface SnapshotPaths {
  current: string
  previous: string
}

/**
 * Steps 1-3 of compaction. `currentIsValid` says whether snapshot.bin is a good snapshot that may
 * become snapshot.prev; when it is not (missing, corrupt, moved aside), the new one is also written
 * as snapshot.prev. The caller rotates the log afterwards (step 4), inside the log's queue.
 */
export async function replaceSnapshot(fs: StoreFs, paths: SnapshotPaths, update: Uint8Array, currentIsValid: boolean): Promise<void> {
  const bytes = encodeSnapshot(update)
  const temp = tempPathFor(paths.current)
  await writeFileDurable(fs, temp, bytes)
  if (currentIsValid) {
    await renameIfExists(fs, paths.current, paths.previous)
  } else {
    await writeFileAtomic(fs, paths.previous, bytes)
  }
  await fs.rename(temp, paths.current)
  await fsyncDir(fs, dirname(paths.current))
}
