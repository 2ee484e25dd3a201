/**
 * Real contact, derived from the log in one pass. Nothing here is stored: last contact moves the
 * moment an interaction is logged, edited or removed.
 *
 * Real contact = an exchange between me and the person: consultations either way, help either
 * way, meeting, a message, a call, working together. Not real contact: 'introduced', because an
 * introduction's people include whoever I introduced them to, someone I may never have spoken
 * with; and a snooze, which only moves a reminder. When I introduce someone I usually also write
 * to them, and that message is what to log as contact.
 *
 * ISO dates compare correctly as strings, so the pass never parses a date.
 */
import type { GraphSnapshot, InteractionKind, PersonId } from '../graph'

export const REAL_CONTACT_KINDS: ReadonlySet<InteractionKind> = new Set<InteractionKind>([
  'consulted-them',
  'consulted-me',
  'helped-them',
  'helped-me',
  'met',
  'message',
  'call',
  'worked-together',
])

export interface ContactFacts {
  /** Latest real contact of any kind. */
  last: string | null
  /** Latest real contact other than 'met'; a follow-up is done by contact after the meeting. */
  lastNotMet: string | null
  /** Earliest interaction of any kind (provenance falls back to it for "when we met"). */
  first: string | null
}

/** Per person: contact facts from interactions and the latest event meeting. */
export function collectContacts(snapshot: Pick<GraphSnapshot, 'interactions'>): Map<PersonId, ContactFacts> {
  const facts = new Map<PersonId, ContactFacts>()
  for (const interaction of snapshot.interactions) {
    const real = REAL_CONTACT_KINDS.has(interaction.kind)
    const notMet = real && interaction.kind !== 'met'
    const date = interaction.date
    for (const id of interaction.personIds) {
      let f = facts.get(id)
      if (f === undefined) {
        f = { last: null, lastNotMet: null, first: null }
        facts.set(id, f)
      }
      if (f.first === null || date < f.first) f.first = date
      if (!real) continue
      if (f.last === null || date > f.last) f.last = date
      if (notMet && (f.lastNotMet === null || date > f.lastNotMet)) f.lastNotMet = date
    }
  }
  return facts
}

/** A follow-up a person has because they were added from an event. */
export interface PendingFollowUp {
  eventId: string
  eventName: string
  metOn: string
}

export interface Meetings {
  /** Latest event each person was met at (any entry, flagged or not). */
  lastMet: Map<PersonId, string>
  /** Earliest event each person was met at. */
  firstMet: Map<PersonId, string>
  /** The latest flagged meeting per person: the follow-up that may be pending. */
  followUps: Map<PersonId, PendingFollowUp>
}

export function collectMeetings(snapshot: Pick<GraphSnapshot, 'events'>): Meetings {
  const lastMet = new Map<PersonId, string>()
  const firstMet = new Map<PersonId, string>()
  const followUps = new Map<PersonId, PendingFollowUp>()
  for (const event of snapshot.events) {
    const date = event.date
    if (date === null) continue
    for (const m of event.met) {
      const last = lastMet.get(m.personId)
      if (last === undefined || date > last) lastMet.set(m.personId, date)
      const first = firstMet.get(m.personId)
      if (first === undefined || date < first) firstMet.set(m.personId, date)
      if (m.followUp !== true) continue
      const current = followUps.get(m.personId)
      if (current === undefined || date > current.metOn || (date === current.metOn && event.id < current.eventId)) {
        followUps.set(m.personId, { eventId: event.id, eventName: event.name, metOn: date })
      }
    }
  }
  return { lastMet, firstMet, followUps }
}

/**
 * Done once there is real contact after the meeting: on a later day, or on the meeting day itself
 * by anything but 'met' (a 'met' logged that day is the meeting, not the follow-up; a thank-you
 * the same evening is the best follow-up there is).
 */
export function isFollowUpDone(followUp: PendingFollowUp, facts: ContactFacts | undefined): boolean {
  if (facts === undefined) return false
  return (facts.last !== null && facts.last > followUp.metOn) || (facts.lastNotMet !== null && facts.lastNotMet >= followUp.metOn)
}
