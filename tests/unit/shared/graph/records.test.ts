import { describe, expect, it } from 'vitest'
import {
  addEvent,
  addInteraction,
  addOpportunity,
  addPerson,
  addProject,
  GraphError,
  readGenders,
  readGraph,
  readStoredGenders,
  removeInteraction,
  setGender,
  setGenderHidden,
  updateProject,
} from '../../../../shared/graph'
import { machine, syncAll } from './replicas'

describe('records (interactions, events, projects, opportunities)', () => {
  it('adds, updates and soft-removes each kind', () => {
    const doc = machine(1)
    addPerson(doc, { id: 'a', name: 'A' })
    addInteraction(doc, { id: 'i1', date: '2025-01-05', kind: 'consulted-them', personIds: ['a', 'a'], note: 'career' })
    addInteraction(doc, { id: 'i2', date: '2025-02-05', kind: 'call', personIds: ['a'], note: '' })
    removeInteraction(doc, 'i2')
    addEvent(doc, { id: 'e1', name: 'UX Tokyo', kind: 'meetup', where: 'Shibuya', date: '2025-01-01', met: [{ personId: 'a', exchange: 'research tips' }] })
    addProject(doc, { id: 'pr', name: 'Book', memberIds: ['a'], start: '2025-01-01', end: null, deadline: '2025-06-30', finishedAt: null, myRole: 'editor', notes: '' })
    updateProject(doc, 'pr', { finishedAt: '2025-06-20' })
    addOpportunity(doc, { id: 'o1', date: '2025-07-01', kind: 'job', title: 'Lead', viaPersonIds: ['a'], field: 'J', note: '' })
    const graph = readGraph(doc)
    expect({ interactions: graph.interactions, events: graph.events, projects: graph.projects, opportunities: graph.opportunities }).toEqual({
      interactions: [{ id: 'i1', date: '2025-01-05', kind: 'consulted-them', personIds: ['a'], note: 'career' }],
      events: [{ id: 'e1', name: 'UX Tokyo', kind: 'meetup', where: 'Shibuya', date: '2025-01-01', met: [{ personId: 'a', exchange: 'research tips', followUp: false }] }],
      projects: [
        {
          id: 'pr',
          name: 'Book',
          memberIds: ['a'],
          start: '2025-01-01',
          end: null,
          deadline: '2025-06-30',
          finishedAt: '2025-06-20',
          myRole: 'editor',
          notes: '',
          learned: '',
          tookUnownedChores: null,
        },
      ],
      opportunities: [{ id: 'o1', date: '2025-07-01', kind: 'job', title: 'Lead', viaPersonIds: ['a'], field: 'J', note: '' }],
    })
  })

  it('rejects references to people who do not exist', () => {
    const doc = machine(1)
    expect(() => addInteraction(doc, { date: '2025-01-05', kind: 'met', personIds: ['ghost'], note: '' })).toThrow(GraphError)
  })
})

describe('genders', () => {
  it('offers the defaults without storing them, and stores only what the user adds or changes', () => {
    const a = machine(1)
    const b = machine(2)
    setGender(a, { id: 'genderfluid', label: { en: 'Genderfluid', ja: 'ジェンダーフルイド' } })
    setGenderHidden(b, 'non-binary', true)
    syncAll(a, b)
    expect(readGenders(b).map((g) => [g.id, g.hidden])).toEqual([
      ['woman', false],
      ['man', false],
      ['non-binary', true],
      ['genderfluid', false],
    ])
    expect(readStoredGenders(a).map((g) => g.id)).toEqual(['genderfluid', 'non-binary'])
  })
})
