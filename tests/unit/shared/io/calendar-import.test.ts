import * as Y from 'yjs'
import { describe, expect, it } from 'vitest'
import { addPerson, logInteraction, readGraph, readWorkflow, updateMe } from '../../../../shared/graph'
import { applyImport, findDuplicates, ImportError, parseImport, planCalendar, plannedIds, reportImport, suggestCalendarDecisions } from '../../../../shared/io'
import { computeToday, todayIn } from '../../../../shared/workflow'
import { machine } from '../graph/replicas'
import { fixture } from './fixtures'

/** The clock of every test here: 2026-03-20 21:00 in Tokyo. */
const NOW = Date.parse('2026-03-20T12:00:00Z')
const CALENDAR = { now: NOW, timeZone: 'Asia/Tokyo', selfEmails: ['kenta@example.com'] }

function vault(): Y.Doc {
  const doc = machine(1)
  updateMe(doc, { name: '佐藤 健太', handles: [{ kind: 'email', value: 'Kenta@Example.com' }] }, { now: NOW })
  addPerson(doc, { id: 'hanako', name: '佐藤 花子', roles: ['advisor'], handles: [{ kind: 'email', value: 'hanako@example.org' }] }, { now: NOW })
  addPerson(doc, { id: 'bob', name: 'Bob Smith', roles: ['collaborator'], handles: [{ kind: 'email', value: 'BOB@work.example' }], howWeMet: { when: '2019-04-01' } }, { now: NOW })
  addPerson(doc, { id: 'yuki', name: 'Yuki Tanaka' }, { now: NOW })
  // Added by hand this week, nothing logged yet: the calendar's intro call is where we met.
  addPerson(doc, { id: 'emi', name: '伊藤 恵美', handles: [{ kind: 'email', value: 'emi@example.net' }] }, { now: NOW })
  return doc
}

function importInto(doc: Y.Doc, file = 'google-outlook.ics', options = {}) {
  const preview = parseImport(fixture(`calendar/${file}`), { calendar: { ...CALENDAR, ...options } })
  const { people } = readGraph(doc)
  const candidates = findDuplicates(preview, { people })
  const decisions = suggestCalendarDecisions(preview, candidates)
  const report = reportImport(preview, candidates, decisions, (id) => people.find((p) => p.id === id)?.name)
  const planned = planCalendar(preview.calendar!, plannedIds(preview, decisions), readGraph(doc))
  const result = applyImport(doc, preview, decisions, { now: NOW })
  return { preview, decisions, report, planned, result }
}

const brief = (doc: Y.Doc) => {
  const graph = readGraph(doc)
  const name = (id: string) => graph.people.find((p) => p.id === id)?.name ?? id
  return {
    interactions: graph.interactions.map((i) => [i.date, i.kind, i.personIds.map(name).join(' + '), i.note]).sort(),
    followUps: graph.events.flatMap((e) => e.met.filter((m) => m.followUp === true).map((m) => [e.date, e.name, e.where, name(m.personId)])).sort(),
    people: graph.people.map((p) => p.name).sort(),
  }
}

describe('calendar import (.ics as Google Calendar and Outlook export it)', () => {
  it('turns past meetings with known people into interactions and new acquaintances into follow-ups', () => {
    const doc = vault()
    const { preview, report, result, planned } = importInto(doc)
    expect(preview.format).toBe('ics')
    expect(preview.calendar!.counts).toEqual({ events: 13, occurrences: 13, cancelled: 2, outsideWindow: 2, declined: 1, alone: 1 })
    expect(preview.people.map((p) => [p.name, p.emails, p.metAt])).toEqual([
      ['Hanako Sato', ['hanako@example.org'], null],
      ['Bob Smith', ['bob@work.example'], null],
      ['Carol White', ['carol@work.example'], null],
      ['Yuki Tanaka', ['yuki@newco.example'], null],
      ['Emi Ito', ['emi@example.net'], '2026-03-12'],
      ['Daisuke Mori', ['mori@startup.example'], '2026-03-16'],
    ])
    expect(brief(doc)).toEqual({
      interactions: [
        ['2025-11-20', 'met', 'Bob Smith', 'Team offsite'],
        ['2026-01-05', 'met', 'Bob Smith', 'Team sync'],
        ['2026-01-16', 'met', 'Bob Smith', 'Dinner in New York'],
        ['2026-01-19', 'met', 'Bob Smith', 'Team sync'],
        ['2026-01-27', 'met', 'Bob Smith', 'Team sync (moved to Tuesday)'],
        ['2026-02-02', 'met', 'Bob Smith', 'Team sync'],
        ['2026-02-10', 'met', '佐藤 花子', '1:1 with Hanako'],
        ['2026-02-16', 'met', 'Bob Smith', 'Team sync'],
        ['2026-02-23', 'met', 'Bob Smith', 'Team sync'],
        ['2026-03-12', 'met', '伊藤 恵美', 'Intro call'],
        ['2026-03-16', 'met', 'Bob Smith + Daisuke Mori', 'Coffee with Daisuke'],
      ],
      followUps: [
        ['2026-03-12', 'Intro call', 'Microsoft Teams Meeting', '伊藤 恵美'],
        ['2026-03-16', 'Coffee with Daisuke', 'Blue Bottle Shinjuku', 'Daisuke Mori'],
      ],
      people: ['Bob Smith', 'Daisuke Mori', 'Yuki Tanaka', '伊藤 恵美', '佐藤 花子'],
    })
    // Bob, Hanako and Emi by their address; Yuki by name only, so not merged; Carol is a colleague
    // met long ago whom the vault does not hold, so she stays out.
    expect(report.counts).toEqual({ entries: 6, added: 1, mergedIntoVault: 3, mergedInFile: 0, skipped: 2, unreadable: 0 })
    expect(report.suggestions.map((s) => [s.name, s.targetName, s.reasons, s.decision])).toEqual([['Yuki Tanaka', 'Yuki Tanaka', ['same-name'], 'skip']])
    expect(result.calendar).toEqual({ meetings: 11, interactions: 11, followUps: 2, alreadyImported: 0, alreadyLogged: 0, noOneKnown: 0 })
    expect(planned.counts).toEqual(result.calendar)
    expect(result.records).toBe(13)
    // A calendar names people, it does not describe them: Bob keeps his name and notes.
    expect(readGraph(doc).people.find((p) => p.id === 'bob')).toMatchObject({ name: 'Bob Smith', notes: '' })
  })

  it('puts the follow-ups on Today, due two days after the meeting', () => {
    const doc = vault()
    importInto(doc)
    const today = todayIn(NOW, 'Asia/Tokyo')
    const items = computeToday(readGraph(doc), today, readWorkflow(doc)).filter((i) => i.kind === 'follow-up')
    expect(items.map((i) => [i.name, i.dueOn])).toEqual([
      ['伊藤 恵美', '2026-03-14'],
      ['Daisuke Mori', '2026-03-18'],
    ])
  })

  it('adds nothing when the same file is imported again', () => {
    const doc = vault()
    importInto(doc)
    const before = brief(doc)
    const state = Y.encodeStateVector(doc)
    const again = importInto(doc)
    expect(again.result.calendar).toEqual({ meetings: 11, interactions: 0, followUps: 0, alreadyImported: 11, alreadyLogged: 0, noOneKnown: 0 })
    expect(again.result.created).toEqual([])
    expect(brief(doc)).toEqual(before)
    expect(Y.encodeStateVector(doc)).toEqual(state)
  })

  it('keeps a meeting already logged by hand instead of adding a second one', () => {
    const doc = vault()
    logInteraction(doc, { date: '2026-02-10', kind: 'met', personIds: ['hanako'], note: 'career talk' })
    const { result } = importInto(doc)
    expect(result.calendar).toMatchObject({ interactions: 10, alreadyLogged: 1 })
  })

  it('expands recurring meetings only within the chosen window', () => {
    const doc = vault()
    const { result } = importInto(doc, 'google-outlook.ics', { since: '2026-02-01' })
    expect(brief(doc).interactions.map((i) => i[0])).toEqual(['2026-02-02', '2026-02-10', '2026-02-16', '2026-02-23', '2026-03-12', '2026-03-16'])
    expect(result.calendar?.meetings).toBe(6)
  })

  it('refuses a malformed file with its line, and leaves the vault as it was', () => {
    const doc = vault()
    const before = Y.encodeStateAsUpdate(doc)
    let error: unknown
    try {
      importInto(doc, 'malformed.ics')
    } catch (e) {
      error = e
    }
    expect(error).toBeInstanceOf(ImportError)
    expect((error as ImportError).message).toBe('line 67: DTSTART "2026-01-15 19:30" is not a date (YYYYMMDD) or a date and time (YYYYMMDDTHHMMSS)')
    expect((error as ImportError).at).toEqual({ line: 67 })
    expect(Y.encodeStateAsUpdate(doc)).toEqual(before)
  })

  it('refuses an event whose VTIMEZONE ical.js cannot expand at the event, not with a crash (io-fuzz seed 1560597737)', () => {
    const text = [
      'BEGIN:VCALENDAR',
      'BEGIN:VTIMEZONE',
      'TZID:Broken Zone',
      'BEGIN:STANDARD',
      'DTSTART:0000-00-T::',
      'TZOFFSETFROM:+0900',
      'TZOFFSETTO:+0900',
      'END:STANDARD',
      'END:VTIMEZONE',
      'BEGIN:VEVENT',
      'UID:a',
      'DTSTART;TZID=Broken Zone:20260101T090000',
      'ATTENDEE:mailto:bob@work.example',
      'END:VEVENT',
      'END:VCALENDAR',
      '',
    ].join('\r\n')
    expect(() => parseImport(text, { calendar: CALENDAR })).toThrow(/^line 10: this event cannot be read \(/)
  })

  it.each([
    [
      'BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\nUID:a\r\nDTSTART:20260101T090000Z\r\nEND:VCALENDAR\r\n',
      'line 6: END:VCALENDAR where BEGIN:VEVENT of line 3 is still open',
    ],
    ['BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nUID:a\r\nDTSTART:20260101T090000Z\r\nEND:VEVENT\r\n', 'line 1: BEGIN:VCALENDAR is never closed (no END:VCALENDAR)'],
    ['BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nUID:a\r\nSUMMARY:no start\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n', 'line 2: this event (VEVENT) has no DTSTART'],
    [
      'BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nUID:a\r\nDTSTART:20260230T090000\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n',
      'line 4: DTSTART "20260230T090000" is not a date (YYYYMMDD) or a date and time (YYYYMMDDTHHMMSS)',
    ],
    [
      'BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nUID:a\r\nthis line has no colon\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n',
      'line 4: "this line has no colon" is not an iCalendar line (NAME:value)',
    ],
    ['BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nUID:a\r\nDTSTART:20260101T090000Z\r\nRRULE:FREQ=SOMETIMES\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n', /^line 5: RRULE: /],
  ])('refuses %j', (text, message) => {
    const attempt = () => parseImport(text, { calendar: CALENDAR })
    if (typeof message === 'string') expect(attempt).toThrow(new ImportError('malformed', message.replace(/^line \d+: /, ''), { line: Number(/^line (\d+)/.exec(message)![1]) }))
    else expect(attempt).toThrow(message)
  })
})
