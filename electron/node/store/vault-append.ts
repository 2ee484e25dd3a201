/**
 * A write appended to log.bin without loading the vault, so it costs about the same at 100 people
 * and 100,000 (shared/graph/appended-writes.ts says which writes can be built that way).
 *
 * Only when everything it relies on checks out, else it returns null and writes nothing (the
 * caller then loads the vault as before, which also reports and repairs any damage):
 * - index.json names snapshot.bin as it is now, and snapshot.bin passes its checksum;
 * - log.bin has no damage, is below the compaction threshold (so a full open compacts in time), and
 *   every record after the part index.json covers is a self-contained update outside meta and
 *   genders (what index.json says still holds).
 * The caller holds the vault's lock. The update is acknowledged only once it is fsynced.
 */
import { join } from 'node:path'
import { APPEND_INDEX_ROOTS, updateStaysOutOf, type AppendIndex } from '../../../shared/graph'
import { readFileIfExists } from './atomic-file'
import { LOG_RECORD_HEADER_BYTES, parseLogRecords } from './log-records'
import { VaultStoreError } from './store-errors'
import type { StoreClock, StoreFs, StoreLogger } from './store-fs'
import { readVaultIndex, snapshotIdOf, writeVaultIndex, type SnapshotId } from './vault-index'
import { VAULT_FILES } from './vault-load'
import { VaultLog } from './vault-log'
import { readSnapshotFile } from './vault-snapshot'

/** Builds the update from what the index says, or returns null to have the vault loaded instead. */
export type BlindWrite<T> = (index: AppendIndex) => { update: Uint8Array; value: T } | null

export interface AppendContext {
  dir: string
  fs: StoreFs
  clock: StoreClock
  logger: StoreLogger
  /** The log's compaction threshold: at or past it the vault is loaded (and compacted) instead. */
  compactRecords: number
  compactBytes: number
}

/** After this many records checked past what index.json covers, an append moves it forward. */
const ADVANCE_INDEX_AFTER = 64

interface CurrentIndex {
  index: AppendIndex
  snapshot: SnapshotId
  /** Bytes of log.bin now (whole valid records), and how many records past the index it holds. */
  logBytes: number
  unindexed: number
}

/** The index as it holds for the vault now, or null when it cannot be trusted. */
async function currentIndex(context: AppendContext): Promise<CurrentIndex | null> {
  const { dir, fs } = context
  const file = await readVaultIndex(fs, dir)
  if (!file) return null
  const snapshot = await readSnapshotFile(fs, join(dir, VAULT_FILES.snapshot)).catch(() => null)
  if (snapshot?.status !== 'ok') return null
  const id = snapshotIdOf(snapshot.update)
  if (id.length !== file.snapshot.length || id.crc !== file.snapshot.crc) return null
  const bytes = await readFileIfExists(fs, join(dir, VAULT_FILES.log)).catch(() => undefined)
  if (bytes === undefined) return null
  const parsed = parseLogRecords(bytes ?? new Uint8Array())
  if (parsed.damage.length > 0 || parsed.records.length + 1 >= context.compactRecords || parsed.goodLength >= context.compactBytes) return null
  const clients = new Set(file.index.clients)
  let offset = 0
  // The covered part must end on a record boundary of this log (else the log was replaced).
  let covered = file.logBytes === 0
  let unindexed = 0
  for (const record of parsed.records) {
    const start = offset
    offset += LOG_RECORD_HEADER_BYTES + record.length
    if (offset === file.logBytes) covered = true
    if (start < file.logBytes) continue
    unindexed++
    const scope = updateStaysOutOf(record, APPEND_INDEX_ROOTS)
    if (!scope.outside) return null
    for (const client of scope.clients) clients.add(client)
  }
  if (!covered) return null
  return { index: { ...file.index, clients: [...clients] }, snapshot: id, logBytes: parsed.goodLength, unindexed }
}

/** Appends `write`'s update without loading the vault; null when the vault must be loaded instead. */
export async function appendWithoutLoading<T>(context: AppendContext, write: BlindWrite<T>): Promise<{ value: T } | null> {
  const current = await currentIndex(context)
  const planned = current ? write(current.index) : null
  // The write itself must keep the index true (it always does for a person's addition).
  const scope = planned ? updateStaysOutOf(planned.update, APPEND_INDEX_ROOTS) : null
  if (!current || !planned || !scope?.outside) return null
  const path = join(context.dir, VAULT_FILES.log)
  const { log } = await VaultLog.open(path, { fs: context.fs, clock: context.clock, logger: context.logger })
  try {
    await log.append(planned.update)
  } catch (error) {
    await log.abandon()
    throw error instanceof VaultStoreError ? error : new VaultStoreError('append', path, error)
  }
  await log.close()
  if (current.unindexed + 1 >= ADVANCE_INDEX_AFTER) {
    // So the next write checks few records: the index now covers the log up to this one.
    const index = { ...current.index, clients: [...new Set([...current.index.clients, ...scope.clients])] }
    await writeVaultIndex(context.fs, context.dir, current.snapshot, current.logBytes + LOG_RECORD_HEADER_BYTES + planned.update.length, index)
  }
  return { value: planned.value }
}
