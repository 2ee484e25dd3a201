/**
 * Today: follow-ups and keep-in-touch items due or overdue, each with its reason, due day, the
 * interaction that marks it done and what a snooze needs.
 *
 * Follow-up: a person added from an event (met[].followUp) is due `followUpDays` after the
 * meeting, until real contact after the meeting (contact.ts). While it is pending, the person has
 * no keep-in-touch item: the follow-up is the contact the cadence would ask for.
 * Keep-in-touch: only for people I chose to keep close (a role with a cadence, or a cadence set on
 * the person; settings.ts). Due = last contact + cadence, where last contact is the latest real
 * contact in the log or event where we met: what really passed between us. howWeMet.when is not
 * contact (an address book's "connected on 1991-05-10" would make everyone decades overdue); the
 * date we met starts the clock only for a new acquaintance's follow-up. Someone I chose to keep
 * close with no contact at all is due today, "no contact logged yet" (a snooze of that item keys on
 * the day they were added, which does not move).
 * Snooze: a stored snooze moves the item to its `until` day while the item is still due on the day
 * it snoozed; contact that moves the due day makes it moot.
 * People in the trash are not in `snapshot.people`, so they have nothing due.
 *
 * Order: most days overdue first (so overdue, then due today, then upcoming within the horizon),
 * then follow-ups before keep-in-touch (the essay: contact new people early), then advisors,
 * then by name.
 */
import { comparePeople } from '../graph'
import type { GraphSnapshot, InteractionKind, PersonId, PersonWorkflow, Snooze, TodayItemKind, WorkflowData } from '../graph'
import { dayNumber, isoOfDay } from './calendar-days'
import { collectMeetings, isFollowUpDone } from './contact'
import { indexInteractions, type InteractionIndex } from './interaction-index'
import { chooseCadence, resolveWorkflowSettings, type CadenceSource } from './settings'

export type TodayReason =
  | { code: 'follow-up'; eventId: string; eventName: string; metOn: string; followUpDays: number }
  | { code: 'keep-in-touch'; lastContactOn: string | null; cadenceDays: number; cadenceFrom: CadenceSource }

export interface TodayItem {
  /** Stable per person and kind: `${kind}:${personId}`. */
  id: string
  kind: TodayItemKind
  personId: PersonId
  name: string
  reading: string | null
  advisor: boolean
  /** ISO date the item is due (after any snooze). */
  dueOn: string
  /** Today minus dueOn in calendar days: > 0 overdue, 0 due today, < 0 upcoming. */
  daysOverdue: number
  reason: TodayReason
  /** The due day before a snooze moved it, or null when not snoozed. */
  snoozedFrom: string | null
  /** Done in one action: log this interaction (it counts as real contact). */
  done: { date: string; kind: InteractionKind; personIds: PersonId[]; note: string }
  /** Pass to snooze() with the chosen `until`. */
  snooze: { item: TodayItemKind; dueOn: string }
}

export interface TodayOptions {
  /** Also list items due within this many days after today (for notifications); default 0. */
  horizonDays?: number
  /** A pass over the log shared with computeLedger (indexInteractions over the same snapshot). */
  index?: InteractionIndex
}

/** The kind logged when an item is done from Today: a short note is the usual way to reach out. */
export const DONE_KIND: InteractionKind = 'message'

/**
 * `today` is the user's calendar date (see todayIn), `workflow` what readWorkflow(doc) returns.
 */
export function computeToday(snapshot: GraphSnapshot, today: string, workflow: WorkflowData, options: TodayOptions = {}): TodayItem[] {
  const todayDay = dayNumber(today)
  if (todayDay === null) throw new RangeError(`today must be an ISO date, got "${today}"`)
  const horizon = todayDay + (options.horizonDays ?? 0)
  const settings = resolveWorkflowSettings(workflow.settings)
  const states = new Map<PersonId, PersonWorkflow>(workflow.people.map((p) => [p.personId, p]))
  const index = options.index?.people === snapshot.people ? options.index : indexInteractions(snapshot)
  const meetings = collectMeetings(snapshot)
  // Few distinct dates recur across 10,000 people: parse each once.
  const days = new Map<string, number | null>()
  const dayOf = (iso: string): number | null => {
    let day = days.get(iso)
    if (day === undefined) {
      day = dayNumber(iso)
      days.set(iso, day)
    }
    return day
  }
  const items: TodayItem[] = []

  snapshot.people.forEach((person, row) => {
    const state = states.get(person.id)
    // The ISO day string is built only for items that make the list.
    // `openDay`: an item that has no natural due day yet is due today, and a snooze keys on `naturalDay`.
    const push = (kind: TodayItemKind, naturalDay: number, reason: TodayReason, openDay = naturalDay) => {
      let snoozed: Snooze | undefined
      for (const s of state?.snoozes ?? []) {
        if (s.item === kind && dayOf(s.dueOn) === naturalDay) {
          snoozed = s
          break
        }
      }
      const dueDay = snoozed === undefined ? openDay : dayOf(snoozed.until)
      if (dueDay === null || dueDay > horizon) return
      const naturalDue = isoOfDay(naturalDay)
      items.push({
        id: `${kind}:${person.id}`,
        kind,
        personId: person.id,
        name: person.name,
        reading: person.reading,
        advisor: person.roles.includes('advisor'),
        dueOn: snoozed?.until ?? isoOfDay(openDay),
        daysOverdue: todayDay - dueDay,
        reason,
        snoozedFrom: snoozed === undefined ? null : naturalDue,
        done: { date: today, kind: DONE_KIND, personIds: [person.id], note: '' },
        snooze: { item: kind, dueOn: naturalDue },
      })
    }

    const followUp = meetings.followUps.get(person.id)
    if (followUp !== undefined && !isFollowUpDone(followUp, { last: index.last[row], lastNotMet: index.lastNotMet[row], first: index.first[row] })) {
      const metDay = dayOf(followUp.metOn)
      if (metDay !== null) push('follow-up', metDay + settings.followUpDays, { code: 'follow-up', ...followUp, followUpDays: settings.followUpDays })
      return
    }

    const { cadence, source } = chooseCadence(person.roles, state, settings)
    if (cadence === 'off') return
    let last = index.last[row]
    const met = meetings.lastMet.get(person.id)
    if (met !== undefined && (last === null || met > last)) last = met
    const lastDay = last === null ? null : dayOf(last)
    const reason: TodayReason = { code: 'keep-in-touch', lastContactOn: lastDay === null ? null : last, cadenceDays: cadence, cadenceFrom: source }
    // Never contacted: due today, every day until contact; a snooze keys on the day they were added.
    if (lastDay === null) push('keep-in-touch', Math.floor(person.createdAt / 86_400_000), reason, todayDay)
    else push('keep-in-touch', lastDay + cadence, reason)
  })

  // Names compare with a locale collator, the costly part; sort keys are built once per item.
  const kindRank = (k: TodayItemKind) => (k === 'follow-up' ? 0 : 1)
  const keyed = items.map((item) => ({ item, person: { id: item.personId, name: item.name, reading: item.reading } }))
  keyed.sort(
    (a, b) =>
      b.item.daysOverdue - a.item.daysOverdue ||
      kindRank(a.item.kind) - kindRank(b.item.kind) ||
      Number(b.item.advisor) - Number(a.item.advisor) ||
      comparePeople(a.person, b.person, 'name'),
  )
  return keyed.map((k) => k.item)
}
