/**
 * What the command palette offers for a query: an action named exactly by the query first (typing
 * "Me" opens Me, not Arjun Mehta), then people (by name in any script, reading, organisation or
 * tag), then the actions whose label contains the query, and "add as a new person" last. Plain
 * data; the palette renders it.
 */
import { comparePeople, normalizeForSearch } from '../../../shared/graph'
import type { Person } from '../../../shared/graph'
import { matchesTerms, nameScore, queryTerms } from '../components/search-keys'
import type { PaletteAction } from '../core/registry'

export type PaletteItem = { kind: 'person'; id: string; label: string; detail: string | null } | { kind: 'action'; id: string; label: string; run: () => void }

const MAX_PEOPLE = 8
/** The id of the action that adds the typed text as a new person. */
export const ADD_NAMED = 'add-named'
const asItem = (a: PaletteAction): PaletteItem => ({ kind: 'action', id: a.id, label: a.label, run: a.run })

export function paletteItems(query: string, people: readonly Person[], actions: readonly PaletteAction[]): PaletteItem[] {
  const terms = queryTerms(query)
  const matched: Person[] = []
  if (terms.length > 0) {
    for (const p of people) if (matchesTerms(p, terms)) matched.push(p)
    // Who the query names best first ("sato hanako" before every other Sato), then by reading.
    const score = new Map(matched.map((p) => [p, nameScore(p, terms)]))
    matched.sort((a, b) => (score.get(b) ?? 0) - (score.get(a) ?? 0) || comparePeople(a, b, 'reading'))
  }
  const needle = normalizeForSearch(query)
  // "Add <query> as a new person" always matches, so it comes last: Enter prefers what exists.
  const isAddNamed = (a: PaletteAction) => a.id === ADD_NAMED
  const isNamed = (a: PaletteAction) => needle !== '' && a.name !== undefined && normalizeForSearch(a.name) === needle
  return [
    ...actions.filter(isNamed).map(asItem),
    ...matched.slice(0, MAX_PEOPLE).map((p): PaletteItem => ({ kind: 'person', id: p.id, label: p.name, detail: p.reading ?? p.organization })),
    ...actions.filter((a) => !isAddNamed(a) && !isNamed(a) && (needle === '' || normalizeForSearch(a.label).includes(needle))).map(asItem),
    ...actions.filter(isAddNamed).map(asItem),
  ]
}
