/**
 * What a person's page says at a glance, from the graph: last real contact, the strongest ties.
 * Plain data; PersonHeader words it. Last contact uses the same definition as Today
 * (shared/workflow REAL_CONTACT_KINDS, events where we met).
 */
import type { GraphSnapshot, Person, PersonId, Tie } from '../../../shared/graph'
import { REAL_CONTACT_KINDS } from '../../../shared/workflow'

/** How many ties the header names. */
const STRONGEST = 3

export interface PersonFacts {
  lastContact: string | null
  strongest: { personId: PersonId; name: string; strength: Tie['strength'] }[]
}

export function personFacts(graph: GraphSnapshot, person: Person): PersonFacts {
  let lastContact: string | null = null
  for (const i of graph.interactions) {
    if (REAL_CONTACT_KINDS.has(i.kind) && i.personIds.includes(person.id) && (lastContact === null || i.date > lastContact)) lastContact = i.date
  }
  for (const e of graph.events) {
    if (e.date !== null && e.met.some((m) => m.personId === person.id) && (lastContact === null || e.date > lastContact)) lastContact = e.date
  }
  const names = new Map(graph.people.map((p) => [p.id, p.name]))
  const strongest = graph.ties
    .filter((t) => t.a === person.id || t.b === person.id)
    .map((t) => ({ tie: t, other: t.a === person.id ? t.b : t.a }))
    .filter(({ other }) => names.has(other))
    .sort((x, y) => y.tie.strength - x.tie.strength || (x.tie.since ?? '9999').localeCompare(y.tie.since ?? '9999') || x.other.localeCompare(y.other))
    .slice(0, STRONGEST)
    .map(({ tie, other }) => ({ personId: other, name: names.get(other) ?? other, strength: tie.strength }))
  return { lastContact, strongest }
}
