/**
 * The manual "merge these two people": `keepId` absorbs `mergeId`, in ONE transaction with the
 * caller's origin, so an undo manager tracking that origin (createUndoManager) undoes it in one step.
 *
 *  - Values: merge-values.ts (union of sets, empty fields filled, conflicts as note lines).
 *  - Ties of the merged person move to the kept one. Where both already had a tie to the same
 *    person, the kept tie stays with the stronger strength, and the other tie's notes appended.
 *    A tie between the two is dropped. Ties to people in the trash stay with the merged person.
 *  - "Introduced by" and the person lists of interactions, projects, events and opportunities
 *    point at the kept person afterwards.
 *  - The merged person goes to the trash (restorable; their old ties are unlinked).
 * Everything is checked before the transaction opens; a GraphError means nothing was written.
 */
import type * as Y from 'yjs'
import {
  deletePerson,
  GraphError,
  LOCAL_ORIGIN,
  linkPeople,
  readGraph,
  readPerson,
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
import { checkNotesLength, mergeProfiles, patchBetween } from './merge-values'

export function mergePeople(doc: Y.Doc, keepId: PersonId, mergeId: PersonId, options: WriteOptions = {}): void {
  if (keepId === mergeId) throw new GraphError('invalid-input', 'a person cannot be merged into themselves', ['mergeId'])
  const keep = readPerson(doc, keepId)
  const merge = readPerson(doc, mergeId)
  for (const [p, id, what] of [[keep, keepId, 'keepId'], [merge, mergeId, 'mergeId']] as const) {
    if (p === null) throw new GraphError('not-found', `${what}: no person with id "${id}"`, [what])
    if (p.deletedAt !== null) throw new GraphError('in-trash', `${what}: person "${id}" is in the trash`, [what])
  }
  const other = { ...merge!, title: null, howWeMet: { ...merge!.howWeMet, introducedBy: merge!.howWeMet.introducedBy === keepId ? null : merge!.howWeMet.introducedBy } }
  const merged = mergeProfiles({ ...keep!, title: null }, other)
  const tooLong = checkNotesLength(merged)
  if (tooLong !== null) throw new GraphError('invalid-input', tooLong, ['notes'])
  const patch = patchBetween(keep!, merged)
  const graph = readGraph(doc)
  const swap = (ids: readonly PersonId[]) => [...new Set(ids.map((id) => (id === mergeId ? keepId : id)))]
  const opts = { ...options, origin: options.origin ?? LOCAL_ORIGIN }

  doc.transact(() => {
    if (Object.keys(patch).length > 0) updatePerson(doc, keepId, patch, opts)
    const keptTies = new Map(graph.ties.filter((t) => t.a === keepId || t.b === keepId).map((t) => [t.a === keepId ? t.b : t.a, t]))
    for (const tie of graph.ties) {
      if (tie.a !== mergeId && tie.b !== mergeId) continue
      const end = tie.a === mergeId ? tie.b : tie.a
      unlinkPeople(doc, tie.a, tie.b, opts)
      if (end === keepId) continue
      const kept = keptTies.get(end)
      if (kept === undefined) {
        linkPeople(doc, keepId, end, { kind: tie.kind, strength: tie.strength, since: tie.since, notes: tie.notes }, opts)
      } else {
        const notes = tie.notes === '' || kept.notes.includes(tie.notes) ? kept.notes : kept.notes === '' ? tie.notes : `${kept.notes}\n\n${tie.notes}`
        updateTie(doc, keepId, end, { strength: Math.max(kept.strength, tie.strength) as 1 | 2 | 3, notes, since: kept.since ?? tie.since }, opts)
      }
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
