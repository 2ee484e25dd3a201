/**
 * Search keys for people, computed once per person snapshot. The store replaces a person's
 * snapshot only when that person changes, so at 10,000 people a keystroke compares strings
 * instead of normalising every name again. Same semantics as `matchesQuery` in shared/graph:
 * every term must occur within one of name, reading, organisation or a tag.
 */
import { normalizeForSearch } from '../../../shared/graph'
import type { Person } from '../../../shared/graph'

/** Never produced by normalizeForSearch, so a term cannot match across two fields. */
const SEPARATOR = '\u0000'
const keys = new WeakMap<Person, string>()

export function searchKeyOf(person: Person): string {
  let key = keys.get(person)
  if (key === undefined) {
    key = [person.name, person.reading ?? '', person.organization ?? '', ...person.tags].map(normalizeForSearch).join(SEPARATOR)
    keys.set(person, key)
  }
  return key
}

export function queryTerms(query: string): string[] {
  return query
    .split(/\s+/u)
    .map(normalizeForSearch)
    .filter((term) => term !== '')
}

export function matchesTerms(person: Person, terms: readonly string[]): boolean {
  if (terms.length === 0) return true
  const key = searchKeyOf(person)
  return terms.every((term) => key.includes(term))
}
