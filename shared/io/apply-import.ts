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
 * times, ties, records, trash and genders) when every decision is 'new', which is what
 * suggestDecisions gives there whatever the names (a backup's people are never matched with each
 * other); into a non-empty vault its live people are imported like any other file's (ids decide
 * what is certain, find-duplicates.ts), and what connects them follows them to where they ended (a new person or
 * the vault person they were merged into): ties, "introduced by", and the interactions, events,
 * projects and opportunities (records already in the vault, by id, are not written again, so a
 * re-import adds nothing). A record that needs a person the user skipped is left out, with a
 * warning: an interaction with nobody left, or an introduction chain with a missing link.
 * A calendar (.ics): its meetings become interactions and follow-ups (calendar-records.ts); a
 * person an attendee is merged into keeps their profile as it is.
 */
import type * as Y from 'yjs'
import { IMPORT_ORIGIN, readGraph, readPerson, type Person, type PersonId } from '../graph'
import { root } from '../graph'
import { planCalendar, type CalendarCounts } from './calendar-records'
import type { ImportDecision } from './import-decisions'
import { ImportError } from './import-error'
import type { ImportPreview } from './import-types'
import { importVaultJson } from './kizuna-json'
import { checkNotesLength, fromImported, mergeProfiles, patchBetween, toPersonInput, type MergeableProfile } from './merge-values'
import { dryRun, RECORD_KINDS, runOps, type ImportedRecord, type RecordKindName, type WriteOp } from './write-ops'

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
  /** Interactions, events, projects and opportunities written (Kizuna JSON only). */
  records: number
  /** True when a Kizuna JSON backup was restored whole into an empty vault. */
  restored: boolean
  /** A calendar's meetings: what was added and what was not, and why. */
  calendar?: CalendarCounts
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
  const result: ImportResult = { created: [], merged: [], skipped: 0, ties: 0, records: 0, restored: false, warnings: [] }

  if (preview.vault !== undefined && decisions.every((d) => d.action === 'new') && isEmptyVault(doc)) {
    importVaultJson(doc, preview.vault, origin)
    const { ties, interactions, projects, events, opportunities } = preview.vault.graph
    const records = interactions.length + projects.length + events.length + opportunities.length
    return { ...result, created: preview.people.map((p) => p.key), restored: true, ties: ties.length, records }
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
      const patch = preview.calendar === undefined ? patchBetween(lookup(id)!, group.profile) : {}
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

  if (preview.vault !== undefined) {
    const idOfKey = keyMapper(preview, idOfIndex)
    ops.push(...introducerOps(preview, idOfKey, lookup), ...tieOps(preview, idOfKey, doc, result), ...recordOps(preview, idOfKey, doc, result))
  }
  if (preview.calendar !== undefined) {
    const plan = planCalendar(preview.calendar, (index) => idOfIndex.get(index), readGraph(doc))
    const at = new Map(preview.calendar.meetings.map((m) => [m.id, m.at]))
    for (const record of plan.interactions) ops.push({ op: 'record', kind: 'interaction', record, at: at.get(record.id) ?? null })
    for (const record of plan.followUps) ops.push({ op: 'record', kind: 'event', record, at: null })
    result.records = plan.interactions.length + plan.followUps.length
    result.calendar = plan.counts
  }
  const recordExists = (kind: RecordKindName, id: string) => root(doc, RECORD_KINDS[kind].root).has(id)
  runOps(
    doc,
    dryRun(ops, (id) => lookup(id) !== null, live, recordExists),
    origin,
    options.now,
  )
  return result
}

/** Maps a backup's person id to where that person ended in the vault, or undefined if skipped. */
function keyMapper(preview: ImportPreview, idOfIndex: Map<number, PersonId>): (key: PersonId) => PersonId | undefined {
  const indexOfKey = new Map(preview.people.map((p, i) => [p.key, i]))
  return (key) => idOfIndex.get(indexOfKey.get(key) ?? -1)
}

/** "Introduced by" from the backup, re-pointed; set only where the person has none yet. */
function introducerOps(preview: ImportPreview, idOfKey: (key: PersonId) => PersonId | undefined, lookup: (id: PersonId) => Person | null): WriteOp[] {
  const ops: WriteOp[] = []
  const done = new Set<PersonId>()
  for (const person of preview.vault!.graph.people) {
    const id = idOfKey(person.id)
    const by = person.howWeMet.introducedBy === null ? undefined : idOfKey(person.howWeMet.introducedBy)
    if (id === undefined || by === undefined || by === id || done.has(id)) continue
    if ((lookup(id)?.howWeMet.introducedBy ?? null) !== null) continue
    done.add(id)
    ops.push({ op: 'update', id, patch: { howWeMet: { introducedBy: by } }, at: null })
  }
  return ops
}

function tieOps(preview: ImportPreview, idOfKey: (key: PersonId) => PersonId | undefined, doc: Y.Doc, result: ImportResult): WriteOp[] {
  const existing = new Set(readGraph(doc).ties.map((t) => t.id))
  const ops: WriteOp[] = []
  const done = new Set<string>()
  for (const tie of preview.vault!.graph.ties) {
    const a = idOfKey(tie.a)
    const b = idOfKey(tie.b)
    if (a === undefined || b === undefined || a === b) continue
    const id = a < b ? `${a}:${b}` : `${b}:${a}`
    if (existing.has(id) || done.has(id)) continue
    done.add(id)
    ops.push({ op: 'link', a, b, tie: { kind: tie.kind, strength: tie.strength, since: tie.since, notes: tie.notes }, at: null })
    result.ties++
  }
  return ops
}

/** The backup's records with their people re-pointed; records already in the vault are left alone. */
function recordOps(preview: ImportPreview, idOfKey: (key: PersonId) => PersonId | undefined, doc: Y.Doc, result: ImportResult): WriteOp[] {
  const { graph } = preview.vault!
  const ops: WriteOp[] = []
  let leftOut = 0
  const ids = (keys: readonly PersonId[]) => [...new Set(keys.map(idOfKey).filter((id): id is PersonId => id !== undefined))]
  const add = (kind: RecordKindName, record: ImportedRecord | null) => {
    if (record === null) leftOut++
    else ops.push({ op: 'record', kind, record, at: null })
  }
  const fresh = <T extends { id: string }>(kind: RecordKindName, list: readonly T[]) => list.filter((r) => !root(doc, RECORD_KINDS[kind].root).has(r.id))
  for (const r of fresh('interaction', graph.interactions)) {
    const personIds = ids(r.personIds)
    add('interaction', personIds.length === 0 ? null : { ...r, personIds })
  }
  for (const r of fresh('event', graph.events)) {
    const met = new Map<PersonId, (typeof r.met)[number]>()
    for (const m of r.met) {
      const personId = idOfKey(m.personId)
      if (personId !== undefined && !met.has(personId)) met.set(personId, { ...m, personId })
    }
    add('event', { ...r, met: [...met.values()] })
  }
  for (const r of fresh('project', graph.projects)) add('project', { ...r, memberIds: ids(r.memberIds) })
  for (const r of fresh('opportunity', graph.opportunities)) {
    const via = r.viaPersonIds.map(idOfKey)
    add('opportunity', via.every((id) => id !== undefined) ? { ...r, viaPersonIds: via } : null)
  }
  result.records = ops.length
  if (leftOut > 0) result.warnings.push(`${leftOut} interaction(s) or opportunity(ies) were left out: they involve only people you skipped, or an introduction chain through one`)
  return ops
}
