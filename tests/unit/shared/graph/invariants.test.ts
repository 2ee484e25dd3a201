/** One test per merge invariant of issue 3, build item 1: two machines edit offline, then sync. */
import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import {
  addInteraction,
  addPerson,
  addTag,
  addValue,
  addFieldTag,
  deletePerson,
  linkPeople,
  readGenders,
  readGraph,
  readPerson,
  removeTag,
  restorePerson,
  updateMe,
  updatePerson,
  updateTie,
} from '../../../../shared/graph'
import { machine, syncAll } from './replicas'

function twoMachinesWithPeople(...names: string[]) {
  const a = machine(1)
  const b = machine(2)
  const ids = names.map((name, i) => addPerson(a, { id: `p${i}`, name }, { now: 1000 }))
  syncAll(a, b)
  return { a, b, ids }
}

describe('graph merge invariants', () => {
  it('keeps concurrent edits to different fields of one person', () => {
    const {
      a,
      b,
      ids: [p],
    } = twoMachinesWithPeople('Hanako')
    updatePerson(a, p, { organization: 'Kizuna Lab', tags: ['UX'] })
    updatePerson(b, p, { reading: 'はなこ', values: ['benevolence'], occupation: { major: '2', subMajor: '25' } })
    syncAll(a, b)
    const person = readPerson(a, p)!
    expect({ org: person.organization, tags: person.tags, reading: person.reading, values: person.values, occupation: person.occupation }).toEqual({
      org: 'Kizuna Lab',
      tags: ['UX'],
      reading: 'はなこ',
      values: ['benevolence'],
      occupation: { major: '2', subMajor: '25' },
    })
    expect(readGraph(b)).toEqual(readGraph(a))
  })

  it('keeps concurrent edits of me to different fields', () => {
    const a = machine(1)
    const b = machine(2)
    updateMe(a, { name: 'Me' })
    updateMe(b, { birthYear: 1990, tags: ['ops'] })
    syncAll(a, b)
    expect(readGraph(a).me).toMatchObject({ name: 'Me', birthYear: 1990, tags: ['ops'] })
    expect(readGraph(b)).toEqual(readGraph(a))
  })

  it('yields one tie when two machines create the same tie offline, merging later field edits', () => {
    const {
      a,
      b,
      ids: [x, y],
    } = twoMachinesWithPeople('X', 'Y')
    linkPeople(a, x, y, { kind: 'work' })
    updateTie(a, x, y, { since: '2020-01-01' })
    linkPeople(b, y, x, { kind: 'work', strength: 3 })
    updateTie(b, x, y, { notes: 'same team' })
    syncAll(a, b)
    expect(readGraph(a).ties).toEqual([{ id: 'p0:p1', a: 'p0', b: 'p1', kind: 'work', strength: 3, since: '2020-01-01', notes: 'same team' }])
    expect(readGraph(b)).toEqual(readGraph(a))
  })

  it('treats tags, field tags and values as sets: the same element added on two machines appears once', () => {
    const {
      a,
      b,
      ids: [p],
    } = twoMachinesWithPeople('P')
    for (const doc of [a, b]) {
      addTag(doc, p, 'UX')
      addFieldTag(doc, p, 'Rust')
      addValue(doc, p, 'achievement')
      updatePerson(doc, p, { handles: [{ kind: 'email', value: 'p@example.com' }], roles: ['advisor'] })
    }
    syncAll(a, b)
    expect(readPerson(a, p)).toMatchObject({
      tags: ['UX'],
      fieldTags: ['Rust'],
      values: ['achievement'],
      handles: [{ kind: 'email', value: 'p@example.com' }],
      roles: ['advisor'],
    })
  })

  it('lets a concurrent add survive a removal of another element of the same set', () => {
    const {
      a,
      b,
      ids: [p],
    } = twoMachinesWithPeople('P')
    addTag(a, p, 'old')
    syncAll(a, b)
    removeTag(a, p, 'old')
    addTag(b, p, 'new')
    syncAll(a, b)
    expect(readPerson(b, p)!.tags).toEqual(['new'])
  })

  it('never shows more than three values after concurrent adds', () => {
    const {
      a,
      b,
      ids: [p],
    } = twoMachinesWithPeople('P')
    updatePerson(a, p, { values: ['power', 'security'] }, { now: 2000 })
    updatePerson(b, p, { values: ['hedonism', 'tradition'] }, { now: 3000 })
    syncAll(a, b)
    // Each write stamps its values a millisecond apart in the order given: power 2000, security 2001,
    // hedonism 3000, tradition 3001. The three most recently added win and read in entry order.
    expect(readPerson(a, p)!.values).toEqual(['security', 'hedonism', 'tradition'])
    expect(readGraph(b)).toEqual(readGraph(a))
  })

  it('hides a tie to a person in the trash and brings it back on restore', () => {
    const {
      a,
      ids: [x, y, z],
    } = twoMachinesWithPeople('X', 'Y', 'Z')
    linkPeople(a, x, y, { strength: 2 })
    linkPeople(a, y, z)
    deletePerson(a, y)
    expect(readGraph(a).ties).toEqual([])
    expect(readGraph(a).trash.map((p) => p.id)).toEqual([y])
    restorePerson(a, y)
    expect(readGraph(a).ties.map((t) => [t.id, t.strength])).toEqual([
      ['p0:p1', 2],
      ['p1:p2', 1],
    ])
  })

  it('hides a tie created on one machine to a person trashed concurrently on another', () => {
    const {
      a,
      b,
      ids: [x, y],
    } = twoMachinesWithPeople('X', 'Y')
    deletePerson(a, x)
    linkPeople(b, x, y)
    syncAll(a, b)
    expect(readGraph(a).ties).toEqual([])
    restorePerson(b, x)
    syncAll(a, b)
    expect(readGraph(a).ties.map((t) => t.id)).toEqual(['p0:p1'])
  })

  it('puts a person deleted on one machine while edited on another in the trash with the edit kept', () => {
    const {
      a,
      b,
      ids: [p],
    } = twoMachinesWithPeople('P')
    deletePerson(a, p, { now: 5000 })
    updatePerson(b, p, { notes: 'kept', tags: ['later'] })
    syncAll(a, b)
    const graph = readGraph(a)
    expect(graph.people).toEqual([])
    expect(graph.trash).toMatchObject([{ id: p, notes: 'kept', tags: ['later'], deletedAt: 5000 }])
    restorePerson(a, p)
    expect(readPerson(a, p)).toMatchObject({ notes: 'kept', tags: ['later'], deletedAt: null })
  })

  it('never stores derived values: rows hold only the documented keys', () => {
    const {
      a,
      ids: [p, q],
    } = twoMachinesWithPeople('P', 'Q')
    linkPeople(a, p, q)
    addInteraction(a, { date: '2025-01-02', kind: 'consulted-them', personIds: [p], note: '' })
    updatePerson(a, p, { tags: ['x'], values: ['power'], roles: ['advisor'], handles: [{ kind: 'url', value: 'https://e.x' }], howWeMet: { where: 'w' } })
    updateMe(a, { name: 'Me', fieldTags: ['f'] })
    const documented =
      /^(name|reading|gender|genderBasis|birthYear|ageBand|occupation|industry|organization|location|notes|metWhere|metWhen|introducedBy|createdAt|updatedAt|deletedAt|(tag|field|value|role|handle):.+)$/
    const keysOf = (m: Y.Map<unknown>) => [...m.keys()]
    const people = a.getMap('people')
    for (const id of people.keys()) expect(keysOf(people.get(id) as Y.Map<unknown>).filter((k) => !documented.test(k))).toEqual([])
    expect(keysOf(a.getMap('me')).filter((k) => !documented.test(k))).toEqual([])
    expect([...a.getMap('ties').keys()].every((k) => /^[^:/]+:[^:/]+\/(linked|kind|strength|since|notes)$/.test(k))).toBe(true)
    expect(Object.keys(readPerson(a, p)!)).not.toContain('lastContact')
  })

  it('writes nothing on first run: reading a fresh vault leaves the document empty', () => {
    const doc = machine(1)
    const empty = Y.encodeStateAsUpdate(doc)
    expect(readGraph(doc).people).toEqual([])
    expect(readGenders(doc).map((g) => g.id)).toEqual(['woman', 'man', 'non-binary'])
    expect(Y.encodeStateAsUpdate(doc)).toEqual(empty)
  })
})
