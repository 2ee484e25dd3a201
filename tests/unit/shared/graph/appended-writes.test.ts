import * as Y from 'yjs'
import { describe, expect, it } from 'vitest'
import {
  addPerson,
  canAddWithoutDocument,
  encodePersonAddition,
  linkPeople,
  readAppendIndex,
  readGraph,
  setGender,
  updatePerson,
  updateStaysOutOf,
  type PersonInput,
} from '../../../../shared/graph'

const input: PersonInput = {
  id: 'new-person',
  name: '佐藤 花子',
  reading: 'さとう はなこ',
  roles: ['advisor'],
  tags: ['ux', 'design'],
  values: ['achievement'],
  occupation: { major: '2', subMajor: '25' },
  birthYear: 1985,
  gender: 'woman',
}

/** A vault with people, ties, a custom gender and edits made on two machines. */
function fullVault(): Y.Doc {
  const doc = new Y.Doc()
  const other = new Y.Doc()
  for (let i = 0; i < 50; i++) addPerson(doc, { id: `p${i}`, name: `Person ${i}`, tags: [`t${i % 3}`] }, { now: 1 })
  Y.applyUpdate(other, Y.encodeStateAsUpdate(doc))
  linkPeople(other, 'p1', 'p2', { kind: 'work' }, { now: 2 })
  updatePerson(other, 'p3', { name: 'Renamed' }, { now: 3 })
  setGender(doc, { id: 'custom', label: { en: 'Custom', ja: 'カスタム' } }, { now: 4 })
  Y.applyUpdate(doc, Y.encodeStateAsUpdate(other))
  return doc
}

const copyOf = (doc: Y.Doc): Y.Doc => {
  const copy = new Y.Doc()
  Y.applyUpdate(copy, Y.encodeStateAsUpdate(doc))
  return copy
}

describe('a person added without the document', () => {
  it('merges into the full vault exactly like the same add made on it', () => {
    const vault = fullVault()
    const index = readAppendIndex(vault)
    const onFull = copyOf(vault)
    addPerson(onFull, input, { now: 10 })
    const { id, update } = encodePersonAddition(input, index, { now: 10 })
    const appended = copyOf(vault)
    Y.applyUpdate(appended, update)
    expect({ id, graph: readGraph(appended), pending: appended.store.pendingStructs }).toEqual({ id: 'new-person', graph: readGraph(onFull), pending: null })
  })

  it('merges the same in any order with concurrent edits, and onto an empty replica first', () => {
    const vault = fullVault()
    const { update } = encodePersonAddition(input, readAppendIndex(vault), { now: 10 })
    const concurrent = copyOf(vault)
    updatePerson(concurrent, 'p4', { organization: 'Elsewhere' }, { now: 11 })
    const a = copyOf(vault)
    Y.applyUpdate(a, update)
    Y.applyUpdate(a, Y.encodeStateAsUpdate(concurrent))
    const b = new Y.Doc()
    Y.applyUpdate(b, update)
    Y.applyUpdate(b, Y.encodeStateAsUpdate(concurrent))
    expect(readGraph(b)).toEqual(readGraph(a))
    expect(readGraph(a).people.find((p) => p.id === 'new-person')?.name).toBe('佐藤 花子')
  })

  it('writes as a client id the vault has never used', () => {
    const vault = fullVault()
    const index = readAppendIndex(vault)
    // A source of randomness that first offers every id the vault already uses.
    let call = 0
    const taken = index.clients.map((id) => id / 0x1_0000_0000)
    const random = () => (call < taken.length ? taken[call++] : 0.5)
    const { update } = encodePersonAddition(input, index, { now: 10, random })
    expect(updateStaysOutOf(update, ['meta']).clients).toEqual([0x8000_0000])
    expect(index.clients).not.toContain(0x8000_0000)
  })

  it('is refused for a vault whose schema version must be stamped first', () => {
    const empty = new Y.Doc()
    expect(canAddWithoutDocument(readAppendIndex(empty))).toBe(false)
    expect(() => encodePersonAddition(input, readAppendIndex(empty))).toThrow(/schema version/)
  })

  it('rejects bad input like addPerson does', () => {
    expect(() => encodePersonAddition({ name: '   ' }, readAppendIndex(fullVault()))).toThrow(/name/)
  })
})

describe('updateStaysOutOf', () => {
  const updateOf = (doc: Y.Doc, edit: (doc: Y.Doc) => void): Uint8Array => {
    const before = Y.encodeStateVector(doc)
    edit(doc)
    return Y.encodeStateAsUpdate(doc, before)
  }

  it('knows an added person stays out of meta and genders, and that other edits may not', () => {
    const vault = fullVault()
    const added = encodePersonAddition(input, readAppendIndex(vault), { now: 10 }).update
    const cases = {
      added: updateStaysOutOf(added, ['meta', 'genders']).outside,
      addedIntoPeople: updateStaysOutOf(added, ['people']).outside,
      rename: updateStaysOutOf(
        updateOf(vault, (doc) => updatePerson(doc, 'p1', { name: 'X' }, { now: 12 })),
        ['meta', 'genders'],
      ).outside,
      gender: updateStaysOutOf(
        updateOf(vault, (doc) => setGender(doc, { id: 'another', label: { en: 'A', ja: 'あ' } }, { now: 12 })),
        ['meta', 'genders'],
      ).outside,
      firstWrite: updateStaysOutOf(
        updateOf(new Y.Doc(), (doc) => addPerson(doc, { name: 'Stamps meta' })),
        ['meta', 'genders'],
      ).outside,
    }
    expect(cases).toEqual({ added: true, addedIntoPeople: false, rename: false, gender: false, firstWrite: false })
  })
})
