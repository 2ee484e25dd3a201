/**
 * The manual "merge these two people": `keepId` absorbs `mergeId`, in ONE transaction with the
 * caller's origin, so an undo manager tracking that origin (createUndoManager) undoes it in one step.
 *
 *  - Values: merge-values.ts (union of sets, empty fields filled, conflicts as note lines).
 *  - Ties of the merged person move to the kept one. Where both already had a tie to the same
 *    person, the kept tie stays with the stronger strength, and the other tie's notes appended.
 *    A tie between the two is dropped. Ties to people in the trash move too (the trashed end is
 *    restored for the link and trashed again with its old time, inside the same transaction), so
 *    restoring that person later brings the tie back on the kept person.
 *  - "Introduced by" and the person lists of interactions, projects, events and opportunities
 *    point at the kept person afterwards.
 *  - The merged person goes to the trash (restorable; their old ties are unlinked).
 * Everything is checked before the transaction opens (the patch and every tie change are parsed
 * with the graph's own schemas, without a scratch document); a GraphError means nothing was written.
 */
import type * as Y from 'yjs'
import {
  deletePerson,
  GraphError,
  LOCAL_ORIGIN,
  linkPeople,
  readGraph,
  readPerson,
  readTrashedTies,
  restorePerson,
  unlinkPeople,
  updateEvent,
  updateInteraction,
  updateOpportunity,
  updatePerson,
  updateProject,
  updateTie,
  type PersonId,
  type WriteOptions,
} from '../graph'
import { personPatchSchema, tiePatchSchema } from '../graph'
import { checkNotesLength, mergeProfiles, patchBetween } from './merge-values'

function check(schema: typeof personPatchSchema | typeof tiePatchSchema, value: unknown, what: string): void {
  const result = schema.safeParse(value)
  if (result.success) return
  const issue = result.error.issues[0]
  throw new GraphError(
    'invalid-input',
    `${what}.${issue.path.map(String).join('.')}: ${issue.message}`,
    issue.path.map((p) => (typeof p === 'number' ? p : String(p))),
  )
}

function joinNotes(kept: string, other: string): string {
  return other === '' || kept.includes(other) ? kept : kept === '' ? other : `${kept}\n\n${other}`
}

export function mergePeople(doc: Y.Doc, keepId: PersonId, mergeId: PersonId, options: WriteOptions = {}): void {
  if (keepId === mergeId) throw new GraphError('invalid-input', 'a person cannot be merged into themselves', ['mergeId'])
  const keep = readPerson(doc, keepId)
  const merge = readPerson(doc, mergeId)
  for (const [p, id, what] of [
    [keep, keepId, 'keepId'],
    [merge, mergeId, 'mergeId'],
  ] as const) {
    if (p === null) throw new GraphError('not-found', `${what}: no person with id "${id}"`, [what])
    if (p.deletedAt !== null) throw new GraphError('in-trash', `${what}: person "${id}" is in the trash`, [what])
  }
  const other = { ...merge!, title: null, howWeMet: { ...merge!.howWeMet, introducedBy: merge!.howWeMet.introducedBy === keepId ? null : merge!.howWeMet.introducedBy } }
  const merged = mergeProfiles({ ...keep!, title: null }, other)
  const tooLong = checkNotesLength(merged)
  if (tooLong !== null) throw new GraphError('invalid-input', tooLong, ['notes'])
  const patch = patchBetween(keep!, merged)
  check(personPatchSchema, patch, 'patch')
  const graph = readGraph(doc)
  const trashedTies = readTrashedTies(doc)
  const deletedAt = new Map(graph.trash.map((p) => [p.id, p.deletedAt!]))
  const swap = (ids: readonly PersonId[]) => [...new Set(ids.map((id) => (id === mergeId ? keepId : id)))]
  const opts = { ...options, origin: options.origin ?? LOCAL_ORIGIN }
  const allTies = [...graph.ties, ...trashedTies]
  const keptTies = new Map(allTies.filter((t) => t.a === keepId || t.b === keepId).map((t) => [t.a === keepId ? t.b : t.a, t]))
  const moves = allTies
    .filter((t) => t.a === mergeId || t.b === mergeId)
    .map((tie) => {
      const end = tie.a === mergeId ? tie.b : tie.a
      const kept = end === keepId ? undefined : keptTies.get(end)
      const update =
        kept === undefined ? null : { strength: Math.max(kept.strength, tie.strength) as 1 | 2 | 3, notes: joinNotes(kept.notes, tie.notes), since: kept.since ?? tie.since }
      if (update !== null) check(tiePatchSchema, update, 'tie')
      return { tie, end, update }
    })

  doc.transact(() => {
    if (Object.keys(patch).length > 0) updatePerson(doc, keepId, patch, opts)
    for (const { tie, end, update } of moves) {
      unlinkPeople(doc, tie.a, tie.b, opts)
      if (end === keepId) continue
      if (update !== null) {
        updateTie(doc, keepId, end, update, opts)
        continue
      }
      const trashedAt = deletedAt.get(end)
      if (trashedAt !== undefined) restorePerson(doc, end, opts)
      linkPeople(doc, keepId, end, { kind: tie.kind, strength: tie.strength, since: tie.since, notes: tie.notes }, opts)
      if (trashedAt !== undefined) deletePerson(doc, end, { ...opts, now: trashedAt })
    }
    for (const p of [...graph.people, ...graph.trash]) {
      if (p.howWeMet.introducedBy === mergeId && p.id !== mergeId) updatePerson(doc, p.id, { howWeMet: { introducedBy: p.id === keepId ? null : keepId } }, opts)
    }
    for (const r of graph.interactions) if (r.personIds.includes(mergeId)) updateInteraction(doc, r.id, { personIds: swap(r.personIds) }, opts)
    for (const r of graph.projects) if (r.memberIds.includes(mergeId)) updateProject(doc, r.id, { memberIds: swap(r.memberIds) }, opts)
    for (const r of graph.opportunities) if (r.viaPersonIds.includes(mergeId)) updateOpportunity(doc, r.id, { viaPersonIds: swap(r.viaPersonIds) }, opts)
    for (const r of graph.events) {
      if (r.met.some((m) => m.personId === mergeId)) {
        const met = new Map<PersonId, { personId: PersonId; exchange: string }>()
        for (const m of r.met) {
          const personId = m.personId === mergeId ? keepId : m.personId
          const prior = met.get(personId)
          met.set(personId, { personId, exchange: prior === undefined || prior.exchange === '' ? m.exchange : prior.exchange })
        }
        updateEvent(doc, r.id, { met: [...met.values()] }, opts)
      }
    }
    deletePerson(doc, mergeId, opts)
  }, opts.origin)
}
