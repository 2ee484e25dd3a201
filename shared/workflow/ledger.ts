/**
 * The give-and-take ledger (自分から価値を提供できる / お互いに高められる): per person and
 * overall, over a chosen period, what I gave and what I received.
 *
 *   gave      they consulted me ('consulted-me'), I helped them ('helped-them'), I introduced
 *             someone for them ('introduced': every person of the introduction gained a contact)
 *   received  I consulted them ('consulted-them'), they helped me ('helped-me'), they introduced
 *             me to someone (derived: a person whose howWeMet.introducedBy is them, dated by
 *             howWeMet.when; without a date it counts only for an unbounded period)
 *
 * Per person, an act with several people counts for each of them; overall, each act counts once.
 * Only people outside the trash appear. Flags are gentle prompts, never scores.
 */
import type { GraphSnapshot, InteractionKind, PersonId } from '../graph/types'

/**
 * "Only take": three things received and nothing given. One or two favours without return are
 * ordinary (reciprocity runs over years); three in one period is a pattern worth a look.
 */
export const ONLY_TAKE_MIN_RECEIVED = 3
/**
 * "Consults me, never consulted": someone who came to me three times or more while I never asked
 * them. The essay's "raise each other": people who trust my judgement often have a view worth
 * asking for, and asking back turns a one-way tie into a mutual one.
 */
export const CONSULTS_ME_OFTEN = 3

export interface LedgerCounts {
  consultedMe: number
  helpedThem: number
  introducedForThem: number
  consultedThem: number
  helpedMe: number
  introducedMe: number
  gave: number
  received: number
}

export type LedgerFlag = 'only-take' | 'consults-me-one-way'

export interface LedgerEntry extends LedgerCounts {
  personId: PersonId
  name: string
  flags: LedgerFlag[]
}

export interface Ledger {
  period: LedgerPeriod
  /**
   * People with any give or take in the period: most activity first, then by id. Not by name: a
   * locale-aware name sort of 10,000 entries costs more than the whole ledger (Intl.Collator
   * compares), and the UI re-sorts the rows it shows with comparePeople anyway.
   */
  people: LedgerEntry[]
  overall: LedgerCounts
  /** The flagged entries, in the order of `people`. */
  flagged: { personId: PersonId; flags: LedgerFlag[] }[]
}

/** Inclusive ISO dates; null = unbounded on that side. */
export interface LedgerPeriod {
  from: string | null
  to: string | null
}

type CountKey = Exclude<keyof LedgerCounts, 'gave' | 'received'>
/** Column order of the counting table; the first three are giving. */
const COLUMNS: readonly CountKey[] = ['consultedMe', 'helpedThem', 'introducedForThem', 'consultedThem', 'helpedMe', 'introducedMe']
const GIVING_COLUMNS = 3
const INTRODUCED_ME = 5
const KIND_COLUMN: Partial<Record<InteractionKind, number>> = {
  'consulted-me': 0,
  'helped-them': 1,
  introduced: 2,
  'consulted-them': 3,
  'helped-me': 4,
}

/** Counts of row `row` of a flat table (six columns per row) as a LedgerCounts. */
function countsAt(table: Int32Array, row: number): LedgerCounts {
  const c = { gave: 0, received: 0 } as LedgerCounts
  COLUMNS.forEach((key, column) => {
    const n = table[row * COLUMNS.length + column]
    c[key] = n
    if (column < GIVING_COLUMNS) c.gave += n
    else c.received += n
  })
  return c
}

export function flagsOf(c: LedgerCounts): LedgerFlag[] {
  const flags: LedgerFlag[] = []
  if (c.received >= ONLY_TAKE_MIN_RECEIVED && c.gave === 0) flags.push('only-take')
  if (c.consultedMe >= CONSULTS_ME_OFTEN && c.consultedThem === 0) flags.push('consults-me-one-way')
  return flags
}

export function computeLedger(snapshot: Pick<GraphSnapshot, 'people' | 'interactions'>, period: LedgerPeriod): Ledger {
  const { from, to } = period
  const inPeriod = (date: string) => (from === null || date >= from) && (to === null || date <= to)
  // A flat Int32Array of six counters per live person, indexed by position: the pass over 200,000
  // interactions then does one Map lookup per person mentioned and no allocation.
  const index = new Map<PersonId, number>()
  snapshot.people.forEach((p, i) => index.set(p.id, i))
  const width = COLUMNS.length
  const table = new Int32Array(snapshot.people.length * width)
  const overall = new Int32Array(width)

  for (const interaction of snapshot.interactions) {
    const column = KIND_COLUMN[interaction.kind]
    if (column === undefined || !inPeriod(interaction.date)) continue
    let any = false
    for (const id of interaction.personIds) {
      const row = index.get(id)
      if (row === undefined) continue
      table[row * width + column]++
      any = true
    }
    if (any) overall[column]++
  }
  for (const person of snapshot.people) {
    const by = person.howWeMet.introducedBy
    const row = by === null ? undefined : index.get(by)
    if (row === undefined) continue
    const when = person.howWeMet.when
    if (when === null ? from !== null || to !== null : !inPeriod(when)) continue
    table[row * width + INTRODUCED_ME]++
    overall[INTRODUCED_ME]++
  }

  const people: LedgerEntry[] = []
  snapshot.people.forEach((person, row) => {
    let any = false
    for (let column = 0; column < width && !any; column++) any = table[row * width + column] > 0
    if (!any) return
    const counts = countsAt(table, row)
    people.push({ personId: person.id, name: person.name, ...counts, flags: flagsOf(counts) })
  })
  people.sort((a, b) => b.gave + b.received - (a.gave + a.received) || (a.personId < b.personId ? -1 : a.personId > b.personId ? 1 : 0))
  return {
    period: { from, to },
    people,
    overall: countsAt(overall, 0),
    flagged: people.filter((e) => e.flags.length > 0).map((e) => ({ personId: e.personId, flags: e.flags })),
  }
}
