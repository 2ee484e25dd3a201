/**
 * Calendar import at scale: a generated 5,000-event .ics (a year of meetings as Google exports
 * them: TZID=Asia/Tokyo with its VTIMEZONE, 4,800 single meetings with 2-5 attendees each and
 * 200 weekly series with an EXDATE, folded lines, CRLF) imported into a 2,000-person vault whose
 * people are half of the attendees: parseImport (expansion included) + findDuplicates +
 * suggestCalendarDecisions + applyImport, target ≤ 3 s. Baseline, measured in the same run:
 * ical.js alone parsing the same file (the parser's share of the import).
 */
import ICAL from 'ical.js'
import * as Y from 'yjs'
import { addPerson, readGraph } from '../../shared/graph'
import { applyImport, findDuplicates, parseImport, suggestCalendarDecisions } from '../../shared/io'
import { time } from './support/stats'
import type { Benchmark } from './types'

const EVENTS = 5_000
const SERIES = 200
const VAULT = 2_000
const ADDRESSES = 4_000
/** The calendar's clock: the meetings lie in the year before. */
const NOW = Date.parse('2026-03-20T12:00:00Z')
const DAY_MS = 86_400_000

function lcg(seed: number): () => number {
  let s = seed >>> 0
  return () => (s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 4294967296
}

const stamp = (ms: number) => new Date(ms).toISOString().slice(0, 19).replace(/[-:]/g, '')

function buildCalendar(): string {
  const r = lcg(7)
  const lines = [
    'BEGIN:VCALENDAR',
    'PRODID:-//Google Inc//Google Calendar 70.9054//EN',
    'VERSION:2.0',
    'X-WR-CALNAME:me@example.com',
    'BEGIN:VTIMEZONE',
    'TZID:Asia/Tokyo',
    'BEGIN:STANDARD',
    'TZOFFSETFROM:+0900',
    'TZOFFSETTO:+0900',
    'TZNAME:JST',
    'DTSTART:19700101T000000',
    'END:STANDARD',
    'END:VTIMEZONE',
  ]
  for (let e = 0; e < EVENTS; e++) {
    // Wall time in Tokyo, written as if UTC then read with TZID (the offset does not matter for the load).
    const start = NOW - Math.floor(r() * 360) * DAY_MS - Math.floor(r() * 10) * 3_600_000
    const series = e < SERIES
    lines.push('BEGIN:VEVENT', `DTSTART;TZID=Asia/Tokyo:${stamp(start)}`, `DTEND;TZID=Asia/Tokyo:${stamp(start + 3_600_000)}`, `UID:event-${e}@google.com`, `SUMMARY:Meeting ${e}`)
    if (series) lines.push('RRULE:FREQ=WEEKLY;COUNT=20', `EXDATE;TZID=Asia/Tokyo:${stamp(start + 7 * DAY_MS)}`)
    lines.push('ORGANIZER;CN=Me:mailto:me@example.com')
    for (let a = 0, n = 2 + Math.floor(r() * 4); a < n; a++) {
      const i = Math.floor(r() * ADDRESSES)
      lines.push(`ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Person Number ${i} Of`, ` The Bench;X-NUM-GUESTS=0:mailto:person${i}@example.com`)
    }
    lines.push('DESCRIPTION:An agenda long enough that the exporter folds it onto a second line of the e', ' xport file.', 'STATUS:CONFIRMED', 'END:VEVENT')
  }
  lines.push('END:VCALENDAR')
  return `${lines.join('\r\n')}\r\n`
}

function buildVault(): Y.Doc {
  const doc = new Y.Doc()
  doc.transact(() => {
    for (let i = 0; i < VAULT; i++) addPerson(doc, { id: `v${i}`, name: `Person ${i}`, handles: [{ kind: 'email', value: `person${i * 2}@example.com` }] }, { now: 0 })
  })
  return doc
}

const benchmark: Benchmark = {
  name: 'calendar-import',
  run: async (ctx) => {
    const text = buildCalendar()
    const file = new TextEncoder().encode(text)
    const parserAlone = time(() => void ICAL.parse(text))
    const doc = buildVault()
    let summary = ''
    const importMs = time(() => {
      const preview = parseImport(file, { calendar: { now: NOW, timeZone: 'Asia/Tokyo' } })
      const decisions = suggestCalendarDecisions(preview, findDuplicates(preview, readGraph(doc)))
      const result = applyImport(doc, preview, decisions, { now: NOW })
      summary = `${preview.people.length} attendees, ${preview.calendar?.meetings.length ?? 0} meetings, ${result.calendar?.interactions ?? 0} interactions and ${result.calendar?.followUps ?? 0} follow-ups written`
    })
    ctx.log(`calendar import: ${importMs.toFixed(0)} ms (${summary}); ical.js alone: ${parserAlone.toFixed(0)} ms`)
    await Promise.resolve()
    return [
      {
        name: 'calendar (.ics) import, 5,000 events into 2k vault',
        value: importMs,
        unit: 'ms',
        better: 'lower',
        target: 3_000,
        baseline: parserAlone,
        ratio: importMs / parserAlone,
        note: 'baseline: ical.js parsing the same file alone',
      },
    ]
  },
}

export default benchmark
