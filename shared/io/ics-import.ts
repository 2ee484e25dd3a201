/**
 * Calendar import (.ics, RFC 5545) as written by Google Calendar, Apple Calendar and Outlook: the
 * meetings I had with people, as a preview whose entries are the people I met (the attendees) and
 * whose `calendar` lists the meetings (calendar-records.ts turns them into interactions and
 * follow-ups once the attendees are matched to people).
 *
 * Parsing: ics-lines.ts checks the structure with line numbers and unfolds; ical.js parses the
 * properties, parameters and values and expands recurrence rules (RRULE, RDATE, EXDATE). Each
 * series is expanded within the window [since, now]: occurrences replaced by a RECURRENCE-ID
 * exception are taken from the exception (moved, renamed, other attendees), and an occurrence or a
 * whole series with STATUS:CANCELLED is not a meeting. Times: ics-time.ts (TZID by Intl or by the
 * file's VTIMEZONE; UTC; floating in the user's zone); all-day events keep their date as written.
 *
 * A meeting is an occurrence that started within the window (past only: a meeting ahead has not
 * happened) with at least one attendee other than me. Attendees: ATTENDEE and ORGANIZER, with or
 * without CN, by their mailto address; left out are me (the vault's own emails, plus the
 * calendar's owner when X-WR-CALNAME is an address, as Google writes it), rooms and resources
 * (CUTYPE=ROOM/RESOURCE, Google's resource addresses) and whoever declined (PARTSTAT=DECLINED).
 * When I declined, the occurrence is no meeting.
 *
 * Identity: a meeting's id is "cal-" + a 64-bit hash of its UID and its original start (the
 * RECURRENCE-ID it has or would have), so importing the same file twice finds the same meetings.
 */
import ICAL from 'ical.js'
import { ImportError } from './import-error'
import type { CalendarMeeting, ImportPreview, ParsedCalendar } from './import-types'
import { fnv1a64, PersonCollector } from './imported-person'
import { readCalendarLines, type EventLines } from './ics-lines'
import { dateIn, instantInZone, isIanaZone, type WallTime } from './ics-time'
import { normalizeEmail } from './normalize'

export interface CalendarImportOptions {
  /** The clock: ms since the epoch. Meetings after it have not happened. */
  now: number
  /** First day of the window (ISO date, the user's calendar); default a year before today. */
  since?: string
  /** The user's IANA time zone; default the runtime's. */
  timeZone?: string
  /** My own addresses: never an attendee to match. */
  selfEmails?: readonly string[]
}

/** "Just met": a person first met this many days before now gets a follow-up. */
export const FOLLOW_UP_WINDOW_DAYS = 14
/** Occurrences looked at per series before the window ends (a daily series since 1970 is ~20,000). */
const MAX_OCCURRENCES = 50_000
const DAY_MS = 86_400_000
const RESOURCE_ADDRESS = /@resource\.calendar\.google\.com$/

interface Attendee {
  email: string | null
  name: string
  line: number
}

interface Occurrence {
  key: string
  start: number
  date: string
  allDay: boolean
  component: ICAL.Component
  lines: EventLines
}

class CalendarReader {
  readonly timeZone: string
  readonly from: number
  readonly warnings = new Set<string>()

  constructor(
    readonly options: CalendarImportOptions,
    readonly since: string,
  ) {
    this.timeZone = options.timeZone ?? Intl.DateTimeFormat().resolvedOptions().timeZone
    this.from = instantInZone({ ...wallOfDate(since), hour: 0, minute: 0, second: 0 }, this.timeZone)
  }

  /** Start instant and date of a DTSTART / RECURRENCE-ID / occurrence time, read in its zone. */
  timeOf(time: ICAL.Time, tzid: string | null): { start: number; date: string; allDay: boolean; key: string } {
    const wall: WallTime = { year: time.year, month: time.month, day: time.day, hour: time.hour, minute: time.minute, second: time.second }
    if (time.isDate) {
      const date = `${String(wall.year).padStart(4, '0')}-${String(wall.month).padStart(2, '0')}-${String(wall.day).padStart(2, '0')}`
      return { start: instantInZone({ ...wall, hour: 0, minute: 0, second: 0 }, this.timeZone), date, allDay: true, key: date }
    }
    let start: number
    if (time.zone?.tzid === 'UTC') start = Date.UTC(wall.year, wall.month - 1, wall.day, wall.hour, wall.minute, wall.second)
    else if (tzid !== null && isIanaZone(tzid)) start = instantInZone(wall, tzid)
    else if (tzid !== null && time.zone !== null && time.zone.component !== null && time.zone.tzid === tzid) start = time.toUnixTime() * 1000
    else {
      if (tzid !== null) this.warnings.add(`time zone "${tzid}" is neither known nor defined in the file; its times were read as ${this.timeZone}`)
      start = instantInZone(wall, this.timeZone)
    }
    return { start, date: dateIn(start, this.timeZone), allDay: false, key: new Date(start).toISOString() }
  }
}

function wallOfDate(iso: string): WallTime {
  const [year, month, day] = iso.split('-').map(Number)
  return { year, month, day, hour: 0, minute: 0, second: 0 }
}

const tzidOf = (component: ICAL.Component, name: string): string | null => {
  const value = component.getFirstProperty(name)?.getParameter('tzid')
  return typeof value === 'string' && value !== '' ? value : null
}

const textOf = (component: ICAL.Component, name: string): string => {
  const value = component.getFirstPropertyValue(name)
  return typeof value === 'string' ? value.trim() : ''
}

const cancelled = (component: ICAL.Component) => textOf(component, 'status').toUpperCase() === 'CANCELLED'

function invalid(lines: EventLines, property: string, error: unknown): never {
  const line = lines.properties.get(property.toUpperCase()) ?? lines.line
  throw new ImportError('malformed', `${property.toUpperCase()}: ${error instanceof Error ? error.message : String(error)}`, { line })
}

/** The occurrences of one series (master and exceptions sharing a UID) that start within [from, now]. */
function occurrencesOf(
  reader: CalendarReader,
  master: { component: ICAL.Component; lines: EventLines } | undefined,
  exceptions: { component: ICAL.Component; lines: EventLines }[],
  counts: ParsedCalendar['counts'],
): Occurrence[] {
  const { now } = reader.options
  const out: Occurrence[] = []
  const replaced = new Set<string>()
  for (const exception of exceptions) {
    const id = exception.component.getFirstPropertyValue('recurrence-id') as ICAL.Time
    replaced.add(reader.timeOf(id, tzidOf(exception.component, 'recurrence-id')).key)
  }
  const take = (component: ICAL.Component, lines: EventLines, key: string, time: ICAL.Time, tzid: string | null) => {
    const at = reader.timeOf(time, tzid)
    if (at.start < reader.from || at.start > now) return counts.outsideWindow++
    if (cancelled(component)) return counts.cancelled++
    out.push({ key, start: at.start, date: at.date, allDay: at.allDay, component, lines })
  }
  if (master !== undefined) {
    const { component, lines } = master
    const tzid = tzidOf(component, 'dtstart')
    let start: ICAL.Time
    try {
      start = component.getFirstPropertyValue('dtstart') as ICAL.Time
    } catch (error) {
      invalid(lines, 'dtstart', error)
    }
    const recurring = component.hasProperty('rrule') || component.hasProperty('rdate')
    if (!recurring) take(component, lines, reader.timeOf(start, tzid).key, start, tzid)
    else {
      let iterator: ICAL.RecurExpansion
      try {
        iterator = new ICAL.Event(component).iterator()
      } catch (error) {
        invalid(lines, component.hasProperty('rrule') ? 'rrule' : 'rdate', error)
      }
      for (let n = 0; n < MAX_OCCURRENCES; n++) {
        let next: ICAL.Time | null
        try {
          next = iterator.next()
        } catch (error) {
          invalid(lines, 'rrule', error)
        }
        if (!next) break
        // Far before the window (a series begun years ago): no zone arithmetic needed to know it.
        if (!next.isDate && Date.UTC(next.year, next.month - 1, next.day) < reader.from - 2 * DAY_MS) {
          counts.outsideWindow++
          continue
        }
        const at = reader.timeOf(next, tzid)
        if (at.start > now) break
        if (replaced.has(at.key)) continue
        take(component, lines, at.key, next, tzid)
        if (n === MAX_OCCURRENCES - 1) reader.warnings.add(`a series (line ${lines.line}) has more than ${MAX_OCCURRENCES} occurrences; later ones were left out`)
      }
    }
  }
  for (const { component, lines } of exceptions) {
    if (master !== undefined && cancelled(master.component)) {
      counts.cancelled++
      continue
    }
    const id = component.getFirstPropertyValue('recurrence-id') as ICAL.Time
    const key = reader.timeOf(id, tzidOf(component, 'recurrence-id')).key
    take(component, lines, key, component.getFirstPropertyValue('dtstart') as ICAL.Time, tzidOf(component, 'dtstart'))
  }
  return out
}

/**
 * occurrencesOf, with what ical.js finds wrong only while expanding (a broken VTIMEZONE rule, a
 * date it cannot hydrate) refused at the event's line like any other malformed content.
 */
function readSeries(...args: Parameters<typeof occurrencesOf>): Occurrence[] {
  try {
    return occurrencesOf(...args)
  } catch (error) {
    if (error instanceof ImportError) throw error
    const lines = (args[1] ?? args[2][0]).lines
    throw new ImportError('malformed', `this event cannot be read (${error instanceof Error ? error.message : String(error)})`, { line: lines.line })
  }
}

function decodeAddress(value: string): string {
  try {
    return decodeURIComponent(value)
  } catch {
    return value
  }
}

/** The people of an occurrence other than me, rooms and those who declined; null when I declined. */
function attendeesOf(component: ICAL.Component, lines: EventLines, self: ReadonlySet<string>): Attendee[] | null {
  const out: Attendee[] = []
  const line = lines.properties.get('ATTENDEE') ?? lines.properties.get('ORGANIZER') ?? lines.line
  for (const property of [...component.getAllProperties('organizer'), ...component.getAllProperties('attendee')]) {
    const value = property.getFirstValue()
    const address = typeof value === 'string' && /^mailto:/i.test(value) ? normalizeEmail(decodeAddress(value.replace(/^mailto:/i, ''))) : null
    const email = address !== null && address.includes('@') ? address : null
    const cn = property.getParameter('cn')
    const name = typeof cn === 'string' ? cn.replace(/^"|"$/g, '').trim() : ''
    const cutype = String(property.getParameter('cutype') ?? '').toUpperCase()
    const declined = String(property.getParameter('partstat') ?? '').toUpperCase() === 'DECLINED'
    if (email !== null && self.has(email)) {
      if (declined) return null
      continue
    }
    if (cutype === 'ROOM' || cutype === 'RESOURCE' || declined || (email !== null && RESOURCE_ADDRESS.test(email))) continue
    if (email === null && name === '') continue
    out.push({ email, name, line })
  }
  return out
}

export function importIcs(text: string, options: CalendarImportOptions): ImportPreview {
  const timeZone = options.timeZone ?? Intl.DateTimeFormat().resolvedOptions().timeZone
  const today = dateIn(options.now, timeZone)
  const since = options.since ?? dateIn(options.now - 365 * DAY_MS, timeZone)
  if (!/^\d{4}-\d{2}-\d{2}$/.test(since)) throw new ImportError('invalid-data', `the window's first day "${since}" is not a date (YYYY-MM-DD)`)
  const reader = new CalendarReader({ ...options, timeZone }, since)
  const lines = readCalendarLines(text)
  let roots: unknown[]
  try {
    const parsed = ICAL.parse(lines.text) as unknown[]
    roots = Array.isArray(parsed[0]) ? parsed : [parsed]
  } catch (error) {
    // ical.js names no line: find the first line it cannot read on its own.
    for (const { text: content, line } of lines.lines) {
      if (/^(BEGIN|END):/i.test(content)) continue
      try {
        ICAL.parse.property(content)
      } catch (lineError) {
        throw new ImportError('malformed', `${content.slice(0, content.search(/[;:]/))}: ${lineError instanceof Error ? lineError.message : String(lineError)}`, { line })
      }
    }
    throw new ImportError('malformed', `not a readable iCalendar file (${error instanceof Error ? error.message : String(error)})`, { line: 1 })
  }
  const self = new Set((options.selfEmails ?? []).map(normalizeEmail))
  const series = new Map<string, { master?: { component: ICAL.Component; lines: EventLines }; exceptions: { component: ICAL.Component; lines: EventLines }[] }>()
  let index = 0
  for (const root of roots) {
    const calendar = new ICAL.Component(root as unknown[])
    const owner = textOf(calendar, 'x-wr-calname')
    if (/^[^\s@]+@[^\s@]+$/.test(owner)) self.add(normalizeEmail(owner))
    for (const component of calendar.getAllSubcomponents('vevent')) {
      const eventLines = lines.events[index++]
      const uid = textOf(component, 'uid') || `line-${eventLines.line}`
      let entry = series.get(uid)
      if (entry === undefined) series.set(uid, (entry = { exceptions: [] }))
      if (component.hasProperty('recurrence-id')) entry.exceptions.push({ component, lines: eventLines })
      else if (entry.master === undefined) entry.master = { component, lines: eventLines }
    }
  }

  const counts: ParsedCalendar['counts'] = { events: index, occurrences: 0, cancelled: 0, outsideWindow: 0, declined: 0, alone: 0 }
  const people = new PersonCollector('ics')
  const indexOf = new Map<string, number>()
  const drafts: { attendee: Attendee; first: CalendarMeeting }[] = []
  const meetings: CalendarMeeting[] = []
  for (const [uid, { master, exceptions }] of series) {
    for (const occurrence of readSeries(reader, master, exceptions, counts)) {
      counts.occurrences++
      const attendees = attendeesOf(occurrence.component, occurrence.lines, self)
      if (attendees === null) {
        counts.declined++
        continue
      }
      if (attendees.length === 0) {
        counts.alone++
        continue
      }
      const meeting: CalendarMeeting = {
        id: `cal-${fnv1a64(`${uid}\u0000${occurrence.key}`)}`,
        title: textOf(occurrence.component, 'summary'),
        where: textOf(occurrence.component, 'location') || null,
        date: occurrence.date,
        start: occurrence.start,
        attendees: [],
        at: { line: occurrence.lines.line },
      }
      for (const attendee of attendees) {
        const key = attendee.email ?? `name:${attendee.name.normalize('NFKC').toLowerCase()}`
        let i = indexOf.get(key)
        if (i === undefined) {
          i = drafts.length
          indexOf.set(key, i)
          drafts.push({ attendee, first: meeting })
        } else if (drafts[i].attendee.name === '' && attendee.name !== '') drafts[i].attendee = { ...drafts[i].attendee, name: attendee.name }
        if (meeting.start < drafts[i].first.start) drafts[i].first = meeting
        if (!meeting.attendees.includes(i)) meeting.attendees.push(i)
      }
      meetings.push(meeting)
    }
  }
  const recentFrom = dateIn(options.now - FOLLOW_UP_WINDOW_DAYS * DAY_MS, timeZone)
  for (const { attendee, first } of drafts) {
    const recent = first.date >= recentFrom
    people.add({ name: attendee.name, emails: [attendee.email], metAt: recent ? first.date : null, metWhere: recent ? first.title || first.where : null }, { line: attendee.line })
  }
  meetings.sort((a, b) => a.start - b.start || (a.id < b.id ? -1 : 1))
  const warnings = [...people.warnings, ...[...reader.warnings].map((message) => ({ message, at: { line: 1 } }))]
  return { format: 'ics', entries: people.entries, people: people.people, warnings, calendar: { since, today, timeZone, meetings, counts } }
}
