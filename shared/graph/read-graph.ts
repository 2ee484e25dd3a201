/**
 * Plain snapshots of the vault. Deterministic: every list is in id order, so two replicas with
 * the same state read equal snapshots (the convergence property test relies on it).
 * Visibility is decided here, never stored: a tie shows only while linked and while both ends
 * exist outside the trash, so restoring a person brings their ties back.
 */
import * as Y from 'yjs'
import { readMe } from './me'
import { isTrashed, readPersonRow } from './people'
import { EVENT, INTERACTION, OPPORTUNITY, PROJECT, readRecords } from './records'
import { root, rowOf, SCHEMA_VERSION, tieEnds, tieIdOf, tieKey } from './schema'
import { linkedTieIds, readTieFields } from './ties'
import type { GraphSnapshot, Person, PersonId, Tie, TieId } from './types'

const compareIds = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0)
const byId = (a: { id: string }, b: { id: string }) => compareIds(a.id, b.id)

/** Every person, in the trash or not, in id order. */
export function readAllPeople(doc: Y.Doc): Person[] {
  const out: Person[] = []
  root(doc, 'people').forEach((row, id) => {
    if (row instanceof Y.Map) out.push(readPersonRow(id, row as Y.Map<unknown>))
  })
  return out.sort(byId)
}

/**
 * readGraph's `people` (live, in id order) read a slice at a time, for a process that must keep
 * serving while it reads a large vault: yields how many rows it has read, of the rows there when
 * it started, every `every` rows. The doc may change between slices; each row is read as it is
 * when its turn comes, and a row no longer in the vault then is left out.
 */
export function* readLivePeopleInSlices(doc: Y.Doc, every: number): Generator<{ done: number; total: number }, Person[], void> {
  const people = root(doc, 'people')
  const rows: [PersonId, Y.Map<unknown>][] = []
  people.forEach((row, id) => {
    if (row instanceof Y.Map) rows.push([id, row as Y.Map<unknown>])
  })
  const out: Person[] = []
  for (let i = 0; i < rows.length; i++) {
    if (i % every === 0) yield { done: i, total: rows.length }
    const [id, row] = rows[i]
    if (people.get(id) !== row) continue
    const person = readPersonRow(id, row)
    if (person.deletedAt === null) out.push(person)
  }
  return out.sort(byId)
}

function tieOf(doc: Y.Doc, id: TieId): Tie {
  const [a, b] = tieEnds(id)
  return { id, a, b, ...readTieFields(doc, id) }
}

/** The ids of the visible ties (linked, both ends in `live`, the live people's ids), in id order. */
function visibleTieIds(doc: Y.Doc, live: ReadonlySet<PersonId>): TieId[] {
  return linkedTieIds(doc)
    .filter((id) => tieEnds(id).every((end) => live.has(end)))
    .sort(compareIds)
}

/** The visible ties (linked, both ends outside the trash), in id order; `live` is the set of live people's ids. */
export function readVisibleTies(doc: Y.Doc, live: ReadonlySet<PersonId>): Tie[] {
  return visibleTieIds(doc, live).map((id) => tieOf(doc, id))
}

/** The ids readGraph lists, in its order, without reading the rows: live people, the trash, visible ties. */
export interface GraphIds {
  people: PersonId[]
  trash: PersonId[]
  ties: TieId[]
}

/**
 * What readGraph lists as ids, so an export can read one person or tie at a time (readPerson,
 * readListedTie) instead of holding 100,000 of them at once.
 */
export function readGraphIds(doc: Y.Doc): GraphIds {
  const people: PersonId[] = []
  const trash: PersonId[] = []
  root(doc, 'people').forEach((row, id) => {
    if (row instanceof Y.Map) (isTrashed(row as Y.Map<unknown>) ? trash : people).push(id)
  })
  people.sort(compareIds)
  trash.sort(compareIds)
  return { people, trash, ties: visibleTieIds(doc, new Set(people)) }
}

/** A tie listed by readGraphIds, as readGraph reads it. */
export function readListedTie(doc: Y.Doc, id: TieId): Tie {
  return tieOf(doc, id)
}

/** The records later issues added (interactions, projects, events, opportunities), each list in id order. */
export function readWorkflowRecords(doc: Y.Doc): Pick<GraphSnapshot, 'interactions' | 'projects' | 'events' | 'opportunities'> {
  return {
    interactions: readRecords(doc, INTERACTION),
    projects: readRecords(doc, PROJECT),
    events: readRecords(doc, EVENT),
    opportunities: readRecords(doc, OPPORTUNITY),
  }
}

export function readGraph(doc: Y.Doc): GraphSnapshot {
  const all = readAllPeople(doc)
  const people = all.filter((p) => p.deletedAt === null)
  return {
    schemaVersion: SCHEMA_VERSION,
    me: readMe(doc),
    people,
    ties: readVisibleTies(doc, new Set(people.map((p) => p.id))),
    trash: all.filter((p) => p.deletedAt !== null),
    ...readWorkflowRecords(doc),
  }
}

/**
 * Linked ties hidden because an end is in the trash (not purged): what comes back on restore.
 * The JSON export carries them so a backup round-trips the trash whole.
 */
export function readTrashedTies(doc: Y.Doc): Tie[] {
  const people = root(doc, 'people')
  const live = new Set<PersonId>()
  for (const [id, row] of people.entries()) if (row instanceof Y.Map && !isTrashed(row as Y.Map<unknown>)) live.add(id)
  return linkedTieIds(doc)
    .filter((id) => {
      const ends = tieEnds(id)
      return ends.every((end) => people.has(end)) && !ends.every((end) => live.has(end))
    })
    .map((id) => tieOf(doc, id))
    .sort(byId)
}

/** The tie between two people if it is linked and visible, else null. */
export function readTie(doc: Y.Doc, a: PersonId, b: PersonId): Tie | null {
  const id = tieIdOf(a, b)
  if (root(doc, 'ties').get(tieKey(id, 'linked')) !== true) return null
  const live = (end: PersonId) => {
    const row = rowOf(doc, 'people', end)
    return row !== undefined && !isTrashed(row)
  }
  return live(a) && live(b) ? tieOf(doc, id) : null
}
