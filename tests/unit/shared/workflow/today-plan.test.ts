import { describe, expect, it } from 'vitest'
import { addPerson, logInteraction, logInteractions, readGraph, readWorkflow, setCadenceFor, snoozeAll } from '../../../../shared/graph'
import { applyImport, parseImport, suggestDecisions } from '../../../../shared/io'
import { generateSampleNetwork, SAMPLE_TODAY } from '../../../../shared/sample'
import { addDays, computeToday, planToday, TODAY_INDIVIDUAL_ITEMS, UPCOMING_DAYS } from '../../../../shared/workflow'
import { machine } from '../graph/replicas'

const TODAY = '2026-12-01'
const todayOf = (doc: ReturnType<typeof machine>, today = TODAY) => computeToday(readGraph(doc), today, readWorkflow(doc), { horizonDays: UPCOMING_DAYS })

/** A LinkedIn Connections.csv of `n` people connected over the last twenty years. */
function linkedInExport(n: number): string {
  const rows = Array.from(
    { length: n },
    (_, i) => `Given${i},Family${i},https://www.linkedin.com/in/p${i},,Company ${i % 40},Engineer,${String((i % 28) + 1).padStart(2, '0')} Mar ${2006 + (i % 20)}`,
  )
  return ['Notes:', '"When exporting your connection data..."', '', 'First Name,Last Name,URL,Email Address,Company,Position,Connected On', ...rows].join('\n')
}

describe('Today respects attention', () => {
  it('puts none of 500 imported LinkedIn connections on Today, whatever the day', () => {
    const doc = machine(1)
    const preview = parseImport(linkedInExport(500))
    applyImport(doc, preview, suggestDecisions(preview, [], 'keep'))
    expect([readGraph(doc).people.length, todayOf(doc).length, todayOf(doc, '2040-01-01').length]).toEqual([500, 0, 0])
  })

  it('shows at most a screenful of the sample individually and groups the rest by reason', () => {
    const sample = generateSampleNetwork(1, { today: SAMPLE_TODAY })
    const plan = planToday(computeToday({ schemaVersion: 1, trash: [], ...sample }, SAMPLE_TODAY, { settings: {}, people: [] }, { horizonDays: UPCOMING_DAYS }))
    const grouped = plan.groups.reduce((n, g) => n + g.items.length, 0)
    expect(plan.followUps.length + plan.now.length).toBeLessThanOrEqual(TODAY_INDIVIDUAL_ITEMS)
    expect(grouped).toBeGreaterThan(0)
    expect(plan.groups.every((g) => g.items.every((i) => i.reason.code === 'keep-in-touch' && i.reason.cadenceFrom === g.source))).toBe(true)
  })

  it('groups a long overdue list by role, shows a pending follow-up from the day we met, and lists what is upcoming', () => {
    const doc = machine(1)
    const ids = Array.from({ length: 20 }, (_, i) => `p${String(i).padStart(2, '0')}`)
    ids.forEach((id, i) => addPerson(doc, { id, name: `Person ${id}`, roles: [i < 14 ? 'advisor' : 'collaborator'] }))
    logInteractions(
      doc,
      ids.map((id, i) => ({ date: addDays(TODAY, -100 - i), kind: 'call', personIds: [id] })),
    )
    addPerson(doc, { id: 'soon', name: 'Soon', roles: ['collaborator'] })
    logInteraction(doc, { date: addDays(TODAY, -27), kind: 'call', personIds: ['soon'] })
    const plan = planToday(todayOf(doc))
    expect({
      now: plan.now.map((i) => i.personId),
      groups: plan.groups.map((g) => [g.source, g.items.length]),
      upcoming: plan.upcoming.map((i) => [i.personId, i.dueOn]),
    }).toEqual({
      now: ['p19', 'p18', 'p17', 'p16', 'p15'],
      groups: [
        ['advisor', 14],
        ['collaborator', 1],
      ],
      upcoming: [['soon', addDays(TODAY, 3)]],
    })
  })

  it('bulk snooze, bulk stop reminding and bulk done each write one transaction over the whole group', () => {
    const doc = machine(1)
    for (const id of ['a', 'b', 'c']) addPerson(doc, { id, name: id, roles: ['advisor'] })
    const items = todayOf(doc)
    let transactions = 0
    doc.on('afterTransaction', () => transactions++)
    snoozeAll(
      doc,
      items.map((i) => ({ personId: i.personId, snooze: { ...i.snooze, until: addDays(TODAY, 7) } })),
    )
    expect([transactions, todayOf(doc).map((i) => [i.personId, i.dueOn])]).toEqual([1, ['a', 'b', 'c'].map((id) => [id, addDays(TODAY, 7)])])
    logInteractions(
      doc,
      items.map((i) => i.done),
    )
    setCadenceFor(doc, ['a', 'b', 'c'], 'off')
    expect([transactions, todayOf(doc, '2040-01-01')]).toEqual([3, []])
  })
})
