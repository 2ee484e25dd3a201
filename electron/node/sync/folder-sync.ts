/**
 * Sync through a folder that another tool replicates (Syncthing, Dropbox, iCloud Drive, ...).
 *
 *   <folder>/<device id>/<seq, 10 digits>.kzs    sealed, signed files (folder-file.ts), one writer each
 *   <folder>/<device id>/membership.kzl          that device's copy of the membership log
 *
 * A round: (0) merge every device's membership log (folder-membership.ts) and write ours, so a
 * revocation and its new key reach devices that sync only through the folder; (1) write our
 * unpublished changes as one new file in our own subfolder (temp file, fsync, rename: a reader
 * never sees our half-written file under its final name); (2) read every other device's subfolder
 * and apply each new file; (3) every `compactEvery` files, or when the key epoch changed, write
 * our full state as one file under the current key and then delete our older ones.
 *
 * Invariants:
 * - We write only inside our own subfolder. A file is applied only if its writer (named in the
 *   signed header, whatever subfolder it sits in) is a device in good standing at the file's
 *   epoch and never revoked, the epoch is the newest the log proves, and the writer's signature
 *   verifies; else it is ignored and reported (a revoked device's edits from before its
 *   revocation still arrive, republished by the devices that had them).
 * - A file is recorded as applied (by SHA-256 of its bytes) only after the replica made it durable,
 *   so duplicates and "conflicted copy" clones are applied once and a crash re-applies at most
 *   (Yjs updates are idempotent, so re-applying never duplicates anything). Damaged files (still
 *   arriving, cut short) and files under a key we lack are retried every round and reported;
 *   order does not matter (Yjs keeps out-of-order structs pending until their dependencies come).
 * - Deleting old files only follows a durable full-state file, so a reader that misses them
 *   loses nothing; deletions by the sync tool of files already applied change nothing.
 * - What we read is marked as published (state vectors merged), so we do not re-publish it.
 * - Every file is written and read through folder-io.ts: no link is ever followed, anything but a
 *   regular file is skipped, and a round reads at most MAX_FOLDER_WRITERS subfolders of at most
 *   MAX_FILES_PER_WRITER files of at most MAX_FOLDER_FILE_BYTES each.
 */
import { createHash } from 'node:crypto'
import { mkdir, readFile, unlink } from 'node:fs/promises'
import { basename, dirname, join, resolve } from 'node:path'
import * as encoding from 'lib0/encoding'
import * as Y from 'yjs'
import { peerOrigin, SYNC_ORIGIN } from '../../../shared/graph'
import { validateUpdate } from '../../../shared/sync'
import type { VaultReplica } from '../store'
import { isDeviceId, type DeviceIdentity } from './device-identity'
import { ensureRealDirectory, listRealDirectory, readFolderFile, writeFolderFile } from './folder-io'
import { openFolderFile, readFolderHeader, sealFolderFile } from './folder-file'
import { applyGuarded, type RemoteRemoval } from './deletion-guard'
import { MEMBERSHIP_FILE, readMembershipFiles, writeMembershipFile } from './folder-membership'
import { inStanding } from './membership-log'
import type { MergeOutcome, SyncState } from './sync-state'

export type FolderIssueReason =
  | 'unknown-key'
  | 'damaged'
  | 'not-kizuna'
  | 'newer-format'
  | 'older-format'
  | 'wrong-writer'
  | 'revoked-writer'
  | 'unknown-writer'
  | 'old-epoch'
  | 'unreadable-update'
  | 'not-a-file'
  | 'too-large'
  | 'too-many-files'

export interface FolderIssue {
  /** Relative to the sync folder. */
  file: string
  reason: FolderIssueReason
}

export interface FolderRoundReport {
  written: string | null
  applied: string[]
  compacted: boolean
  issues: FolderIssue[]
  /** Updates wait for others not yet in the folder. */
  pending: boolean
  /** Files that removed a large share of the people (a backup of the state before each was kept). */
  removals: RemoteRemoval[]
}

export interface FolderSyncOptions {
  /** Write a full-state file and delete the older ones once we have this many (default 16). */
  compactEvery?: number
}

/** Caps on what one round reads: device subfolders, files per subfolder (we compact at 16). */
export const MAX_FOLDER_WRITERS = 64
export const MAX_FILES_PER_WRITER = 256

interface FolderState {
  nextSeq: number
  /** State vector of everything published (written by us or read from the folder). */
  published: string
  /** SHA-256 of our delete set when last written. */
  deleteSetHash: string
  applied: string[]
  /** The key epoch of our last full state: a newer one makes us republish everything under it. */
  epoch?: number
}

const STATE_FILE = 'folder-state.json'
const FILE_PATTERN = /^(\d{10})\.kzs$/
const b64 = (bytes: Uint8Array): string => Buffer.from(bytes).toString('base64')
const sha256 = (bytes: Uint8Array): string => createHash('sha256').update(bytes).digest('hex')

/** Per-client maximum of two state vectors, encoded canonically (clients in descending order). */
function mergeStateVectors(a: Uint8Array, b: Uint8Array): Uint8Array {
  const merged = Y.decodeStateVector(a)
  for (const [client, clock] of Y.decodeStateVector(b)) merged.set(client, Math.max(clock, merged.get(client) ?? 0))
  const encoder = encoding.createEncoder()
  encoding.writeVarUint(encoder, merged.size)
  for (const [client, clock] of [...merged].sort((x, y) => y[0] - x[0])) {
    encoding.writeVarUint(encoder, client)
    encoding.writeVarUint(encoder, clock)
  }
  return encoding.toUint8Array(encoder)
}

export class FolderSync {
  readonly folder: string
  readonly origin = peerOrigin(SYNC_ORIGIN, 'sync:folder')
  private readonly ownId: string
  private readonly ownDir: string
  private readonly statePath: string

  constructor(
    folder: string,
    syncDir: string,
    private readonly identity: DeviceIdentity,
    private readonly replica: VaultReplica,
    private readonly state: SyncState,
    private readonly options: FolderSyncOptions = {},
    /** Told when the folder changed the membership (revocations to enforce, news to pass on). */
    private readonly onMembership: (outcome: MergeOutcome) => void = () => undefined,
  ) {
    this.folder = resolve(folder)
    this.ownId = identity.deviceId
    this.ownDir = join(this.folder, this.ownId)
    this.statePath = join(syncDir, STATE_FILE)
  }

  async round(now = Date.now()): Promise<FolderRoundReport> {
    if (!this.state.currentKey) throw new Error('this device has no vault key yet: pair it, or start a sync group first')
    // The folder itself is the user's choice (it may well be a link); what is inside it is not.
    await mkdir(this.folder, { recursive: true })
    await ensureRealDirectory(this.ownDir)
    const saved = await this.loadState()
    const report: FolderRoundReport = { written: null, applied: [], compacted: false, issues: [], pending: false, removals: [] }
    const writers = (await listRealDirectory(this.folder)).filter((name) => name !== this.ownId && isDeviceId(name)).sort()
    if (writers.length > MAX_FOLDER_WRITERS) report.issues.push({ file: '.', reason: 'too-many-files' })

    const membership = await readMembershipFiles(this.folder, writers.slice(0, MAX_FOLDER_WRITERS), this.state, now)
    report.issues.push(...membership.issues)
    this.onMembership(membership.outcome)
    if (this.state.isRevoked(this.ownId)) throw new Error('this device was removed from the sync group')
    await writeMembershipFile(this.ownDir, this.state, this.identity)
    const key = this.state.currentKey
    if (!key) throw new Error('this device holds no key of the newest epoch yet')

    const doc = this.replica.doc
    const own = (await listRealDirectory(this.ownDir)).map((name) => FILE_PATTERN.exec(name)).filter((m): m is RegExpExecArray => m !== null)
    saved.nextSeq = Math.max(saved.nextSeq, ...own.map((m) => Number(m[1]) + 1))
    const stateVector = Y.encodeStateVector(doc)
    const deleteSetHash = sha256(Y.encodeStateAsUpdate(doc, stateVector))
    const published = mergeStateVectors(saved.published ? Buffer.from(saved.published, 'base64') : new Uint8Array([0]), new Uint8Array([0]))
    const compacting = own.length + 1 >= (this.options.compactEvery ?? 16) || (saved.epoch ?? 1) !== key.epoch
    if (compacting || b64(mergeStateVectors(published, stateVector)) !== b64(published) || deleteSetHash !== saved.deleteSetHash) {
      const name = `${String(saved.nextSeq).padStart(10, '0')}.kzs`
      const update = compacting ? Y.encodeStateAsUpdate(doc) : Y.encodeStateAsUpdate(doc, published)
      await writeFolderFile(this.ownDir, name, sealFolderFile(update, compacting ? 'state' : 'updates', key, this.identity))
      saved.nextSeq++
      if (compacting) saved.epoch = key.epoch
      saved.published = b64(mergeStateVectors(published, stateVector))
      saved.deleteSetHash = deleteSetHash
      report.written = `${this.ownId}/${name}`
      if (compacting) {
        for (const match of own) await unlink(join(this.ownDir, match[0])).catch(() => undefined)
        report.compacted = true
      }
      await this.saveState(saved)
    }

    const applied = new Set(saved.applied)
    const present = new Set<string>()
    for (const writer of writers.slice(0, MAX_FOLDER_WRITERS)) {
      const names = (await listRealDirectory(join(this.folder, writer))).filter((n) => n !== MEMBERSHIP_FILE && !n.startsWith('.') && !n.endsWith('.tmp')).sort()
      if (names.length > MAX_FILES_PER_WRITER) report.issues.push({ file: writer, reason: 'too-many-files' })
      for (const name of names.slice(-MAX_FILES_PER_WRITER)) {
        const file = `${writer}/${name}`
        const read = await readFolderFile(join(this.folder, file))
        if (read.status === 'missing') continue // deleted or replaced by the sync tool while we listed
        if (read.status !== 'ok') {
          report.issues.push({ file, reason: read.status })
          continue
        }
        const bytes = read.bytes
        const hash = sha256(bytes)
        present.add(hash)
        if (applied.has(hash)) continue
        const problem = this.refusal(bytes, writer)
        if (typeof problem === 'string') {
          report.issues.push({ file, reason: problem })
          continue
        }
        const update = problem.payload
        try {
          validateUpdate(update)
        } catch {
          report.issues.push({ file, reason: 'unreadable-update' })
          continue
        }
        const removal = await applyGuarded(this.replica, update, this.origin, writer, now)
        if (removal) report.removals.push(removal)
        saved.published = b64(mergeStateVectors(Buffer.from(saved.published, 'base64'), Y.encodeStateVectorFromUpdate(update)))
        applied.add(hash)
        report.applied.push(file)
      }
    }
    if (report.applied.length > 0) saved.deleteSetHash = sha256(Y.encodeStateAsUpdate(doc, Y.encodeStateVector(doc)))
    // Forget files the sync tool deleted: the hash set stays as small as the folder.
    saved.applied = [...applied].filter((hash) => present.has(hash))
    await this.saveState(saved)
    report.pending = doc.store.pendingStructs !== null || doc.store.pendingDs !== null
    return report
  }

  /** Why the file in `subfolder` is refused, or its verified, decrypted update. */
  private refusal(bytes: Uint8Array, subfolder: string): FolderIssueReason | { payload: Uint8Array } {
    const head = readFolderHeader(bytes)
    if (head.status !== 'ok') return head.status
    const { header } = head
    const membership = this.state.membership
    if (header.kind === 'log') return 'damaged'
    if (this.state.isRevoked(header.writerId)) return 'revoked-writer'
    if (!membership || !inStanding(membership, header.writerId, Math.min(header.epoch, membership.epoch))) return 'unknown-writer'
    if (header.epoch < membership.epoch) return 'old-epoch'
    if (header.epoch > membership.epoch) return 'unknown-key'
    if (header.writerId !== subfolder) return 'wrong-writer'
    const opened = openFolderFile(bytes, header, this.state.keys, this.state.publicKeyOf(header.writerId) ?? new Uint8Array())
    return opened.status === 'ok' ? { payload: opened.payload } : opened.status
  }

  private async loadState(): Promise<FolderState> {
    const empty: FolderState = { nextSeq: 0, published: '', deleteSetHash: '', applied: [] }
    try {
      const all = JSON.parse(await readFile(this.statePath, 'utf8')) as Record<string, FolderState>
      return all[this.folder] ?? empty
    } catch {
      return empty
    }
  }

  private async saveState(state: FolderState): Promise<void> {
    let all: Record<string, FolderState> = {}
    try {
      all = JSON.parse(await readFile(this.statePath, 'utf8')) as Record<string, FolderState>
    } catch {
      all = {}
    }
    all[this.folder] = state
    await writeFolderFile(dirname(this.statePath), basename(this.statePath), new TextEncoder().encode(JSON.stringify(all)))
  }
}
