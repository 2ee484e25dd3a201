/**
 * The network view's filters. A filter never removes anyone (removing people would move the
 * layout); it decides who stays bright, and the rest is dimmed.
 *
 * - role: people holding the role;
 * - tag: people with the tag;
 * - tie strength: people with at least one tie of at least this strength;
 * - contact: people whose last contact is within / beyond the number of days, or never recorded.
 */
import type { Person, Role, Tie } from '../../../../shared/graph'
import { daysSince } from './last-contact'

export type ContactFilter = 'any' | 'within-30' | 'within-90' | 'within-365' | 'over-365' | 'never'

export interface NodeFilter {
  role: Role | 'any'
  /** A tag, or 'any'. */
  tag: string
  minStrength: 0 | 1 | 2 | 3
  contact: ContactFilter
}

export const NO_FILTER: NodeFilter = { role: 'any', tag: 'any', minStrength: 0, contact: 'any' }

export function isFiltering(filter: NodeFilter): boolean {
  return filter.role !== 'any' || filter.tag !== 'any' || filter.minStrength > 0 || filter.contact !== 'any'
}

function contactMatches(days: number | null, contact: ContactFilter): boolean {
  switch (contact) {
    case 'any':
      return true
    case 'never':
      return days === null
    case 'over-365':
      return days !== null && days > 365
    default:
      return days !== null && days <= Number(contact.slice('within-'.length))
  }
}

/** 1 for people the filter keeps bright, per person in `people` order. */
export function matchFilter(people: readonly Person[], ties: readonly Tie[], lastContact: ReadonlyMap<string, string>, filter: NodeFilter, now: number): Uint8Array {
  const strongest = new Map<string, number>()
  if (filter.minStrength > 0) {
    for (const tie of ties) {
      strongest.set(tie.a, Math.max(strongest.get(tie.a) ?? 0, tie.strength))
      strongest.set(tie.b, Math.max(strongest.get(tie.b) ?? 0, tie.strength))
    }
  }
  return Uint8Array.from(people, (person) =>
    Number(
      (filter.role === 'any' || person.roles.includes(filter.role)) &&
        (filter.tag === 'any' || person.tags.includes(filter.tag)) &&
        (filter.minStrength === 0 || (strongest.get(person.id) ?? 0) >= filter.minStrength) &&
        contactMatches(daysSince(lastContact.get(person.id), now), filter.contact),
    ),
  )
}
