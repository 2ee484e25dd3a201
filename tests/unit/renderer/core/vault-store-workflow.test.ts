/**
 * The store owns the workflow reads: what the workflow stores (settings, cadence, snoozes) keeps
 * its identity through writes that cannot change it, and is re-read after one that can.
 */
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import * as Y from 'yjs'
import { addPerson, LOCAL_ORIGIN, logInteraction, setCadence, setWorkflowSettings } from '../../../../shared/graph'
import { actionsOf } from '../../../../renderer/src/vault/vault-actions'
import { VaultStore } from '../../../../renderer/src/vault/vault-store'
import type { VaultSession } from '../../../../renderer/src/vault/vault-session'

function storeOf(doc: Y.Doc): VaultStore {
  const session: VaultSession = {
    vault: 'default',
    doc,
    whenSynced: Promise.resolve([]),
    whenPersisted: () => Promise.resolve(),
    onError: () => () => {},
    onDidChangeSaving: () => () => {},
    close: () => Promise.resolve(),
  }
  return new VaultStore(session)
}

describe('VaultStore workflow reads', () => {
  // The store coalesces other writers' updates per animation frame; Node has no frames.
  beforeAll(() => {
    vi.stubGlobal('requestAnimationFrame', () => 1)
    vi.stubGlobal('cancelAnimationFrame', () => {})
  })
  afterAll(() => vi.unstubAllGlobals())

  it('keeps the stored workflow through an interaction and re-reads it after a cadence or a setting', () => {
    const doc = new Y.Doc()
    const id = addPerson(doc, { name: 'Aiko' }, { origin: LOCAL_ORIGIN })
    const store = storeOf(doc)
    const first = store.getWorkflow()
    logInteraction(doc, { kind: 'call', personIds: [id], date: '2026-01-05', note: '' }, { origin: LOCAL_ORIGIN })
    expect(store.getWorkflow()).toBe(first)
    setCadence(doc, id, 30, { origin: LOCAL_ORIGIN })
    const second = store.getWorkflow()
    expect(second.people).toEqual([{ personId: id, cadence: 30, snoozes: [] }])
    setWorkflowSettings(doc, { followUpDays: 5 }, { origin: LOCAL_ORIGIN })
    expect(store.getWorkflow().settings).toEqual({ followUpDays: 5 })
    expect(store.getWorkflow()).not.toBe(second)
  })

  it('gives one actions object per store, whose writes are one undo step each', () => {
    const doc = new Y.Doc()
    const store = storeOf(doc)
    const actions = actionsOf(store)
    expect(actionsOf(store)).toBe(actions)
    const id = actions.addPerson('Aiko')
    actions.setCadence(id, 14)
    actions.undo()
    expect(store.getWorkflow().people).toEqual([])
    expect(store.getPeople().map((p) => p.name)).toEqual(['Aiko'])
  })
})
