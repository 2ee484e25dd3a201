/**
 * The people list's search, filters and order, as plain functions over person snapshots.
 * A field filter is either an ISCO-08 major group ("isco:2") or an ISIC section ("isic:J").
 */
import { comparePeople, effectiveAgeBand, type AgeBandId, type SchwartzValueId } from '../../../shared/graph'
import type { Person, Role } from '../../../shared/graph'
import { matchesTerms, queryTerms } from '../components/search-keys'

export type PeopleSort = 'name' | 'reading'

export interface PeopleFilters {
  query: string
  role: Role | null
  tag: string | null
  field: string | null
  ageBand: AgeBandId | null
  value: SchwartzValueId | null
  sort: PeopleSort
}

export const NO_FILTERS: PeopleFilters = { query: '', role: null, tag: null, field: null, ageBand: null, value: null, sort: 'reading' }

export function isFiltering(f: PeopleFilters): boolean {
  return f.query.trim() !== '' || f.role !== null || f.tag !== null || f.field !== null || f.ageBand !== null || f.value !== null
}

export function sortPeople(people: readonly Person[], by: PeopleSort): Person[] {
  return [...people].sort((a, b) => comparePeople(a, b, by))
}

export interface SortedPeople {
  by: PeopleSort
  /** The input it was sorted from: the store keeps a person's snapshot until that person changes. */
  from: readonly Person[]
  sorted: Person[]
}

/** Above this many changed people a full sort is cheaper than inserting each one. */
const INCREMENTAL_LIMIT = 64

/**
 * Sorts `people`, reusing `previous` when only a few people changed (an add, an edit): the
 * changed ones are taken out and put back by binary search, O(n) moves and O(k log n) compares
 * instead of a full collator sort of 10,000 names on every keystroke-sized edit.
 */
export function resort(previous: SortedPeople | null, people: readonly Person[], by: PeopleSort): SortedPeople {
  if (previous === null || previous.by !== by) return { by, from: people, sorted: sortPeople(people, by) }
  const before = new Set(previous.from)
  const added = people.filter((p) => !before.has(p))
  if (added.length > INCREMENTAL_LIMIT) return { by, from: people, sorted: sortPeople(people, by) }
  const now = new Set(people)
  const sorted = previous.sorted.filter((p) => now.has(p))
  if (sorted.length + added.length !== people.length) return { by, from: people, sorted: sortPeople(people, by) }
  for (const person of added) {
    let lo = 0
    let hi = sorted.length
    while (lo < hi) {
      const mid = (lo + hi) >>> 1
      if (comparePeople(sorted[mid], person, by) < 0) lo = mid + 1
      else hi = mid
    }
    sorted.splice(lo, 0, person)
  }
  return { by, from: people, sorted }
}

/** Keeps the order of `sorted`. */
export function filterPeople(sorted: readonly Person[], f: PeopleFilters, currentYear: number): Person[] {
  const terms = queryTerms(f.query)
  const [fieldKind, fieldId] = f.field?.split(':') ?? [null, null]
  return sorted.filter(
    (p) =>
      (f.role === null || p.roles.includes(f.role)) &&
      (f.tag === null || p.tags.includes(f.tag)) &&
      (f.value === null || p.values.includes(f.value)) &&
      (fieldKind === null || (fieldKind === 'isco' ? p.occupation?.major === fieldId : p.industry === fieldId)) &&
      (f.ageBand === null || effectiveAgeBand(p, currentYear) === f.ageBand) &&
      matchesTerms(p, terms),
  )
}

export function allTags(people: readonly Person[]): string[] {
  const tags = new Set<string>()
  for (const p of people) for (const tag of p.tags) tags.add(tag)
  return [...tags].sort((a, b) => a.localeCompare(b, 'ja'))
}

/** The list's filters survive leaving the list for a person's page and coming back, per vault. */
const remembered = new Map<string, PeopleFilters>()
export const rememberFilters = (vault: string, f: PeopleFilters): void => {
  remembered.set(vault, f)
}
export const rememberedFilters = (vault: string): PeopleFilters => remembered.get(vault) ?? NO_FILTERS
