/**
 * One pass over the interaction log that feeds both Today and the give-and-take ledger.
 *
 * Per live person (by position in `snapshot.people`, so the pass allocates nothing per person):
 * the latest real contact, the latest real contact other than 'met', and the first interaction
 * (see contact.ts for what counts as real contact); and, when a period is given, the six ledger
 * counters of ledger.ts in a flat Int32Array. Dates stay ISO strings: they compare correctly as
 * strings, so the pass never parses one.
 *
 * Cost: one Map lookup per person mentioned by an interaction, shared by Today and the ledger,
 * instead of one each.
 */
import type { GraphSnapshot, InteractionKind, PersonId } from '../graph'
import { REAL_CONTACT_KINDS } from './contact'

/** Inclusive ISO dates; null = unbounded on that side. */
export interface LedgerPeriod {
  from: string | null
  to: string | null
}

/** Ledger columns, in table order; the first three are giving. */
export const LEDGER_COLUMNS = ['consultedMe', 'helpedThem', 'introducedForThem', 'consultedThem', 'helpedMe', 'introducedMe'] as const
export const GIVING_COLUMNS = 3
const INTRODUCED_ME = 5
const KIND_COLUMN: Partial<Record<InteractionKind, number>> = {
  'consulted-me': 0,
  'helped-them': 1,
  introduced: 2,
  'consulted-them': 3,
  'helped-me': 4,
}

export interface InteractionIndex {
  /** The snapshot's live people array this index was built over (positions refer to it). */
  people: GraphSnapshot['people']
  position: Map<PersonId, number>
  last: (string | null)[]
  lastNotMet: (string | null)[]
  first: (string | null)[]
  /** The period the ledger counters cover; null when none were counted. */
  period: LedgerPeriod | null
  /** Six counters per person position (LEDGER_COLUMNS order); empty without a period. */
  table: Int32Array
  /** Six counters, each act counted once. */
  overall: Int32Array
}

export function samePeriod(a: LedgerPeriod | null, b: LedgerPeriod): boolean {
  return a !== null && a.from === b.from && a.to === b.to
}

/**
 * Builds the index; pass `period` to count the ledger in the same pass. Interactions naming only
 * people outside `snapshot.people` (in the trash, purged) are skipped.
 */
export function indexInteractions(snapshot: Pick<GraphSnapshot, 'people' | 'interactions'>, period: LedgerPeriod | null = null): InteractionIndex {
  const people = snapshot.people
  const count = people.length
  const position = new Map<PersonId, number>()
  for (let i = 0; i < count; i++) position.set(people[i].id, i)
  const last: (string | null)[] = new Array<string | null>(count).fill(null)
  const lastNotMet: (string | null)[] = new Array<string | null>(count).fill(null)
  const first: (string | null)[] = new Array<string | null>(count).fill(null)
  const width = LEDGER_COLUMNS.length
  const table = new Int32Array(period === null ? 0 : count * width)
  const overall = new Int32Array(width)
  const from = period?.from ?? null
  const to = period?.to ?? null

  for (const interaction of snapshot.interactions) {
    const kind = interaction.kind
    const date = interaction.date
    const real = REAL_CONTACT_KINDS.has(kind)
    const notMet = real && kind !== 'met'
    const column = period === null ? undefined : KIND_COLUMN[kind]
    const counted = column !== undefined && (from === null || date >= from) && (to === null || date <= to)
    let any = false
    for (const id of interaction.personIds) {
      const row = position.get(id)
      if (row === undefined) continue
      const f = first[row]
      if (f === null || date < f) first[row] = date
      if (real) {
        const l = last[row]
        if (l === null || date > l) last[row] = date
        if (notMet) {
          const n = lastNotMet[row]
          if (n === null || date > n) lastNotMet[row] = date
        }
      }
      if (counted) {
        table[row * width + column]++
        any = true
      }
    }
    if (any) overall[column!]++
  }

  if (period !== null) {
    // "They introduced me": a person whose howWeMet.introducedBy is them, dated by howWeMet.when.
    for (const person of people) {
      const by = person.howWeMet.introducedBy
      const row = by === null ? undefined : position.get(by)
      if (row === undefined) continue
      const when = person.howWeMet.when
      if (when === null ? from !== null || to !== null : (from !== null && when < from) || (to !== null && when > to)) continue
      table[row * width + INTRODUCED_ME]++
      overall[INTRODUCED_ME]++
    }
  }
  return { people, position, last, lastNotMet, first, period, table, overall }
}
