/**
 * Drifting ties: how warm each of my ties still is, from the time since our last real contact.
 *
 *   warmth = 2^(-days / halfLife)        1 on the day of contact, 1/2 after one half-life, -> 0
 *
 * `days` counts calendar days from the last real contact (contact.ts: an interaction of a
 * real-contact kind, or an event where we met) to today; the date we first met is not contact, so
 * an address book's "connected on 1991-05-10" does not make a tie cold or warm. Nothing is stored:
 * warmth moves the moment contact is logged (house rule 3).
 *
 * The pace is set by the person's role toward me; a person with several roles fades at the
 * slowest of them. Half-lives in days:
 *   advisor       180  "consult anytime" survives long silences: advisors are consulted when
 *                      something comes up, a few times a year
 *   collaborator  120  working together builds a bond that outlasts the project by a season or two
 *   mentee         90  they come to me; a quarter without word means they stopped coming
 *   peer           90  people on a similar path: a season's news keeps the tie alive
 *   none           45  an acquaintance with no role toward me is forgotten within weeks
 * Exponential decay is a modelling choice (one number per role, and "after a half-life the tie
 * counts half" is easy to say); that ties weaken without contact and at a pace that depends on
 * the kind of relationship is the finding of Roberts & Dunbar, "Managing relationship decay:
 * network, gender, and contextual effects", Human Nature 26 (2015) 426-450.
 *
 * Fading: an advisor or collaborator (the ties the essay asks me to keep warm) whose warmth is
 * below FADING_BELOW, i.e. more than one half-life since real contact. A person with no real
 * contact logged has no warmth (null): that is "nothing logged", not "drifting", and Today's
 * keep-in-touch already asks about it.
 */
import type { CadenceRole, GraphSnapshot, PersonId, Role } from '../graph'
import { dayNumber } from './calendar-days'
import { collectContacts, collectMeetings } from './contact'

export const DRIFT_HALF_LIFE_DAYS: Readonly<Record<CadenceRole, number>> = {
  advisor: 180,
  collaborator: 120,
  mentee: 90,
  peer: 90,
  none: 45,
}

/** Below this warmth (one half-life without contact) an advisor or collaborator is fading. */
export const FADING_BELOW = 0.5
/** The roles whose fading ties are named on the Overview and Today. */
export const DRIFT_WATCHED_ROLES: readonly Role[] = ['advisor', 'collaborator']

export interface TieWarmth {
  personId: PersonId
  name: string
  /** The role that sets the pace (the slowest of the person's roles), or 'none'. */
  paceRole: CadenceRole
  halfLifeDays: number
  /** ISO date of the last real contact, or null when none is logged. */
  lastContactOn: string | null
  /** Calendar days since then (0 for contact today or a date ahead), or null. */
  daysSince: number | null
  /** In (0, 1]; null when no real contact is logged. */
  warmth: number | null
}

/** The role that fades slowest among `roles`, or 'none' for a person without one. */
export function paceRoleOf(roles: readonly Role[]): CadenceRole {
  let best: CadenceRole = 'none'
  for (const role of roles) if (DRIFT_HALF_LIFE_DAYS[role] > DRIFT_HALF_LIFE_DAYS[best]) best = role
  return best
}

/** 2^(-days / halfLife), with days before contact (a date ahead of today) counted as 0. */
export function warmthAfter(days: number, halfLifeDays: number): number {
  return Math.pow(2, -Math.max(0, days) / halfLifeDays)
}

type DriftSnapshot = Pick<GraphSnapshot, 'people' | 'interactions' | 'events'>

/** Warmth of my tie to every live person, in `snapshot.people` order. `today` is an ISO date (todayIn). */
export function measureDrift(snapshot: DriftSnapshot, today: string): TieWarmth[] {
  const todayDay = dayNumber(today)
  if (todayDay === null) throw new RangeError(`today must be an ISO date, got "${today}"`)
  const contacts = collectContacts(snapshot)
  const { lastMet } = collectMeetings(snapshot)
  return snapshot.people.map((person) => {
    const paceRole = paceRoleOf(person.roles)
    const halfLifeDays = DRIFT_HALF_LIFE_DAYS[paceRole]
    let last = contacts.get(person.id)?.last ?? null
    const met = lastMet.get(person.id)
    if (met !== undefined && (last === null || met > last)) last = met
    const lastDay = last === null ? null : dayNumber(last)
    const daysSince = lastDay === null ? null : Math.max(0, todayDay - lastDay)
    return {
      personId: person.id,
      name: person.name,
      paceRole,
      halfLifeDays,
      lastContactOn: lastDay === null ? null : last,
      daysSince,
      warmth: daysSince === null ? null : warmthAfter(daysSince, halfLifeDays),
    }
  })
}

/** Advisors and collaborators whose tie is fading, the coldest first (then by name, then id). */
export function findFading(snapshot: DriftSnapshot, today: string): TieWarmth[] {
  const watched = new Set(snapshot.people.filter((p) => p.roles.some((r) => DRIFT_WATCHED_ROLES.includes(r))).map((p) => p.id))
  return measureDrift(snapshot, today)
    .filter((t): t is TieWarmth & { warmth: number } => watched.has(t.personId) && t.warmth !== null && t.warmth < FADING_BELOW)
    .sort((a, b) => a.warmth - b.warmth || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0) || (a.personId < b.personId ? -1 : 1))
}
