/**
 * What a calendar adds to the vault once its attendees are matched to people: one interaction
 * ('met') per past meeting with anyone I know, and a follow-up for the people I just met.
 *
 * Attendees (calendar-decisions below): an attendee whose address a person in the vault holds is
 * that person (certain, match-evidence.ts); a name alone only suggests and is skipped unless the
 * user merges it (the preview, or --merge-suggestions): nothing is merged on a guess. An attendee
 * nobody matches is added as a new person only when first met in the last FOLLOW_UP_WINDOW_DAYS
 * (a new acquaintance to follow up); everyone else a calendar names (colleagues on a hundred
 * invitations) stays out of the vault unless the user adds them in the preview. A calendar names
 * people; it does not describe them, so a matched person's profile is never changed.
 *
 * Interactions: the meeting's id (ics-import.ts) is the interaction's, so a meeting imported before
 * is not written again; a 'met' already logged by hand on that day with the same people is kept
 * instead of adding a second one. Kind 'met': a meeting is real contact, and a 'met' on the day
 * we met does not complete the follow-up (contact.ts), the thank-you afterwards does.
 *
 * Follow-ups: a person is just met when their first meeting in the calendar lies in the last
 * FOLLOW_UP_WINDOW_DAYS and nothing earlier is logged with them (no interaction, no event, no
 * "when we met" before it); they get an event for that meeting with `followUp` set, like people
 * added from an event (Today lists it). Someone who already has a follow-up gets no second one.
 */
import type { GraphEvent, GraphSnapshot, Interaction, PersonId } from '../graph'
import type { DuplicateCandidate } from './find-duplicates'
import { bestCandidates, type DecisionOptions, type ImportDecision } from './import-decisions'
import type { CalendarMeeting, ImportPreview, ParsedCalendar } from './import-types'
import { FOLLOW_UP_WINDOW_DAYS } from './ics-import'
import { LIMITS } from './imported-person'

export interface CalendarCounts {
  /** Past meetings in the window with someone besides me. */
  meetings: number
  interactions: number
  followUps: number
  /** Meetings this calendar already added (the same UID and start). */
  alreadyImported: number
  /** Meetings already logged by hand ('met', same day, the same people). */
  alreadyLogged: number
  /** Meetings with nobody the vault knows (or will know after this import). */
  noOneKnown: number
}

export interface CalendarPlan {
  interactions: Interaction[]
  followUps: GraphEvent[]
  counts: CalendarCounts
}

/** The decision for each attendee; see the header. */
export function suggestCalendarDecisions(preview: ImportPreview, candidates: readonly DuplicateCandidate[], options: DecisionOptions = {}): ImportDecision[] {
  const best = bestCandidates(candidates)
  return preview.people.map((person, index): ImportDecision => {
    const top = best.get(index)
    if (top !== undefined && (top.certain || (options.mergeSuggestions === true && top.target.kind === 'vault'))) return { action: 'merge', into: top.target }
    if (top !== undefined && top.target.kind === 'vault') return { action: 'skip' }
    return person.metAt !== null ? { action: 'new' } : { action: 'skip' }
  })
}

/** Where each attendee ends for a preview before writing: a vault id, a new person's key, or undefined (skipped). */
export function plannedIds(preview: ImportPreview, decisions: readonly ImportDecision[]): (index: number) => PersonId | undefined {
  const resolve = (index: number, depth: number): PersonId | undefined => {
    const decision = decisions[index]
    if (decision === undefined || decision.action === 'skip' || depth > preview.people.length) return undefined
    if (decision.action === 'new') return preview.people[index].key
    return decision.into.kind === 'vault' ? decision.into.personId : resolve(decision.into.index, depth + 1)
  }
  return (index) => resolve(index, 0)
}

const earlier = (map: Map<PersonId, string>, id: PersonId, date: string | null) => {
  if (date === null) return
  const seen = map.get(id)
  if (seen === undefined || date < seen) map.set(id, date)
}

function addDaysIso(iso: string, days: number): string {
  return new Date(Date.parse(`${iso}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10)
}

export function planCalendar(
  calendar: ParsedCalendar,
  idOf: (index: number) => PersonId | undefined,
  vault: Pick<GraphSnapshot, 'people' | 'interactions' | 'events'>,
): CalendarPlan {
  const counts: CalendarCounts = { meetings: calendar.meetings.length, interactions: 0, followUps: 0, alreadyImported: 0, alreadyLogged: 0, noOneKnown: 0 }
  const interactionIds = new Set(vault.interactions.map((i) => i.id))
  const eventIds = new Set(vault.events.map((e) => e.id))
  const firstContact = new Map<PersonId, string>()
  const handLogged = new Map<string, Interaction[]>()
  for (const person of vault.people) earlier(firstContact, person.id, person.howWeMet.when)
  for (const interaction of vault.interactions) {
    for (const id of interaction.personIds) earlier(firstContact, id, interaction.date)
    // A meeting this calendar added is found by its id; only a hand-logged 'met' can stand for another.
    if (interaction.kind !== 'met' || interaction.id.startsWith('cal-')) continue
    const list = handLogged.get(interaction.date)
    if (list === undefined) handLogged.set(interaction.date, [interaction])
    else list.push(interaction)
  }
  const followedUp = new Set<PersonId>()
  for (const event of vault.events) {
    for (const m of event.met) {
      earlier(firstContact, m.personId, event.date)
      if (m.followUp === true) followedUp.add(m.personId)
    }
  }

  const interactions: Interaction[] = []
  const firstMeeting = new Map<PersonId, CalendarMeeting>()
  for (const meeting of calendar.meetings) {
    const personIds = [...new Set(meeting.attendees.map(idOf).filter((id): id is PersonId => id !== undefined))].sort()
    if (personIds.length === 0) {
      counts.noOneKnown++
      continue
    }
    for (const id of personIds) if (!firstMeeting.has(id)) firstMeeting.set(id, meeting)
    if (interactionIds.has(meeting.id)) counts.alreadyImported++
    else if ((handLogged.get(meeting.date) ?? []).some((i) => personIds.every((id) => i.personIds.includes(id)))) counts.alreadyLogged++
    else interactions.push({ id: meeting.id, date: meeting.date, kind: 'met', personIds, note: meeting.title })
  }
  counts.interactions = interactions.length

  const recentFrom = addDaysIso(calendar.today, -FOLLOW_UP_WINDOW_DAYS)
  const metAt = new Map<string, { meeting: CalendarMeeting; people: PersonId[] }>()
  for (const [id, meeting] of firstMeeting) {
    const known = firstContact.get(id)
    if (meeting.date < recentFrom || followedUp.has(id) || (known !== undefined && known < meeting.date)) continue
    const entry = metAt.get(meeting.id)
    if (entry === undefined) metAt.set(meeting.id, { meeting, people: [id] })
    else entry.people.push(id)
  }
  const followUps: GraphEvent[] = []
  for (const { meeting, people } of metAt.values()) {
    const id = `${meeting.id}-f`
    if (eventIds.has(id)) continue
    const name = (meeting.title || meeting.where || meeting.date).slice(0, LIMITS.name)
    followUps.push({
      id,
      name,
      kind: 'other',
      where: meeting.where?.slice(0, LIMITS.text) ?? null,
      date: meeting.date,
      met: people.sort().map((personId) => ({ personId, exchange: '', followUp: true })),
    })
    counts.followUps += people.length
  }
  return { interactions, followUps, counts }
}
