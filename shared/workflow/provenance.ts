/**
 * Opportunity provenance (チャンスは人脈が運んでくる): for each opportunity, the chain of
 * introductions that carried it, the field it came from against mine, and how long after I met
 * the people in the chain it arrived, so the UI can say "opportunities arrived N years after
 * meeting, across fields".
 *
 * When I met someone: howWeMet.when, else the first event where we met, else their first logged
 * interaction (the log is the best evidence left). Fields are ISIC sections (Person.industry,
 * Opportunity.field, Me.industry); "across fields" needs both sides known.
 * Years are calendar days / 365.25, rounded to one decimal.
 */
import type { IsicSectionId } from '../graph'
import type { GraphSnapshot, Opportunity, PersonId } from '../graph'
import { daysBetween, dayNumber } from './calendar-days'
import { collectContacts, collectMeetings } from './contact'

export type MetSource = 'how-we-met' | 'event' | 'first-interaction'

export interface ChainLink {
  personId: PersonId
  /** Null when the person was purged. */
  name: string | null
  inTrash: boolean
  field: IsicSectionId | null
  metOn: string | null
  metFrom: MetSource | null
  /** Days from meeting this person to the opportunity; null when the meeting day is unknown. */
  daysAfterMeeting: number | null
}

export interface OpportunityProvenance {
  opportunityId: string
  title: string
  kind: Opportunity['kind']
  date: string
  /** Nearest to me first; the last one brought it. */
  chain: ChainLink[]
  broughtBy: ChainLink | null
  /** From meeting the person who brought it to its arrival. */
  daysAfterMeeting: number | null
  yearsAfterMeeting: number | null
  field: IsicSectionId | null
  myField: IsicSectionId | null
  /** True when the opportunity's field differs from mine; null when either is unknown. */
  crossField: boolean | null
  /** Fields of the chain's people that differ from mine (the bridges it crossed), sorted. */
  bridgeFields: IsicSectionId[]
}

export interface ProvenanceSummary {
  count: number
  /** Opportunities whose bringer's meeting day is known. */
  dated: number
  medianYearsAfterMeeting: number | null
  maxYearsAfterMeeting: number | null
  crossField: number
  sameField: number
  unknownField: number
}

export interface Provenance {
  /** Newest first. */
  opportunities: OpportunityProvenance[]
  summary: ProvenanceSummary
}

const YEAR_DAYS = 365.25
const toYears = (days: number) => Math.round((days / YEAR_DAYS) * 10) / 10

export function traceOpportunities(snapshot: GraphSnapshot): Provenance {
  const everyone = new Map([...snapshot.people, ...snapshot.trash].map((p) => [p.id, p]))
  const trashed = new Set(snapshot.trash.map((p) => p.id))
  const contacts = collectContacts(snapshot)
  const { firstMet } = collectMeetings(snapshot)
  const myField = snapshot.me.industry

  const link = (personId: PersonId, date: string): ChainLink => {
    const person = everyone.get(personId)
    const when = person?.howWeMet.when ?? null
    const [metOn, metFrom]: [string | null, MetSource | null] =
      when !== null && dayNumber(when) !== null
        ? [when, 'how-we-met']
        : firstMet.has(personId)
          ? [firstMet.get(personId)!, 'event']
          : contacts.get(personId)?.first != null
            ? [contacts.get(personId)!.first, 'first-interaction']
            : [null, null]
    return {
      personId,
      name: person?.name ?? null,
      inTrash: trashed.has(personId),
      field: person?.industry ?? null,
      metOn,
      metFrom,
      daysAfterMeeting: metOn === null ? null : daysBetween(metOn, date),
    }
  }

  const opportunities = snapshot.opportunities.map((o): OpportunityProvenance => {
    const chain = o.viaPersonIds.map((id) => link(id, o.date))
    const broughtBy = chain.at(-1) ?? null
    const days = broughtBy?.daysAfterMeeting ?? null
    const bridges = new Set<IsicSectionId>()
    for (const l of chain) if (l.field !== null && myField !== null && l.field !== myField) bridges.add(l.field)
    return {
      opportunityId: o.id,
      title: o.title,
      kind: o.kind,
      date: o.date,
      chain,
      broughtBy,
      daysAfterMeeting: days,
      yearsAfterMeeting: days === null ? null : toYears(days),
      field: o.field,
      myField,
      crossField: o.field === null || myField === null ? null : o.field !== myField,
      bridgeFields: [...bridges].sort(),
    }
  })
  opportunities.sort((a, b) => (a.date > b.date ? -1 : a.date < b.date ? 1 : a.opportunityId < b.opportunityId ? -1 : 1))

  const years = opportunities
    .map((o) => o.yearsAfterMeeting)
    .filter((y): y is number => y !== null)
    .sort((a, b) => a - b)
  const middle = years.length / 2
  const median = years.length === 0 ? null : years.length % 2 === 1 ? years[Math.floor(middle)] : toYears(((years[middle - 1] + years[middle]) / 2) * YEAR_DAYS)
  return {
    opportunities,
    summary: {
      count: opportunities.length,
      dated: years.length,
      medianYearsAfterMeeting: median,
      maxYearsAfterMeeting: years.at(-1) ?? null,
      crossField: opportunities.filter((o) => o.crossField === true).length,
      sameField: opportunities.filter((o) => o.crossField === false).length,
      unknownField: opportunities.filter((o) => o.crossField === null).length,
    },
  }
}
