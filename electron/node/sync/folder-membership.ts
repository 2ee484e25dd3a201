/**
 * The membership log travels through the sync folder too, so a device that syncs only through the
 * folder learns of every pairing, revocation and key rotation (and the new key wrapped to it).
 *
 *   <folder>/<device id>/membership.kzl   the writer's copy of the log: a folder file of kind
 *                                         'log' (folder-file.ts) sealed under the epoch-1 key,
 *                                         which every member has held since it joined
 *
 * Each entry in it is signed and checked on its own (membership-log.ts), so a copy written by a
 * revoked device, or edited by anyone, can add nothing that does not verify; the file signature
 * only saves work and tells who wrote it.
 */
import { join } from 'node:path'
import { z } from 'zod'
import type { DeviceIdentity } from './device-identity'
import { openFolderFile, readFolderHeader, sealFolderFile } from './folder-file'
import { readFolderFile, writeFolderFile } from './folder-io'
import type { FolderIssue } from './folder-sync'
import { logEntrySchema, MAX_LOG_ENTRIES } from './membership-log'
import type { MergeOutcome, SyncState } from './sync-state'

export const MEMBERSHIP_FILE = 'membership.kzl'
const fileSchema = z.object({ vaultId: z.string(), log: z.array(logEntrySchema).max(MAX_LOG_ENTRIES) })

/** Merges every readable membership file of `writers`; returns what changed and the problems. */
export async function readMembershipFiles(folder: string, writers: readonly string[], state: SyncState, now: number): Promise<{ outcome: MergeOutcome; issues: FolderIssue[] }> {
  const outcome: MergeOutcome = { newlyRevoked: [], changed: false, refused: 0 }
  const issues: FolderIssue[] = []
  for (const writer of writers) {
    const file = `${writer}/${MEMBERSHIP_FILE}`
    const read = await readFolderFile(join(folder, file))
    if (read.status === 'missing') continue
    if (read.status !== 'ok') {
      issues.push({ file, reason: read.status })
      continue
    }
    const head = readFolderHeader(read.bytes)
    if (head.status !== 'ok') {
      issues.push({ file, reason: head.status })
      continue
    }
    const spki = state.publicKeyOf(head.header.writerId)
    if (!spki) {
      issues.push({ file, reason: 'unknown-writer' })
      continue
    }
    const opened = openFolderFile(read.bytes, head.header, state.keys, spki)
    if (opened.status !== 'ok') {
      issues.push({ file, reason: opened.status })
      continue
    }
    const parsed = fileSchema.safeParse(JSON.parse(new TextDecoder().decode(opened.payload)))
    if (!parsed.success || parsed.data.vaultId !== state.vaultId) {
      issues.push({ file, reason: 'damaged' })
      continue
    }
    const merged = await state.merge({ vaultId: parsed.data.vaultId, log: parsed.data.log, port: null }, now, null)
    outcome.newlyRevoked.push(...merged.newlyRevoked)
    outcome.changed ||= merged.changed
    outcome.refused += merged.refused
  }
  return { outcome, issues }
}

/** Writes this device's copy of the log; returns the log's fingerprint (to skip unchanged ones). */
export async function writeMembershipFile(ownDir: string, state: SyncState, identity: DeviceIdentity): Promise<void> {
  const firstKey = state.keys.find((k) => k.epoch === 1)
  if (!firstKey || !state.vaultId) return
  const log = state.membership?.accepted ?? []
  await writeFolderFile(ownDir, MEMBERSHIP_FILE, sealFolderFile(new TextEncoder().encode(JSON.stringify({ vaultId: state.vaultId, log })), 'log', firstKey, identity))
}
