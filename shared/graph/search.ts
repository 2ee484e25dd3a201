/**
 * Search and sort helpers for the people list, so Japanese names match by kana reading.
 *
 * normalizeForSearch folds, in this order: NFKC (full-width ASCII to half-width, half-width
 * katakana to full-width, composed dakuten), case, katakana to hiragana (U+30A1-U+30F6 map to
 * U+3041-U+3096 by subtracting 0x60), and drops whitespace so "さとう はなこ" matches "さとうはな".
 */
import type { Person } from './types'

const KATAKANA_START = 0x30a1
const KATAKANA_END = 0x30f6
const KANA_OFFSET = 0x60

export function normalizeForSearch(text: string): string {
  const folded = text.normalize('NFKC').toLowerCase()
  let out = ''
  for (const ch of folded) {
    const code = ch.codePointAt(0)!
    if (/\s/u.test(ch)) continue
    out += code >= KATAKANA_START && code <= KATAKANA_END ? String.fromCodePoint(code - KANA_OFFSET) : ch
  }
  return out
}

type Searchable = Pick<Person, 'name' | 'reading' | 'organization' | 'tags'>
type Sortable = Pick<Person, 'id' | 'name' | 'reading'>

/**
 * True when every whitespace-separated term of `query` occurs in the name, reading,
 * organisation or one of the tags. An empty query matches everyone.
 */
export function matchesQuery(person: Searchable, query: string): boolean {
  const terms = query
    .split(/\s+/u)
    .map(normalizeForSearch)
    .filter((t) => t !== '')
  if (terms.length === 0) return true
  const fields = [person.name, person.reading ?? '', person.organization ?? '', ...person.tags].map(normalizeForSearch)
  return terms.every((term) => fields.some((field) => field.includes(term)))
}

const collator = new Intl.Collator('ja', { sensitivity: 'base', numeric: true })

/**
 * Orders people by name, or by reading (falling back to the name when there is none), with the
 * id as the last tie-breaker so the order is total and stable.
 */
export function comparePeople(a: Sortable, b: Sortable, by: 'name' | 'reading'): number {
  const key = (p: Sortable) => (by === 'reading' ? (p.reading ?? p.name) : p.name)
  return collator.compare(key(a), key(b)) || collator.compare(a.name, b.name) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)
}
