import { describe, expect, it } from 'vitest'
import {
  addEventWithPeople,
  addPerson,
  deletePerson,
  logInteraction,
  markFollowUpDone,
  readGraph,
  readWorkflow,
  restorePerson,
  setCadence,
  setCadenceFor,
  setWorkflowSettings,
  snooze,
} from '../../../../shared/graph'
import { addDays, computeToday, todayIn, type TodayItem } from '../../../../shared/workflow'
import { machine } from '../graph/replicas'

const brief = (items: TodayItem[]) => items.map((i) => [i.kind, i.personId, i.dueOn, i.daysOverdue])
const todayOf = (doc: ReturnType<typeof machine>, today: string, horizonDays = 0) => computeToday(readGraph(doc), today, readWorkflow(doc), { horizonDays })

describe('follow-ups', () => {
  it('are due two days after the event, done by logging contact, after which the cadence takes over', () => {
    const doc = machine(1)
    const {
      personIds: [sato, tanaka],
    } = addEventWithPeople(doc, {
      name: 'UX Tokyo',
      kind: 'meetup',
      date: '2025-03-28',
      newPeople: [{ person: { id: 'sato', name: '佐藤 花子' } }, { person: { id: 'tanaka', name: '田中 蓮' } }],
    })
    expect(brief(todayOf(doc, '2025-03-29'))).toEqual([])
    expect(brief(todayOf(doc, '2025-03-30'))).toEqual([
      ['follow-up', sato, '2025-03-30', 0],
      ['follow-up', tanaka, '2025-03-30', 0],
    ])
    const [first] = todayOf(doc, '2025-03-31')
    expect(first.reason).toEqual({ code: 'follow-up', eventId: expect.any(String) as string, eventName: 'UX Tokyo', metOn: '2025-03-28', followUpDays: 2 })
    markFollowUpDone(doc, sato, { date: '2025-03-31' })
    expect(brief(todayOf(doc, '2025-03-31'))).toEqual([['follow-up', tanaka, '2025-03-30', 1]])
    // 佐藤 has no role and no cadence of their own: once followed up, nothing more is asked.
    expect(brief(todayOf(doc, '2025-09-27'))).toEqual([['follow-up', tanaka, '2025-03-30', 181]])
  })

  it('uses the configured number of days; a "met" logged on the meeting day is not the follow-up', () => {
    const doc = machine(1)
    setWorkflowSettings(doc, { followUpDays: 5 })
    addEventWithPeople(doc, { name: 'Conf', kind: 'conference', date: '2025-03-28', newPeople: [{ person: { id: 'a', name: 'A' } }] })
    logInteraction(doc, { date: '2025-03-28', kind: 'met', personIds: ['a'] })
    expect(brief(todayOf(doc, '2025-04-02'))).toEqual([['follow-up', 'a', '2025-04-02', 0]])
    logInteraction(doc, { date: '2025-03-28', kind: 'message', personIds: ['a'], note: 'thank you' })
    expect(todayOf(doc, '2025-04-02').map((i) => i.kind)).toEqual([])
  })
})

describe('keep-in-touch cadence', () => {
  function withAdvisor() {
    const doc = machine(1)
    addPerson(doc, { id: 'adv', name: 'Advisor', roles: ['advisor'], howWeMet: { when: '2024-01-10' } })
    logInteraction(doc, { date: '2025-01-01', kind: 'consulted-them', personIds: ['adv'] })
    return doc
  }

  it('moves the due day with every real contact, and not with an introduction', () => {
    const doc = withAdvisor()
    expect(brief(todayOf(doc, '2025-03-02'))).toEqual([['keep-in-touch', 'adv', '2025-03-02', 0]])
    logInteraction(doc, { date: '2025-02-20', kind: 'introduced', personIds: ['adv'] })
    expect(brief(todayOf(doc, '2025-03-02'))).toEqual([['keep-in-touch', 'adv', '2025-03-02', 0]])
    logInteraction(doc, { date: '2025-02-20', kind: 'call', personIds: ['adv'] })
    expect(brief(todayOf(doc, '2025-03-02'))).toEqual([])
    expect(brief(todayOf(doc, '2025-04-21'))).toEqual([['keep-in-touch', 'adv', '2025-04-21', 0]])
  })

  it('follows a per-person override, the vault role setting, and "off"', () => {
    const doc = withAdvisor()
    setWorkflowSettings(doc, { cadence: { advisor: 30 } })
    expect(todayOf(doc, '2025-01-31').map((i) => i.dueOn)).toEqual(['2025-01-31'])
    setCadence(doc, 'adv', 7)
    expect(todayOf(doc, '2025-01-08').map((i) => [i.dueOn, i.reason])).toEqual([
      ['2025-01-08', { code: 'keep-in-touch', lastContactOn: '2025-01-01', cadenceDays: 7, cadenceFrom: 'person' }],
    ])
    setCadence(doc, 'adv', 'off')
    expect(todayOf(doc, '2026-01-01')).toEqual([])
  })

  it('snoozes to a chosen day without faking contact; later contact makes the snooze moot', () => {
    const doc = withAdvisor()
    const [item] = todayOf(doc, '2025-03-05')
    snooze(doc, 'adv', { ...item.snooze, until: '2025-03-12' })
    expect(brief(todayOf(doc, '2025-03-05'))).toEqual([])
    expect(todayOf(doc, '2025-03-13').map((i) => [i.dueOn, i.snoozedFrom, i.daysOverdue])).toEqual([['2025-03-12', '2025-03-02', 1]])
    expect(readGraph(doc).interactions).toHaveLength(1)
    logInteraction(doc, { date: '2025-03-13', kind: 'message', personIds: ['adv'] })
    expect(todayOf(doc, '2025-05-12').map((i) => [i.dueOn, i.snoozedFrom])).toEqual([['2025-05-12', null]])
  })

  it('gives a person in the trash nothing due, and brings it back on restore', () => {
    const doc = withAdvisor()
    deletePerson(doc, 'adv')
    expect(todayOf(doc, '2026-01-01')).toEqual([])
    restorePerson(doc, 'adv')
    expect(todayOf(doc, '2026-01-01')).toHaveLength(1)
  })

  it('asks nothing of people I did not choose to keep close, however long ago we met', () => {
    const doc = machine(1)
    addPerson(doc, { id: 'x', name: 'Imported', howWeMet: { when: '1991-05-10' } })
    logInteraction(doc, { date: '2020-01-01', kind: 'message', personIds: ['x'] })
    expect(todayOf(doc, '2030-01-01')).toEqual([])
    setWorkflowSettings(doc, { cadence: { none: 365 } })
    expect(brief(todayOf(doc, '2030-01-01'))).toEqual([['keep-in-touch', 'x', '2020-12-31', 3288]])
  })

  it('counts the date we met as contact never: someone kept close without contact is due today, snoozable', () => {
    const doc = machine(1)
    addPerson(doc, { id: 'x', name: 'Chosen', roles: ['advisor'], howWeMet: { when: '1991-05-10' } })
    const [item] = todayOf(doc, '2030-01-01')
    expect([item.dueOn, item.daysOverdue, item.reason]).toEqual(['2030-01-01', 0, { code: 'keep-in-touch', lastContactOn: null, cadenceDays: 60, cadenceFrom: 'advisor' }])
    expect(brief(todayOf(doc, '2030-01-05'))).toEqual([['keep-in-touch', 'x', '2030-01-05', 0]])
    snooze(doc, 'x', { ...item.snooze, until: '2030-01-10' })
    expect([brief(todayOf(doc, '2030-01-05')), brief(todayOf(doc, '2030-01-12'))]).toEqual([[], [['keep-in-touch', 'x', '2030-01-10', 2]]])
  })

  it('takes my say-so: a cadence set on one person or on many at once puts them on Today, "off" takes them off', () => {
    const doc = machine(1)
    for (const id of ['a', 'b', 'c']) {
      addPerson(doc, { id, name: id.toUpperCase() })
      logInteraction(doc, { date: '2025-01-01', kind: 'call', personIds: [id] })
    }
    setCadenceFor(doc, ['a', 'b'], 30)
    expect(brief(todayOf(doc, '2025-02-01'))).toEqual([
      ['keep-in-touch', 'a', '2025-01-31', 1],
      ['keep-in-touch', 'b', '2025-01-31', 1],
    ])
    setCadenceFor(doc, ['a', 'b'], 'off')
    expect(todayOf(doc, '2025-02-01')).toEqual([])
  })
})

describe('order', () => {
  it('puts most overdue first, then follow-ups, then advisors, then names; the horizon lists upcoming items', () => {
    const doc = machine(1)
    addPerson(doc, { id: 'p-old', name: 'Zed', roles: ['peer'] })
    logInteraction(doc, { date: '2024-04-01', kind: 'call', personIds: ['p-old'] })
    for (const [id, name, roles] of [
      ['adv-b', 'Bea', ['advisor']],
      ['adv-a', 'Ann', ['advisor']],
      ['peer', 'Abe', ['collaborator']],
    ] as const) {
      addPerson(doc, { id, name, roles: [...roles] })
      logInteraction(doc, { date: addDays('2025-06-01', id === 'peer' ? 30 : 0), kind: 'call', personIds: [id] })
    }
    setCadence(doc, 'peer', 31)
    addEventWithPeople(doc, { name: 'E', kind: 'other', date: '2025-07-29', newPeople: [{ person: { id: 'new', name: 'Yui' } }] })
    expect(brief(todayOf(doc, '2025-07-31', 1))).toEqual([
      ['keep-in-touch', 'p-old', '2024-06-30', 396],
      ['follow-up', 'new', '2025-07-31', 0],
      ['keep-in-touch', 'adv-a', '2025-07-31', 0],
      ['keep-in-touch', 'adv-b', '2025-07-31', 0],
      ['keep-in-touch', 'peer', '2025-08-01', -1],
    ])
  })
})

describe('time zones and daylight saving', () => {
  // Spring forward: London 2025-03-30 01:00 UTC, New York 2025-03-09 07:00 UTC.
  // Fall back: London 2025-10-26 01:00 UTC, New York 2025-11-02 06:00 UTC.
  const instants: [string, string, string][] = [
    ['2025-03-30T00:30:00Z', 'Europe/London', '2025-03-30'],
    ['2025-03-30T23:30:00Z', 'Europe/London', '2025-03-31'],
    ['2025-03-09T04:30:00Z', 'America/New_York', '2025-03-08'],
    ['2025-03-09T05:30:00Z', 'America/New_York', '2025-03-09'],
    ['2025-11-02T03:59:00Z', 'America/New_York', '2025-11-01'],
    ['2025-11-02T04:30:00Z', 'America/New_York', '2025-11-02'],
    ['2025-10-25T23:30:00Z', 'Europe/London', '2025-10-26'],
    ['2025-10-26T23:30:00Z', 'Europe/London', '2025-10-26'],
  ]

  it('computes today as the local calendar date around every change', () => {
    expect(instants.map(([at, zone]) => todayIn(Date.parse(at), zone))).toEqual(instants.map(([, , day]) => day))
  })

  it('keeps a due day fixed in both zones across the changes', () => {
    const doc = machine(1)
    addEventWithPeople(doc, { name: 'Before the change', kind: 'meetup', date: '2025-03-28', newPeople: [{ person: { id: 'a', name: 'A' } }] })
    addPerson(doc, { id: 'b', name: 'B', roles: ['collaborator'] })
    logInteraction(doc, { date: '2025-10-03', kind: 'call', personIds: ['b'] })
    const [graph, workflow] = [readGraph(doc), readWorkflow(doc)]
    for (const zone of ['Europe/London', 'America/New_York']) {
      // Every hour through the week of each change: the item falls due on exactly one local day.
      const due = (from: string, to: string, id: string) => {
        const days: string[] = []
        for (let t = Date.parse(`${from}T12:00:00Z`); t <= Date.parse(`${to}T12:00:00Z`); t += 3_600_000) {
          const today = todayIn(t, zone)
          const item = computeToday(graph, today, workflow).find((i) => i.personId === id)
          if (item !== undefined && item.daysOverdue === 0 && !days.includes(today)) days.push(today)
        }
        return days
      }
      expect([zone, due('2025-03-27', '2025-04-02', 'a'), due('2025-10-30', '2025-11-05', 'b')]).toEqual([zone, ['2025-03-30'], ['2025-11-02']])
    }
  })
})
