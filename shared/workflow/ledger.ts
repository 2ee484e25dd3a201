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
import { comparePeople } from '../graph/search'
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
  /** People with any give or take in the period: most activity first, then by name. */
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
const KIND_COUNT: Partial<Record<InteractionKind, CountKey>> = {
  'consulted-me': 'consultedMe',
  'helped-them': 'helpedThem',
  introduced: 'introducedForThem',
  'consulted-them': 'consultedThem',
  'helped-me': 'helpedMe',
}
const GIVING: ReadonlySet<CountKey> = new Set(['consultedMe', 'helpedThem', 'introducedForThem'])

function emptyCounts(): LedgerCounts {
  return { consultedMe: 0, helpedThem: 0, introducedForThem: 0, consultedThem: 0, helpedMe: 0, introducedMe: 0, gave: 0, received: 0 }
}

function bump(counts: LedgerCounts, key: CountKey): void {
  counts[key]++
  if (GIVING.has(key)) counts.gave++
  else counts.received++
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
  const live = new Map(snapshot.people.map((p) => [p.id, p]))
  const perPerson = new Map<PersonId, LedgerCounts>()
  const overall = emptyCounts()
  const countFor = (id: PersonId): LedgerCounts => {
    let c = perPerson.get(id)
    if (c === undefined) {
      c = emptyCounts()
      perPerson.set(id, c)
    }
    return c
  }

  for (const interaction of snapshot.interactions) {
    const key = KIND_COUNT[interaction.kind]
    if (key === undefined || !inPeriod(interaction.date)) continue
    let any = false
    for (const id of interaction.personIds) {
      if (!live.has(id)) continue
      bump(countFor(id), key)
      any = true
    }
    if (any) bump(overall, key)
  }
  for (const person of snapshot.people) {
    const by = person.howWeMet.introducedBy
    if (by === null || !live.has(by)) continue
    const when = person.howWeMet.when
    if (when === null ? from !== null || to !== null : !inPeriod(when)) continue
    bump(countFor(by), 'introducedMe')
    bump(overall, 'introducedMe')
  }

  const people: LedgerEntry[] = []
  for (const [personId, counts] of perPerson) {
    const person = live.get(personId)!
    people.push({ personId, name: person.name, ...counts, flags: flagsOf(counts) })
  }
  people.sort((a, b) => b.gave + b.received - (a.gave + a.received) || comparePeople(live.get(a.personId)!, live.get(b.personId)!, 'name'))
  return {
    period: { from, to },
    people,
    overall,
    flagged: people.filter((e) => e.flags.length > 0).map((e) => ({ personId: e.personId, flags: e.flags })),
  }
}
