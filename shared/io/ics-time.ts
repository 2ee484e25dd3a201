/**
 * Wall-clock times of a calendar file to instants and back to the user's calendar date.
 *
 * An iCalendar DATE-TIME is a UTC instant ("...Z"), a wall time in a named zone (TZID=...), or a
 * floating wall time (read in the user's zone). A TZID that names an IANA zone (Google and Apple
 * write "Asia/Tokyo") is resolved with Intl, whose tz database knows each zone's history; a TZID
 * that is only defined by the file's VTIMEZONE block (Outlook writes "Tokyo Standard Time") is
 * resolved with that block by ical.js (ics-import.ts). An unknown TZID is read as floating, with a warning
 * by the caller.
 *
 * Wall time to instant is the usual two-pass guess: take the wall time as if it were UTC, subtract
 * the zone's offset at that guess, then correct once with the offset at the result (a wall time in
 * a daylight-saving gap moves forward, one in the repeated hour takes the first). Formatters are
 * cached per zone: building an Intl.DateTimeFormat costs far more than using one.
 */
/** Year, month (1-12), day, hour, minute, second, as written. */
export interface WallTime {
  year: number
  month: number
  day: number
  hour: number
  minute: number
  second: number
}

const formatters = new Map<string, Intl.DateTimeFormat | null>()

function formatterOf(timeZone: string): Intl.DateTimeFormat | null {
  let f = formatters.get(timeZone)
  if (f === undefined) {
    try {
      f = new Intl.DateTimeFormat('en-US', { timeZone, hourCycle: 'h23', year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric', second: 'numeric' })
    } catch {
      f = null
    }
    formatters.set(timeZone, f)
  }
  return f
}

/** True when the runtime knows `name` as an IANA time zone. */
export function isIanaZone(name: string): boolean {
  return formatterOf(name) !== null
}

/** The wall time of `instant` (ms) in an IANA zone. */
export function wallTimeIn(instant: number, timeZone: string): WallTime {
  const f = formatterOf(timeZone)
  if (f === null) throw new RangeError(`unknown time zone "${timeZone}"`)
  const out: WallTime = { year: 0, month: 0, day: 0, hour: 0, minute: 0, second: 0 }
  for (const part of f.formatToParts(instant)) {
    if (part.type === 'year' || part.type === 'month' || part.type === 'day' || part.type === 'hour' || part.type === 'minute' || part.type === 'second')
      out[part.type] = Number(part.value)
  }
  return out
}

const asUtc = (w: WallTime) => Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second)

/** Offset of an IANA zone from UTC at `instant`, in ms. */
function offsetAt(instant: number, timeZone: string): number {
  return asUtc(wallTimeIn(instant, timeZone)) - Math.floor(instant / 1000) * 1000
}

/** The instant a wall time in an IANA zone names. */
export function instantInZone(wall: WallTime, timeZone: string): number {
  const guess = asUtc(wall)
  const first = guess - offsetAt(guess, timeZone)
  return guess - offsetAt(first, timeZone)
}

/** The ISO date (YYYY-MM-DD) of `instant` on the user's calendar. */
export function dateIn(instant: number, timeZone: string): string {
  const w = wallTimeIn(instant, timeZone)
  return `${String(w.year).padStart(4, '0')}-${String(w.month).padStart(2, '0')}-${String(w.day).padStart(2, '0')}`
}
