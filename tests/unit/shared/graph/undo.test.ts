import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { addPerson, createUndoManager, IMPORT_ORIGIN, readGraph, readPerson, SYNC_ORIGIN, updatePerson } from '../../../../shared/graph'
import { machine } from './replicas'

describe('undo', () => {
  it('undoes and redoes only local edits, never what sync or import wrote', () => {
    const doc = machine(1)
    const remote = machine(2)
    const undo = createUndoManager(doc, { captureTimeout: 0 })
    addPerson(doc, { id: 'a', name: 'Mine' })
    addPerson(remote, { id: 'r', name: 'Theirs' })
    Y.applyUpdate(doc, Y.encodeStateAsUpdate(remote), SYNC_ORIGIN)
    addPerson(doc, { id: 'i', name: 'Imported' }, { origin: IMPORT_ORIGIN })
    updatePerson(doc, 'a', { notes: 'local note' })

    undo.undo()
    expect(readPerson(doc, 'a')?.notes).toBe('')
    undo.undo()
    expect(readGraph(doc).people.map((p) => p.id)).toEqual(['i', 'r'])
    expect(undo.undoStack).toHaveLength(0)
    undo.redo()
    undo.redo()
    expect(readPerson(doc, 'a')?.notes).toBe('local note')
    expect(readGraph(doc).people.map((p) => p.id)).toEqual(['a', 'i', 'r'])
    undo.destroy()
  })

  it('can track another origin, e.g. a CLI session of its own', () => {
    const doc = machine(1)
    const undo = createUndoManager(doc, { origin: 'session-7', captureTimeout: 0 })
    addPerson(doc, { id: 'a', name: 'A' })
    addPerson(doc, { id: 'b', name: 'B' }, { origin: 'session-7' })
    undo.undo()
    expect(readGraph(doc).people.map((p) => p.id)).toEqual(['a'])
  })
})
