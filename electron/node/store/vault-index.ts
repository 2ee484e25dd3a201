/**
 * `index.json`: what a write that does not load the vault needs to know about it (schema version,
 * genders, client ids; shared/graph/appended-writes.ts), read from the full doc, and which state
 * it describes: snapshot.bin (its length and checksum) plus the first `logBytes` bytes of log.bin.
 *
 * It is derived data, never the only copy of anything: written after a compaction and after a
 * short command wrote with the vault loaded; missing, unreadable or naming another snapshot, it is
 * ignored and the command loads the vault as before. A record appended later that could change
 * what it says (anything but a self-contained update outside meta and genders) makes it ignored too.
 */
import { crc32 } from 'node:zlib'
import { join } from 'node:path'
import { z } from 'zod'
import type { AppendIndex } from '../../../shared/graph'
import { readFileIfExists, writeFileAtomic } from './atomic-file'
import type { StoreFs } from './store-fs'
import { SNAPSHOT_HEADER_BYTES } from './vault-snapshot'

export const INDEX_FILE = 'index.json'

/** Identifies one snapshot file's content (its header's length and checksum). */
export interface SnapshotId {
  length: number
  crc: number
}

const indexFileSchema = z.object({
  format: z.literal(1),
  snapshot: z.object({ length: z.number().int().nonnegative(), crc: z.number().int().nonnegative() }),
  logBytes: z.number().int().nonnegative(),
  index: z.object({
    schemaVersion: z.number().nullable(),
    genders: z.array(z.object({ id: z.string(), label: z.object({ en: z.string(), ja: z.string() }), hidden: z.boolean() })),
    clients: z.array(z.number().int().nonnegative()),
  }),
})
export type VaultIndexFile = z.infer<typeof indexFileSchema>

export function snapshotIdOf(update: Uint8Array): SnapshotId {
  return { length: update.length, crc: crc32(update) }
}

/** The index file, or null when absent or unreadable (then it is simply not used). */
export async function readVaultIndex(fs: StoreFs, dir: string): Promise<VaultIndexFile | null> {
  const bytes = await readFileIfExists(fs, join(dir, INDEX_FILE)).catch(() => null)
  if (!bytes) return null
  try {
    const parsed = indexFileSchema.safeParse(JSON.parse(Buffer.from(bytes).toString('utf8')))
    return parsed.success ? parsed.data : null
  } catch {
    return null
  }
}

/** Writes the index for `snapshot` + `logBytes` of log; a failure only costs the next command time. */
export async function writeVaultIndex(fs: StoreFs, dir: string, snapshot: SnapshotId, logBytes: number, index: AppendIndex): Promise<boolean> {
  const file: VaultIndexFile = { format: 1, snapshot, logBytes, index }
  try {
    await writeFileAtomic(fs, join(dir, INDEX_FILE), Buffer.from(`${JSON.stringify(file)}\n`, 'utf8'))
    return true
  } catch {
    return false
  }
}

/** The id of a snapshot file from its header alone, or null (missing, short, not a snapshot). */
export async function readSnapshotId(fs: StoreFs, path: string): Promise<SnapshotId | null> {
  const handle = await fs.open(path, 'r').catch(() => null)
  if (!handle) return null
  try {
    const header = Buffer.alloc(SNAPSHOT_HEADER_BYTES)
    const { bytesRead } = await handle.read(header, 0, SNAPSHOT_HEADER_BYTES, 0)
    if (bytesRead < SNAPSHOT_HEADER_BYTES) return null
    return { length: header.readUInt32LE(8), crc: header.readUInt32LE(12) }
  } finally {
    await handle.close()
  }
}
