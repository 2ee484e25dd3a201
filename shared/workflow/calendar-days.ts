/**
 * Calendar-day arithmetic on ISO dates `YYYY-MM-DD`.
 *
 * Why calendar days and not instants: a due day is a day on the user's calendar. Adding N × 24 h
 * to a local midnight lands on 23:00 or 01:00 across a daylight-saving change, and converting an
 * instant to a date in another time zone moves it by a day. So dates are kept as day numbers
 * (days since 1970-01-01, computed with Date.UTC, which has no DST), and the only place a time
 * zone enters is `todayIn`, which the caller uses once to turn "now" into today's date where the
 * user is.
 */

const DAY_MS = 86_400_000
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/

/** Days since 1970-01-01 of an ISO date, or null when it is not a real calendar date. */
export function dayNumber(iso: string): number | null {
  const m = ISO_DATE.exec(iso)
  if (m === null) return null
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])]
  const time = Date.UTC(year, month - 1, day)
  const back = new Date(time)
  // Date.UTC rolls 2025-02-30 over into March; reject instead of silently moving the day.
  if (back.getUTCFullYear() !== year || back.getUTCMonth() !== month - 1 || back.getUTCDate() !== day) return null
  return time / DAY_MS
}

/** The ISO date of a day number. */
export function isoOfDay(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10)
}

/** `iso` plus `days` calendar days. Throws on an invalid date: callers pass validated dates. */
export function addDays(iso: string, days: number): string {
  const day = dayNumber(iso)
  if (day === null) throw new RangeError(`not an ISO date: "${iso}"`)
  return isoOfDay(day + days)
}

/** Calendar days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  const a = dayNumber(from)
  const b = dayNumber(to)
  if (a === null || b === null) throw new RangeError(`not an ISO date: "${a === null ? from : to}"`)
  return b - a
}

/**
 * Today's date where the user is: the calendar date of `instant` (ms since epoch) in `timeZone`
 * (an IANA name; the runtime's own zone when omitted). The one function here that knows about
 * time zones; call it once per computation and pass the result on.
 */
export function todayIn(instant: number, timeZone?: string): string {
  const parts = new Intl.DateTimeFormat('en-US', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).formatToParts(instant)
  const part = (type: string) => parts.find((p) => p.type === type)?.value ?? ''
  return `${part('year')}-${part('month')}-${part('day')}`
}
