/**
 * The first pass over an iCalendar file (RFC 5545 3.1): unfold the lines, keeping the number of
 * the physical line each logical line starts on, and check the structure, so that a malformed
 * file is refused with the line that is wrong. ical.js then parses the unfolded text; its own
 * errors carry no line number.
 *
 * Checked here: the file starts with BEGIN:VCALENDAR; every line is NAME[;PARAM=...]:VALUE (a
 * quoted parameter value may hold ":" and ";"); every BEGIN has its END, in order; every VEVENT
 * has a DTSTART whose value is a DATE or DATE-TIME (RFC 5545 3.3.4, 3.3.5). Blank lines are
 * tolerated (some exporters end the file with one) and dropped.
 */
import { ImportError } from './import-error'

/** Where a VEVENT is: its BEGIN line, and the line of each property's first occurrence. */
export interface EventLines {
  line: number
  properties: Map<string, number>
}

export interface CalendarLines {
  /** The unfolded content lines, CRLF-joined, for ical.js. */
  text: string
  /** The VEVENTs directly inside VCALENDAR, in file order (the order ical.js lists them). */
  events: EventLines[]
  /** Each unfolded line with the number of the physical line it starts on. */
  lines: { text: string; line: number }[]
}

const NAME = /^[A-Za-z0-9-]+$/
const DATE_VALUE = /^\d{8}$/
const DATE_TIME_VALUE = /^\d{8}T\d{6}Z?$/

/** Index of the ":" that ends the name and parameters, skipping quoted parameter values; -1 if none. */
function valueColon(line: string): number {
  let quoted = false
  for (let i = 0; i < line.length; i++) {
    const c = line.charCodeAt(i)
    if (c === 34) quoted = !quoted
    else if (c === 58 && !quoted) return i
  }
  return -1
}

/** Month 1-12, a day the month has, hour < 24, minute and second < 60 (a leap second is not a meeting). */
function isRealTime(value: string): boolean {
  const year = Number(value.slice(0, 4))
  const month = Number(value.slice(4, 6))
  const day = Number(value.slice(6, 8))
  const d = new Date(Date.UTC(year, month - 1, day))
  if (d.getUTCFullYear() !== year || d.getUTCMonth() !== month - 1 || d.getUTCDate() !== day) return false
  return value.length === 8 || (Number(value.slice(9, 11)) < 24 && Number(value.slice(11, 13)) < 60 && Number(value.slice(13, 15)) < 60)
}

function refuse(line: number, message: string): never {
  throw new ImportError('malformed', message, { line })
}

const shown = (text: string) => (text.length > 60 ? `${text.slice(0, 57)}...` : text)

export function readCalendarLines(text: string): CalendarLines {
  const physical = text.split(/\r\n|\r|\n/)
  const logical: { text: string; line: number }[] = []
  for (let i = 0; i < physical.length; i++) {
    const raw = physical[i]
    const first = raw.charCodeAt(0)
    if ((first === 32 || first === 9) && logical.length > 0) logical[logical.length - 1].text += raw.slice(1)
    else if (raw.trim() !== '') logical.push({ text: raw, line: i + 1 })
  }
  if (logical.length === 0 || logical[0].text.trim().toUpperCase() !== 'BEGIN:VCALENDAR') refuse(logical[0]?.line ?? 1, 'an iCalendar file starts with BEGIN:VCALENDAR')

  const stack: { name: string; line: number }[] = []
  const events: EventLines[] = []
  let event: EventLines | null = null
  for (const { text: content, line } of logical) {
    const colon = valueColon(content)
    const head = colon < 0 ? '' : content.slice(0, colon)
    const semicolon = head.indexOf(';')
    const name = (semicolon < 0 ? head : head.slice(0, semicolon)).toUpperCase()
    if (colon < 0 || !NAME.test(name)) refuse(line, `"${shown(content)}" is not an iCalendar line (NAME:value)`)
    const value = content.slice(colon + 1).trim()
    if (name === 'BEGIN') {
      const component = value.toUpperCase()
      if (stack.length === 0 && component !== 'VCALENDAR') refuse(line, `BEGIN:${component} outside BEGIN:VCALENDAR ... END:VCALENDAR`)
      stack.push({ name: component, line })
      if (component === 'VEVENT' && stack.length === 2 && stack[0].name === 'VCALENDAR') {
        event = { line, properties: new Map() }
        events.push(event)
      }
    } else if (name === 'END') {
      const component = value.toUpperCase()
      const open = stack.pop()
      if (open === undefined) refuse(line, `END:${component} without a BEGIN:${component}`)
      if (open.name !== component) refuse(line, `END:${component} where BEGIN:${open.name} of line ${open.line} is still open`)
      if (component === 'VEVENT' && event !== null && stack.length === 1) {
        if (!event.properties.has('DTSTART')) refuse(event.line, 'this event (VEVENT) has no DTSTART')
        event = null
      }
    } else if (stack.length === 0) {
      refuse(line, `"${shown(content)}" is outside BEGIN:VCALENDAR ... END:VCALENDAR`)
    } else if (event !== null && stack.length === 2) {
      if (!event.properties.has(name)) event.properties.set(name, line)
      if (name === 'DTSTART' || name === 'DTEND' || name === 'RECURRENCE-ID') {
        const isDate = /;VALUE=DATE(;|$)/i.test(head)
        if (!((isDate ? DATE_VALUE : DATE_TIME_VALUE).test(value) || DATE_VALUE.test(value)) || !isRealTime(value)) {
          refuse(line, `${name} "${shown(value)}" is not a date (YYYYMMDD) or a date and time (YYYYMMDDTHHMMSS)`)
        }
      }
    }
  }
  const open = stack.pop()
  if (open !== undefined) refuse(open.line, `BEGIN:${open.name} is never closed (no END:${open.name})`)
  return { text: logical.map((l) => l.text).join('\r\n'), events, lines: logical }
}
