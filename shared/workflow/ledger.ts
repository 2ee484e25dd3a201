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
import type { GraphSnapshot, PersonId } from '../graph'
import { GIVING_COLUMNS, indexInteractions, LEDGER_COLUMNS, samePeriod, type InteractionIndex, type LedgerPeriod } from './interaction-index'

export type { LedgerPeriod } from './interaction-index'

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

type CountKey = (typeof LEDGER_COLUMNS)[number]

/** Counts of row `row` of a flat table (six columns per row) as a LedgerCounts. */
function countsAt(table: Int32Array, row: number): LedgerCounts {
  const c = { gave: 0, received: 0 } as LedgerCounts
  LEDGER_COLUMNS.forEach((key: CountKey, column) => {
    const n = table[row * LEDGER_COLUMNS.length + column]
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

/**
 * Pass `index` (from indexInteractions with the same period) to share the pass over the log with
 * computeToday; without it the ledger builds its own.
 */
export function computeLedger(snapshot: Pick<GraphSnapshot, 'people' | 'interactions'>, period: LedgerPeriod, index?: InteractionIndex): Ledger {
  const { from, to } = period
  const usable = index !== undefined && index.people === snapshot.people && samePeriod(index.period, period)
  const { table, overall } = usable ? index : indexInteractions(snapshot, period)
  const width = LEDGER_COLUMNS.length

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
