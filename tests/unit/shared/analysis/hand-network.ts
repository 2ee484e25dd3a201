/** Small hand-built vaults for the consult and reach tests: every field explicit, dates from NOW. */
import { blankPerson, blankProfile, type GraphSnapshot, type Interaction, type Me, type Person, type Tie, type TieStrength } from '../../../../shared/graph'

export const NOW = Date.parse('2025-06-01T12:00:00Z')
const DAY = 86_400_000

export function daysAgo(days: number): string {
  return new Date(NOW - days * DAY).toISOString().slice(0, 10)
}

/** Everything about me unknown; the tests say what they need. */
const blank = blankProfile('Me')

export const ME: Me = { ...blank, gender: 'man', ageBand: '30s', values: ['achievement'], industry: 'J', updatedAt: NOW }
/** Me with nothing known, so "different from me" is neutral for everyone. */
export const UNKNOWN_ME: Me = { ...blank, updatedAt: NOW }

/** A person I know only of (no role, no contact, no "how we met"), unless `overrides` say more. */
export function person(id: string, overrides: Partial<Person> = {}): Person {
  return blankPerson(id, id, { createdAt: NOW - 1000 * DAY, updatedAt: NOW, ...overrides })
}

/** An advisor like ME: a man in his 30s in IT who values achievement. */
export function advisor(id: string, overrides: Partial<Person> = {}): Person {
  return person(id, { roles: ['advisor'], gender: 'man', ageBand: '30s', values: ['achievement'], industry: 'J', ...overrides })
}

export function met(days: number): Partial<Person> {
  return { howWeMet: { where: 'somewhere', when: daysAgo(days), introducedBy: null } }
}

export function tie(a: string, b: string, strength: TieStrength): Tie {
  const [x, y] = a < b ? [a, b] : [b, a]
  return { id: `tie:${x}:${y}`, a: x, b: y, kind: 'other', strength, since: null, notes: '' }
}

let counter = 0
export function contact(kind: Interaction['kind'], days: number, personIds: string[], note = ''): Interaction {
  counter++
  return { id: `i${String(counter).padStart(4, '0')}`, date: daysAgo(days), kind, personIds, note }
}

export function vault(parts: { me?: Me; people: Person[]; ties?: Tie[]; interactions?: Interaction[] }): GraphSnapshot {
  return {
    schemaVersion: 2,
    me: parts.me ?? ME,
    people: parts.people,
    ties: parts.ties ?? [],
    trash: [],
    interactions: parts.interactions ?? [],
    projects: [],
    events: [],
    opportunities: [],
  }
}
