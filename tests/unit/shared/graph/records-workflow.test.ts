import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import {
  addEvent,
  addEventWithPeople,
  addInteraction,
  addPerson,
  addProject,
  addProjectMember,
  deletePerson,
  GraphError,
  logInteraction,
  markFollowUpDone,
  readGraph,
  readWorkflow,
  removeProjectMember,
  setCadence,
  setWorkflowSettings,
  snooze,
  clearSnooze,
  updateEvent,
  updateInteraction,
  updateProject,
  observeGraph,
  createUndoManager,
} from '../../../../shared/graph'
import { machine, syncAll } from './replicas'

function twoMachines(): [Y.Doc, Y.Doc] {
  const a = machine(1)
  const b = machine(2)
  for (const id of ['p1', 'p2', 'p3']) addPerson(a, { id, name: id.toUpperCase() })
  syncAll(a, b)
  return [a, b]
}

const project = { name: 'Book', memberIds: [] as string[], start: null, end: null, deadline: null, finishedAt: null, myRole: '', notes: '' }

describe('keyed record sets', () => {
  it('keeps members added concurrently on two machines, and a concurrent removal of another', () => {
    const [a, b] = twoMachines()
    addProject(a, { ...project, id: 'pr', memberIds: ['p1'] })
    syncAll(a, b)
    addProjectMember(a, 'pr', 'p2')
    updateProject(b, 'pr', { memberIds: ['p1', 'p3'] })
    removeProjectMember(b, 'pr', 'p1')
    syncAll(a, b)
    expect(readGraph(a).projects[0].memberIds).toEqual(['p2', 'p3'])
    expect(readGraph(b)).toEqual(readGraph(a))
  })

  it('merges people met at an event and their exchange lines edited on two machines', () => {
    const [a, b] = twoMachines()
    addEvent(a, { id: 'e', name: 'UX Tokyo', kind: 'meetup', where: null, date: '2025-03-01', met: [{ personId: 'p1', exchange: '' }] })
    syncAll(a, b)
    updateEvent(a, 'e', {
      met: [
        { personId: 'p1', exchange: 'research ops' },
        { personId: 'p2', exchange: 'hiring' },
      ],
    })
    updateEvent(b, 'e', {
      met: [
        { personId: 'p1', exchange: '' },
        { personId: 'p3', exchange: 'books', followUp: true },
      ],
    })
    syncAll(a, b)
    expect(readGraph(a).events[0].met).toEqual([
      { personId: 'p1', exchange: 'research ops', followUp: false },
      { personId: 'p2', exchange: 'hiring', followUp: false },
      { personId: 'p3', exchange: 'books', followUp: true },
    ])
    expect(readGraph(b)).toEqual(readGraph(a))
  })

  it('keeps both people added to one interaction concurrently', () => {
    const [a, b] = twoMachines()
    addInteraction(a, { id: 'i', date: '2025-03-01', kind: 'met', personIds: ['p1'], note: '' })
    syncAll(a, b)
    updateInteraction(a, 'i', { personIds: ['p1', 'p2'] })
    updateInteraction(b, 'i', { personIds: ['p1', 'p3'] })
    syncAll(a, b)
    expect(readGraph(b).interactions[0].personIds).toEqual(['p1', 'p2', 'p3'])
  })

  it('reads schema-1 list arrays and migrates them on the first keyed write', () => {
    const doc = machine(1)
    for (const id of ['p1', 'p2']) addPerson(doc, { id, name: id })
    doc.transact(() => {
      const row = new Y.Map<unknown>()
      doc.getMap('projects').set('old', row)
      for (const [k, v] of Object.entries({ ...project, name: 'Old', memberIds: ['p1', 'p2'], deletedAt: null })) row.set(k, v)
      const ev = new Y.Map<unknown>()
      doc.getMap('events').set('old-e', ev)
      for (const [k, v] of Object.entries({ name: 'Old', kind: 'other', where: null, date: '2024-01-01', met: [{ personId: 'p1', exchange: 'x' }], deletedAt: null })) ev.set(k, v)
    })
    const before = readGraph(doc)
    expect([before.projects[0].memberIds, before.projects[0].learned, before.events[0].met]).toEqual([['p1', 'p2'], '', [{ personId: 'p1', exchange: 'x', followUp: false }]])
    removeProjectMember(doc, 'old', 'p1')
    const row = doc.getMap('projects').get('old') as Y.Map<unknown>
    expect([readGraph(doc).projects[0].memberIds, row.has('memberIds')]).toEqual([['p2'], false])
  })
})

describe('workflow records', () => {
  it('stores only changed settings, and per-person cadence and snoozes that merge across machines', () => {
    const [a, b] = twoMachines()
    expect(readWorkflow(a)).toEqual({ settings: {}, people: [] })
    setWorkflowSettings(a, { followUpDays: 3, cadence: { advisor: 30 } })
    setWorkflowSettings(b, { cadence: { peer: 'off' }, notificationsEnabled: false })
    setCadence(a, 'p1', 14)
    snooze(b, 'p1', { item: 'keep-in-touch', until: '2025-04-10', dueOn: '2025-04-01' })
    syncAll(a, b)
    const expected = {
      settings: { followUpDays: 3, cadence: { advisor: 30, peer: 'off' }, notificationsEnabled: false },
      people: [{ personId: 'p1', cadence: 14, snoozes: [{ item: 'keep-in-touch', until: '2025-04-10', dueOn: '2025-04-01' }] }],
    }
    expect(readWorkflow(a)).toEqual(expected)
    expect(readWorkflow(b)).toEqual(expected)
    setCadence(a, 'p1', null)
    clearSnooze(a, 'p1', 'keep-in-touch')
    setWorkflowSettings(a, { cadence: { advisor: null } })
    expect(readWorkflow(a).people).toEqual([])
    expect(readWorkflow(a).settings.cadence).toEqual({ peer: 'off' })
  })

  it('rejects bad settings, cadences and snoozes without writing', () => {
    const doc = machine(1)
    addPerson(doc, { id: 'p1', name: 'P' })
    expect(() => setWorkflowSettings(doc, { followUpDays: -1 })).toThrow(GraphError)
    expect(() => setCadence(doc, 'p1', 0)).toThrow(GraphError)
    expect(() => snooze(doc, 'ghost', { item: 'follow-up', until: '2025-01-01', dueOn: '2025-01-01' })).toThrow(GraphError)
    expect(() => snooze(doc, 'p1', { item: 'follow-up', until: '2025-02-30', dueOn: '2025-01-01' })).toThrow(GraphError)
    expect(readWorkflow(doc)).toEqual({ settings: {}, people: [] })
  })
})

describe('workflow writes', () => {
  it('adds an event with new and known people in one transaction with the caller origin', () => {
    const doc = machine(1)
    addPerson(doc, { id: 'known', name: 'Known' })
    const origins: unknown[] = []
    observeGraph(doc, (change) => origins.push(change.origin))
    const { eventId, personIds } = addEventWithPeople(
      doc,
      {
        id: 'ev',
        name: 'UX Tokyo #42',
        kind: 'meetup',
        where: '渋谷',
        date: '2025-03-28',
        newPeople: [
          { person: { id: 'n2', name: '鈴木 一郎', howWeMet: { introducedBy: 'n1' } }, exchange: 'design systems' },
          { person: { id: 'n1', name: '佐藤 花子', reading: 'さとう はなこ' }, exchange: 'research ops' },
        ],
        knownPeople: [{ personId: 'known', exchange: 'catch up' }],
      },
      { origin: 'test-origin' },
    )
    const graph = readGraph(doc)
    expect({ eventId, personIds, origins, event: graph.events[0], met: graph.people.filter((p) => p.id !== 'known').map((p) => [p.id, p.howWeMet]) }).toEqual({
      eventId: 'ev',
      personIds: ['n2', 'n1'],
      origins: ['test-origin'],
      event: {
        id: 'ev',
        name: 'UX Tokyo #42',
        kind: 'meetup',
        where: '渋谷',
        date: '2025-03-28',
        met: [
          { personId: 'known', exchange: 'catch up', followUp: false },
          { personId: 'n1', exchange: 'research ops', followUp: true },
          { personId: 'n2', exchange: 'design systems', followUp: true },
        ],
      },
      met: [
        ['n1', { where: '渋谷', when: '2025-03-28', introducedBy: null }],
        ['n2', { where: '渋谷', when: '2025-03-28', introducedBy: 'n1' }],
      ],
    })
  })

  it('writes nothing when any new person is invalid', () => {
    const doc = machine(1)
    expect(() => addEventWithPeople(doc, { name: 'E', kind: 'other', date: '2025-03-28', newPeople: [{ person: { name: 'ok' } }, { person: { name: '' } }] })).toThrow(GraphError)
    expect(readGraph(doc).people).toEqual([])
    expect(readGraph(doc).events).toEqual([])
  })

  it('logs interactions only with live people; markFollowUpDone logs a message by default', () => {
    const doc = machine(1)
    addPerson(doc, { id: 'p', name: 'P' })
    addPerson(doc, { id: 'gone', name: 'Gone' })
    deletePerson(doc, 'gone')
    expect(() => logInteraction(doc, { date: '2025-03-01', kind: 'call', personIds: ['gone'] })).toThrow(/in the trash/)
    expect(() => logInteraction(doc, { date: '2025-03-01', kind: 'call', personIds: [] })).toThrow(GraphError)
    const undo = createUndoManager(doc)
    const id = markFollowUpDone(doc, 'p', { date: '2025-03-02' })
    expect(readGraph(doc).interactions).toEqual([{ id, date: '2025-03-02', kind: 'message', personIds: ['p'], note: '' }])
    undo.undo()
    expect(readGraph(doc).interactions).toEqual([])
  })
})
