/**
 * Search keys for people, computed once per person snapshot. The store replaces a person's
 * snapshot only when that person changes, so at 10,000 people a keystroke compares strings
 * instead of transliterating every name again. A term matches when it names the person in any
 * script (shared/graph name-keys: kanji through the reading, kana, romaji in either order, kanji
 * variants) or occurs in the organisation or a tag.
 */
import { nameKeys, nameMatchScore, nameText, queryTermsOf, termMatchesName, type NameKeys, type QueryTerm } from '../../../shared/graph'
import type { Person } from '../../../shared/graph'

interface PersonKeys {
  name: NameKeys
  /** Organisation and tags, each in text form. */
  other: string[]
}

const keys = new WeakMap<Person, PersonKeys>()

function keysOf(person: Person): PersonKeys {
  let key = keys.get(person)
  if (key === undefined) {
    key = { name: nameKeys(person), other: [person.organization ?? '', ...person.tags].map(nameText).filter((t) => t !== '') }
    keys.set(person, key)
  }
  return key
}

export const nameKeysOf = (person: Person): NameKeys => keysOf(person).name

export function queryTerms(query: string): QueryTerm[] {
  return queryTermsOf(query)
}

export function matchesTerms(person: Person, terms: readonly QueryTerm[]): boolean {
  if (terms.length === 0) return true
  const key = keysOf(person)
  return terms.every((term) => termMatchesName(key.name, term) || key.other.some((t) => t.includes(term.text)))
}

/** How well the terms name the person (3 best, 0 only through organisation or tags). */
export function nameScore(person: Person, terms: readonly QueryTerm[]): number {
  return nameMatchScore(keysOf(person).name, terms)
}
