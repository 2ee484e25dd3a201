/**
 * The JSON backup and re-import of workflow data: set-valued record fields are replaced (not
 * merged) by a re-import, and workflow settings, cadence overrides and snoozes survive a round trip.
 */
import { describe, expect, it } from 'vitest'
import { addPerson, addProject, readGraph, readWorkflow, setCadence, setWorkflowSettings, snooze, writeSnapshot } from '../../../../shared/graph'
import { exportVaultJson, importVaultJson, KizunaJsonError, parseVaultJson } from '../../../../shared/io/kizuna-json'
import { machine } from '../graph/replicas'

function vaultWithProject() {
  const doc = machine(1)
  for (const id of ['a', 'b', 'c']) addPerson(doc, { id, name: id.toUpperCase() })
  addProject(doc, { id: 'p', name: 'Launch', memberIds: ['a', 'b', 'c'], start: null, end: null, deadline: null, finishedAt: null, myRole: '', notes: '' })
  return doc
}

describe('re-import through the record codecs', () => {
  it('replaces a project\u2019s membership and an event\u2019s people instead of adding to them', () => {
    const doc = vaultWithProject()
    const data = { graph: readGraph(doc), trashedTies: [], genders: [] }
    const edited = { ...data, graph: { ...data.graph, projects: data.graph.projects.map((p) => ({ ...p, memberIds: ['a'] })) } }
    writeSnapshot(doc, edited)
    expect(readGraph(doc).projects.map((p) => p.memberIds)).toEqual([['a']])
    writeSnapshot(doc, edited)
    expect(readGraph(doc).projects.map((p) => p.memberIds)).toEqual([['a']])
  })

  it('writes per-element keys into a fresh vault, so a later single-member edit merges', () => {
    const source = vaultWithProject()
    const target = machine(2)
    importVaultJson(target, parseVaultJson(JSON.stringify(exportVaultJson(source))))
    expect(readGraph(target).projects[0].memberIds).toEqual(['a', 'b', 'c'])
  })
})

describe('workflow state in the JSON backup', () => {
  it('round-trips settings, cadence overrides and snoozes; an untouched vault exports none', () => {
    const doc = vaultWithProject()
    expect(exportVaultJson(doc).workflow).toBeUndefined()
    setWorkflowSettings(doc, { followUpDays: 3, cadence: { advisor: 45, none: 'off' }, notificationsPerDay: 2 })
    setCadence(doc, 'a', 14)
    snooze(doc, 'b', { item: 'keep-in-touch', until: '2025-07-01', dueOn: '2025-06-20' })
    const text = JSON.stringify(exportVaultJson(doc))
    const restored = machine(2)
    importVaultJson(restored, parseVaultJson(text))
    expect(readWorkflow(restored)).toEqual(readWorkflow(doc))
    expect(readWorkflow(restored)).toEqual({
      settings: { followUpDays: 3, cadence: { advisor: 45, none: 'off' }, notificationsPerDay: 2 },
      people: [
        { personId: 'a', cadence: 14, snoozes: [] },
        { personId: 'b', cadence: null, snoozes: [{ item: 'keep-in-touch', until: '2025-07-01', dueOn: '2025-06-20' }] },
      ],
    })
  })

  it('makes the state of the file\u2019s people exactly the file\u2019s on re-import', () => {
    const doc = vaultWithProject()
    setCadence(doc, 'a', 14)
    const file = parseVaultJson(JSON.stringify(exportVaultJson(doc)))
    setCadence(doc, 'a', 99)
    setCadence(doc, 'c', 7)
    setWorkflowSettings(doc, { followUpDays: 9 })
    importVaultJson(doc, file)
    expect(readWorkflow(doc)).toEqual({ settings: {}, people: [{ personId: 'a', cadence: 14, snoozes: [] }] })
  })

  it('rejects a workflow entry for someone not in the file and writes nothing', () => {
    const doc = vaultWithProject()
    setCadence(doc, 'a', 14)
    const json = exportVaultJson(doc)
    const bad = { ...json, workflow: { settings: {}, people: [{ personId: 'stranger', cadence: 3, snoozes: [] }] } }
    const target = machine(2)
    expect(() => importVaultJson(target, parseVaultJson(JSON.stringify(bad)))).toThrow(KizunaJsonError)
    expect(readGraph(target).people).toEqual([])
  })
})
