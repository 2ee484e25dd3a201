/**
 * My own tie to each person, derived from the log (never stored): how strong it is and how
 * recently it was alive, and the weight an introduction request along it carries.
 *
 * A vault holds ties between people, never to me (my relation to a person is their roles), so my
 * tie is read from what I recorded:
 *   direct    I know the person myself: they have a role, or real contact is logged with them
 *             (REAL_CONTACT_KINDS), or I met them at an event, or "how we met" says where or
 *             when. Someone I only know of (added as someone's contact, in an introduction's
 *             people) has no direct tie; reach.ts gets to them through people.
 *   strength  1..3 like a tie between people: 3 for an advisor or collaborator or 4+ real
 *             contacts in the last 365 days, 2 for a peer or mentee or any contact in that year,
 *             else 1.
 *   recency   FLOOR + (1 − FLOOR)·2^(−d / HALF_LIFE_DAYS), d the days since the latest sign of
 *             life (real contact, an event meeting, "when we met"); FLOOR without any date. A tie
 *             never falls below FLOOR: an old friend can still be written to.
 *   weight    strength / 3 × recency, in (0, 1]: read as the chance that the tie carries a
 *             request, which is what reach.ts's edge cost takes the logarithm of.
 */
import type { GraphEvent, Interaction, Person, PersonId, Role } from '../graph'
import { dayNumber, REAL_CONTACT_KINDS } from '../workflow'

export const HALF_LIFE_DAYS = 180
export const RECENCY_FLOOR = 0.25
const YEAR_DAYS = 365
const STRONG_CONTACTS = 4
const ROLE_STRENGTH: Record<Role, 1 | 2 | 3> = { advisor: 3, collaborator: 3, peer: 2, mentee: 2 }

export interface MyTie {
  strength: 1 | 2 | 3
  /** ISO date of the latest real contact, or null. */
  lastContactOn: string | null
  /** Real contacts in the 365 days up to now. */
  contactsLastYear: number
  recency: number
  weight: number
}

export interface MyTieInput {
  people: readonly Person[]
  interactions: readonly Interaction[]
  events: readonly GraphEvent[]
}

/** My direct tie to every person I know myself; `now` in ms since the epoch. */
export function measureMyTies(input: MyTieInput, now: number): Map<PersonId, MyTie> {
  const today = Math.floor(now / 86_400_000)
  const lastContact = new Map<PersonId, string>()
  const lastSign = new Map<PersonId, number>()
  const recent = new Map<PersonId, number>()
  const sign = (id: PersonId, day: number | null): void => {
    if (day === null || day > today) return
    if ((lastSign.get(id) ?? -Infinity) < day) lastSign.set(id, day)
  }
  for (const interaction of input.interactions) {
    if (!REAL_CONTACT_KINDS.has(interaction.kind)) continue
    const day = dayNumber(interaction.date)
    for (const id of new Set(interaction.personIds)) {
      if (!lastContact.has(id) || lastContact.get(id)! < interaction.date) lastContact.set(id, interaction.date)
      if (day !== null && day <= today && today - day <= YEAR_DAYS) recent.set(id, (recent.get(id) ?? 0) + 1)
      sign(id, day)
    }
  }
  const metAtEvent = new Set<PersonId>()
  for (const event of input.events) {
    const day = event.date === null ? null : dayNumber(event.date)
    for (const met of event.met) {
      metAtEvent.add(met.personId)
      sign(met.personId, day)
    }
  }
  const ties = new Map<PersonId, MyTie>()
  for (const person of input.people) {
    const howWeMet = person.howWeMet
    const known = person.roles.length > 0 || lastContact.has(person.id) || metAtEvent.has(person.id) || howWeMet.where !== null || howWeMet.when !== null
    if (!known) continue
    if (howWeMet.when !== null) sign(person.id, dayNumber(howWeMet.when))
    const contacts = recent.get(person.id) ?? 0
    const byRole = Math.max(1, ...person.roles.map((role) => ROLE_STRENGTH[role] ?? 1)) as 1 | 2 | 3
    const byContact: 1 | 2 | 3 = contacts >= STRONG_CONTACTS ? 3 : contacts >= 1 ? 2 : 1
    const strength = Math.max(byRole, byContact) as 1 | 2 | 3
    const last = lastSign.get(person.id)
    const recency = last === undefined ? RECENCY_FLOOR : RECENCY_FLOOR + (1 - RECENCY_FLOOR) * 2 ** (-(today - last) / HALF_LIFE_DAYS)
    ties.set(person.id, { strength, lastContactOn: lastContact.get(person.id) ?? null, contactsLastYear: contacts, recency, weight: (strength / 3) * recency })
  }
  return ties
}
