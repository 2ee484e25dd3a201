import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import {
  addInteraction,
  addPerson,
  createUndoManager,
  deletePerson,
  LOCAL_ORIGIN,
  linkPeople,
  readGraph,
  readTrashedTies,
  restorePerson,
  updatePerson,
} from '../../../../shared/graph'
import { mergePeople, restoreVault, summarizeUpdate } from '../../../../shared/io'

function vault(): Y.Doc {
  const doc = new Y.Doc()
  addPerson(doc, { id: 'a', name: 'Aiko', tags: ['x'] }, { now: 1 })
  addPerson(doc, { id: 'b', name: 'Ben' }, { now: 1 })
  addPerson(doc, { id: 'c', name: 'Chika' }, { now: 1 })
  linkPeople(doc, 'a', 'b', { strength: 2 })
  addInteraction(doc, { id: 'i1', kind: 'met', date: '2025-01-02', personIds: ['a'], note: '' })
  return doc
}

describe('restoreVault', () => {
  it('makes the visible content equal to the snapshot in one undoable transaction, and back', () => {
    const doc = vault()
    const before = Y.encodeStateAsUpdate(doc)
    const graphBefore = readGraph(doc)
    expect(summarizeUpdate(before)).toEqual({ people: 3, trash: 0, ties: 1, records: 1, names: ['Aiko', 'Ben', 'Chika'] })

    updatePerson(doc, 'a', { name: 'Aiko Renamed', tags: ['y'] })
    addPerson(doc, { id: 'd', name: 'Dai' })
    linkPeople(doc, 'c', 'd')
    deletePerson(doc, 'b')
    addInteraction(doc, { id: 'i2', kind: 'met', date: '2025-02-03', personIds: ['c'], note: '' })
    const after = Y.encodeStateAsUpdate(doc)
    const graphAfter = readGraph(doc)

    const undo = createUndoManager(doc)
    const result = restoreVault(doc, before, LOCAL_ORIGIN)
    expect(result).toEqual({ trashed: 1, unlinked: 1, removedRecords: 1 })
    const restored = readGraph(doc)
    expect(restored.people.map((p) => [p.id, p.name, p.tags])).toEqual(graphBefore.people.map((p) => [p.id, p.name, p.tags]))
    expect(restored.ties.map((t) => t.id)).toEqual(graphBefore.ties.map((t) => t.id))
    expect(restored.interactions.map((r) => r.id)).toEqual(['i1'])
    expect(restored.trash.map((p) => p.id)).toEqual(['d'])

    undo.undo()
    expect(readGraph(doc)).toEqual(graphAfter)
    // "Restore back" to the state kept before the restore.
    undo.redo()
    restoreVault(doc, after, LOCAL_ORIGIN)
    const back = readGraph(doc)
    expect(back.people.map((p) => [p.id, p.name, p.tags])).toEqual(graphAfter.people.map((p) => [p.id, p.name, p.tags]))
    expect(back.ties.map((t) => t.id)).toEqual(graphAfter.ties.map((t) => t.id))
    expect(back.interactions.map((r) => r.id).sort()).toEqual(['i1', 'i2'])
  })
})

describe('mergePeople', () => {
  it('moves ties to people in the trash to the kept person, keeping their trash time', () => {
    const doc = vault()
    linkPeople(doc, 'b', 'c', { strength: 3, notes: 'old friends' })
    deletePerson(doc, 'c', { now: 42 })
    mergePeople(doc, 'a', 'b')
    expect(readGraph(doc).trash.map((p) => [p.id, p.deletedAt === null])).toEqual([
      ['b', false],
      ['c', false],
    ])
    expect(readGraph(doc).trash.find((p) => p.id === 'c')?.deletedAt).toBe(42)
    expect(readTrashedTies(doc).map((t) => [t.id, t.strength, t.notes])).toEqual([['a:c', 3, 'old friends']])
    restorePerson(doc, 'c')
    expect(readGraph(doc).ties.map((t) => t.id)).toEqual(['a:c'])
  })

  it('rejects a merge whose combined tie notes are too long before writing anything', () => {
    const doc = vault()
    linkPeople(doc, 'a', 'c', { notes: 'x'.repeat(60_000) })
    linkPeople(doc, 'b', 'c', { notes: 'y'.repeat(60_000) })
    const vector = Y.encodeStateVector(doc)
    expect(() => mergePeople(doc, 'a', 'b')).toThrow(/tie\.notes/)
    expect(Y.encodeStateVector(doc)).toEqual(vector)
  })
})
