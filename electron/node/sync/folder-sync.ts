/**
 * Sync through a folder that another tool replicates (Syncthing, Dropbox, iCloud Drive, ...).
 *
 *   <folder>/<device id>/<seq, 10 digits>.kzs    sealed files (folder-file.ts), one writer each
 *
 * A round: (1) write our unpublished changes as one new file in our own subfolder (temp file,
 * fsync, rename: a reader never sees our half-written file under its final name); (2) read every
 * other device's subfolder and apply each new file; (3) every `compactEvery` files, write our
 * full state as one file and then delete our older ones.
 *
 * Invariants:
 * - We write only inside our own subfolder; a file whose sealed writer id is not its subfolder's
 *   name, or whose writer is revoked, is ignored and reported.
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
import { SYNC_ORIGIN } from '../../../shared/graph/origins'
import { validateUpdate } from '../../../shared/sync/update-validator'
import type { VaultReplica } from '../store'
import { isDeviceId } from './device-identity'
import { ensureRealDirectory, listRealDirectory, readFolderFile, writeFolderFile } from './folder-io'
import { openFolderFile, sealFolderFile } from './folder-file'
import type { SyncState } from './sync-state'

export type FolderIssueReason = 'unknown-key' | 'damaged' | 'not-kizuna' | 'newer-format' | 'wrong-writer' | 'revoked-writer' | 'unreadable-update' | 'not-a-file' | 'too-large' | 'too-many-files'

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
  readonly origin = { source: SYNC_ORIGIN, peerId: 'sync:folder' } as const
  private readonly ownDir: string
  private readonly statePath: string

  constructor(
    folder: string,
    syncDir: string,
    private readonly ownId: string,
    private readonly replica: VaultReplica,
    private readonly state: SyncState,
    private readonly options: FolderSyncOptions = {},
  ) {
    this.folder = resolve(folder)
    this.ownDir = join(this.folder, ownId)
    this.statePath = join(syncDir, STATE_FILE)
  }

  async round(): Promise<FolderRoundReport> {
    const key = this.state.currentKey
    if (!key) throw new Error('this device has no vault key yet: pair it, or start a sync group first')
    // The folder itself is the user's choice (it may well be a link); what is inside it is not.
    await mkdir(this.folder, { recursive: true })
    await ensureRealDirectory(this.ownDir)
    const saved = await this.loadState()
    const report: FolderRoundReport = { written: null, applied: [], compacted: false, issues: [], pending: false }

    const doc = this.replica.doc
    const own = (await listRealDirectory(this.ownDir)).map((name) => FILE_PATTERN.exec(name)).filter((m): m is RegExpExecArray => m !== null)
    saved.nextSeq = Math.max(saved.nextSeq, ...own.map((m) => Number(m[1]) + 1))
    const stateVector = Y.encodeStateVector(doc)
    const deleteSetHash = sha256(Y.encodeStateAsUpdate(doc, stateVector))
    const published = mergeStateVectors(saved.published ? Buffer.from(saved.published, 'base64') : new Uint8Array([0]), new Uint8Array([0]))
    const compacting = own.length + 1 >= (this.options.compactEvery ?? 16)
    if (compacting || b64(mergeStateVectors(published, stateVector)) !== b64(published) || deleteSetHash !== saved.deleteSetHash) {
      const name = `${String(saved.nextSeq).padStart(10, '0')}.kzs`
      const update = compacting ? Y.encodeStateAsUpdate(doc) : Y.encodeStateAsUpdate(doc, published)
      await writeFolderFile(this.ownDir, name, sealFolderFile(update, compacting ? 'state' : 'updates', key, this.ownId))
      saved.nextSeq++
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
    const writers = (await listRealDirectory(this.folder)).filter((name) => name !== this.ownId && isDeviceId(name)).sort()
    if (writers.length > MAX_FOLDER_WRITERS) report.issues.push({ file: '.', reason: 'too-many-files' })
    for (const writer of writers.slice(0, MAX_FOLDER_WRITERS)) {
      const names = (await listRealDirectory(join(this.folder, writer))).filter((n) => !n.startsWith('.') && !n.endsWith('.tmp')).sort()
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
        if (this.state.isRevoked(writer)) {
          report.issues.push({ file, reason: 'revoked-writer' })
          continue
        }
        const opened = openFolderFile(bytes, this.state.keys)
        if (opened.status !== 'ok') {
          report.issues.push({ file, reason: opened.status })
          continue
        }
        if (opened.writerId !== writer) {
          report.issues.push({ file, reason: 'wrong-writer' })
          continue
        }
        try {
          validateUpdate(opened.update)
        } catch {
          report.issues.push({ file, reason: 'unreadable-update' })
          continue
        }
        await this.replica.applyUpdate(opened.update, this.origin)
        saved.published = b64(mergeStateVectors(Buffer.from(saved.published, 'base64'), Y.encodeStateVectorFromUpdate(opened.update)))
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
