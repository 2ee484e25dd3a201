/**
 * Writes a previewed import into the vault, all or nothing, in ONE transaction with the caller's
 * origin (IMPORT_ORIGIN by default).
 *
 * Order: the decisions are checked against the preview (one per person; merges point at a live
 * vault person or at another incoming person that is not skipped, without cycles); every merge
 * group is folded into one profile (merge-values.ts); the resulting graph operations are checked
 * in full without writing (write-ops.ts); only then is the vault written. Any problem throws ImportError
 * and leaves the vault untouched.
 *
 * Ids: a new person gets their import key as id (deterministic, so a re-import finds them), or,
 * when the user chose "keep both" and that id is taken, the key with "-k2", "-k3"...
 * Kizuna JSON: into a vault without people the backup is restored exactly (kizuna-json.ts, ids,
 * times, ties, records, trash and genders); into a non-empty vault its live people and their ties
 * are imported like any other file (records are not: a warning says so).
 */
import type * as Y from 'yjs'
import { IMPORT_ORIGIN, readGraph, readPerson, type Person, type PersonId } from '../graph'
import type { ImportDecision } from './import-decisions'
import { ImportError } from './import-error'
import type { ImportPreview } from './import-types'
import { importVaultJson } from './kizuna-json'
import { checkNotesLength, fromImported, mergeProfiles, patchBetween, toPersonInput, type MergeableProfile } from './merge-values'
import { dryRun, runOps, type WriteOp } from './write-ops'

export interface ApplyImportOptions {
  origin?: unknown
  /** Clock for createdAt/updatedAt, ms since epoch. */
  now?: number
}

export interface ImportResult {
  created: PersonId[]
  merged: PersonId[]
  skipped: number
  ties: number
  /** True when a Kizuna JSON backup was restored whole into an empty vault. */
  restored: boolean
  warnings: string[]
}

function profileOf(preview: ImportPreview, index: number): MergeableProfile {
  const incoming = preview.people[index]
  const full = preview.vault?.graph.people.find((p) => p.id === incoming.key)
  if (full !== undefined) {
    const { id: _id, createdAt: _c, updatedAt: _u, deletedAt: _d, ...rest } = full
    return { ...rest, howWeMet: { ...rest.howWeMet, introducedBy: null }, title: null }
  }
  return fromImported(incoming)
}

/** For each incoming index: the root it ends in (an incoming index or a vault id), or null if skipped. */
function resolveTargets(preview: ImportPreview, decisions: readonly ImportDecision[], live: (id: PersonId) => boolean): ({ file: number } | { vault: PersonId } | null)[] {
  if (decisions.length !== preview.people.length) {
    throw new ImportError('invalid-decision', `${decisions.length} decisions for ${preview.people.length} people`)
  }
  const resolve = (start: number): { file: number } | { vault: PersonId } | null => {
    const seen = new Set<number>()
    let index = start
    for (;;) {
      const decision = decisions[index]
      const at = preview.people[index].source
      if (decision === undefined || !['new', 'skip', 'merge'].includes(decision.action)) throw new ImportError('invalid-decision', 'unknown decision', at)
      if (decision.action === 'skip') {
        if (index !== start) throw new ImportError('invalid-decision', 'merged into a person who is skipped', preview.people[start].source)
        return null
      }
      if (decision.action === 'new') return { file: index }
      const into = decision.into
      if (into.kind === 'vault') {
        if (!live(into.personId)) throw new ImportError('invalid-decision', `no person "${into.personId}" to merge into`, at)
        return { vault: into.personId }
      }
      if (!Number.isInteger(into.index) || into.index < 0 || into.index >= preview.people.length || seen.has(into.index) || into.index === index) {
        throw new ImportError('invalid-decision', 'merge target is not another incoming person (or the merges form a cycle)', at)
      }
      seen.add(index)
      index = into.index
    }
  }
  return preview.people.map((_, i) => resolve(i))
}

function groupKey(root: { file: number } | { vault: PersonId }): string {
  return 'vault' in root ? `v:${root.vault}` : `f:${root.file}`
}

function isEmptyVault(doc: Y.Doc): boolean {
  const graph = readGraph(doc)
  return graph.people.length === 0 && graph.trash.length === 0
}

export function applyImport(doc: Y.Doc, preview: ImportPreview, decisions: readonly ImportDecision[], options: ApplyImportOptions = {}): ImportResult {
  const origin = options.origin ?? IMPORT_ORIGIN
  const people = new Map<PersonId, Person>()
  const lookup = (id: PersonId) => {
    if (!people.has(id)) {
      const p = readPerson(doc, id)
      if (p !== null) people.set(id, p)
    }
    return people.get(id) ?? null
  }
  const live = (id: PersonId) => lookup(id)?.deletedAt === null
  const targets = resolveTargets(preview, decisions, live)
  const result: ImportResult = { created: [], merged: [], skipped: 0, ties: 0, restored: false, warnings: [] }

  if (preview.vault !== undefined && decisions.every((d) => d.action === 'new') && isEmptyVault(doc)) {
    importVaultJson(doc, preview.vault, origin)
    return { ...result, created: preview.people.map((p) => p.key), restored: true, ties: preview.vault.graph.ties.length }
  }

  // Fold each group into one profile, keyed by the group's root.
  const groups = new Map<string, { root: { file: number } | { vault: PersonId }; profile: MergeableProfile; first: number }>()
  targets.forEach((target, index) => {
    if (target === null) {
      result.skipped++
      return
    }
    const key = groupKey(target)
    let group = groups.get(key)
    if (group === undefined) {
      // The group's root is the base: a file person merged into a later one keeps the later one's values.
      const base = 'vault' in target ? { ...lookup(target.vault)!, title: null } : profileOf(preview, target.file)
      group = { root: target, profile: base, first: index }
      groups.set(key, group)
    }
    if ('vault' in target || target.file !== index) group.profile = mergeProfiles(group.profile, profileOf(preview, index))
  })

  const ops: WriteOp[] = []
  const idOfIndex = new Map<number, PersonId>()
  const idOfGroup = new Map<string, PersonId>()
  const taken = new Set<PersonId>()
  for (const group of groups.values()) {
    const at = preview.people[group.first].source
    const tooLong = checkNotesLength(group.profile)
    if (tooLong !== null) throw new ImportError('invalid-data', tooLong, at)
    let id: PersonId
    if ('vault' in group.root) {
      id = group.root.vault
      const patch = patchBetween(lookup(id)!, group.profile)
      if (Object.keys(patch).length > 0) ops.push({ op: 'update', id, patch, at })
      result.merged.push(id)
    } else {
      const key = preview.people[group.root.file].key
      id = key
      for (let n = 2; lookup(id) !== null || taken.has(id); n++) id = `${key}-k${n}`
      taken.add(id)
      ops.push({ op: 'add', input: toPersonInput(id, group.profile), at })
      result.created.push(id)
    }
    idOfGroup.set(groupKey(group.root), id)
  }
  targets.forEach((t, index) => {
    if (t !== null) idOfIndex.set(index, idOfGroup.get(groupKey(t))!)
  })

  if (preview.vault !== undefined) ops.push(...tieOps(preview, idOfIndex, doc, result))
  dryRun(ops, (id) => lookup(id) !== null, live)
  runOps(doc, ops, origin, options.now)
  return result
}

function tieOps(preview: ImportPreview, idOfIndex: Map<number, PersonId>, doc: Y.Doc, result: ImportResult): WriteOp[] {
  const vault = preview.vault!
  const indexOfKey = new Map(preview.people.map((p, i) => [p.key, i]))
  const existing = new Set(readGraph(doc).ties.map((t) => t.id))
  const ops: WriteOp[] = []
  const done = new Set<string>()
  for (const tie of vault.graph.ties) {
    const a = idOfIndex.get(indexOfKey.get(tie.a) ?? -1)
    const b = idOfIndex.get(indexOfKey.get(tie.b) ?? -1)
    if (a === undefined || b === undefined || a === b) continue
    const id = a < b ? `${a}:${b}` : `${b}:${a}`
    if (existing.has(id) || done.has(id)) continue
    done.add(id)
    ops.push({ op: 'link', a, b, tie: { kind: tie.kind, strength: tie.strength, since: tie.since, notes: tie.notes }, at: null })
    result.ties++
  }
  const records = vault.graph.interactions.length + vault.graph.projects.length + vault.graph.events.length + vault.graph.opportunities.length
  if (records > 0) result.warnings.push(`${records} interactions, projects, events and opportunities were not imported: the vault is not empty (restore the backup into an empty vault to keep them)`)
  return ops
}
