import { describe, expect, it } from 'vitest'
import {
  addPerson,
  CLI_ORIGIN,
  deletePerson,
  LOCAL_ORIGIN,
  linkPeople,
  observeGraph,
  purgePerson,
  readGraph,
  readPerson,
  readTie,
  readTrashedTies,
  restorePerson,
  unlinkPeople,
  updatePerson,
  type GraphChange,
  type Person,
  type PersonInput,
} from '../../../../shared/graph'
import { machine } from './replicas'

const everyAttribute: PersonInput = {
  id: 'hanako',
  name: ' 佐藤 花子 ',
  reading: 'さとう はなこ',
  gender: 'woman',
  genderBasis: 'stated',
  birthYear: 1988,
  ageBand: '30s',
  occupation: { major: '2', subMajor: '25' },
  industry: 'J',
  fieldTags: ['UX research', 'UX research', '生成AI'],
  values: ['universalism', 'self-direction'],
  organization: 'Kizuna Lab',
  location: '',
  handles: [
    { kind: 'url', value: 'https://example.com' },
    { kind: 'email', value: 'hanako@example.com' },
  ],
  tags: ['book club'],
  notes: 'Met at the UX meetup.',
  roles: ['advisor', 'peer'],
  howWeMet: { where: 'UX Tokyo', when: '2024-05-18', introducedBy: null },
}

describe('people', () => {
  it('stores every attribute and reads it back normalised', () => {
    const doc = machine(1)
    expect(addPerson(doc, everyAttribute, { now: 1000 })).toBe('hanako')
    expect(readPerson(doc, 'hanako')).toEqual<Person>({
      id: 'hanako',
      name: '佐藤 花子',
      reading: 'さとう はなこ',
      gender: 'woman',
      genderBasis: 'stated',
      birthYear: 1988,
      ageBand: '30s',
      occupation: { major: '2', subMajor: '25' },
      industry: 'J',
      fieldTags: ['UX research', '生成AI'],
      values: ['universalism', 'self-direction'],
      organization: 'Kizuna Lab',
      location: null,
      handles: [
        { kind: 'email', value: 'hanako@example.com' },
        { kind: 'url', value: 'https://example.com' },
      ],
      tags: ['book club'],
      notes: 'Met at the UX meetup.',
      roles: ['advisor', 'peer'],
      howWeMet: { where: 'UX Tokyo', when: '2024-05-18', introducedBy: null },
      createdAt: 1000,
      updatedAt: 1000,
      deletedAt: null,
    })
  })

  it('gives a random id when none is passed, and reads defaults for a bare person', () => {
    const doc = machine(1)
    const id = addPerson(doc, { name: 'Bob' }, { now: 5 })
    expect(id).toMatch(/^[0-9a-f-]{36}$/)
    expect(readPerson(doc, id)).toMatchObject({ name: 'Bob', reading: null, tags: [], values: [], roles: [], occupation: null, createdAt: 5 })
  })

  it('patches only the given fields and replaces sets given in full', () => {
    const doc = machine(1)
    addPerson(doc, everyAttribute, { now: 1000 })
    updatePerson(doc, 'hanako', { tags: ['tea'], organization: null, howWeMet: { where: 'RubyKaigi' } }, { now: 2000 })
    expect(readPerson(doc, 'hanako')).toMatchObject({
      tags: ['tea'],
      organization: null,
      howWeMet: { where: 'RubyKaigi', when: '2024-05-18' },
      fieldTags: ['UX research', '生成AI'],
      updatedAt: 2000,
    })
  })

  it('moves people to the trash, restores them, and purges them with their ties', () => {
    const doc = machine(1)
    for (const id of ['a', 'b', 'c']) addPerson(doc, { id, name: id.toUpperCase() })
    linkPeople(doc, 'a', 'b', { kind: 'friend' })
    linkPeople(doc, 'b', 'c')
    deletePerson(doc, 'b', { now: 9 })
    expect(readGraph(doc)).toMatchObject({ people: [{ id: 'a' }, { id: 'c' }], trash: [{ id: 'b', deletedAt: 9 }], ties: [] })
    expect(readTrashedTies(doc).map((t) => t.id)).toEqual(['a:b', 'b:c'])
    restorePerson(doc, 'b')
    expect(readTie(doc, 'b', 'a')).toMatchObject({ id: 'a:b', kind: 'friend' })
    deletePerson(doc, 'b')
    purgePerson(doc, 'b')
    expect(readPerson(doc, 'b')).toBeNull()
    expect([...doc.getMap('ties').keys()]).toEqual([])
  })

  it('unlinks and relinks a tie, keeping the attributes stored earlier', () => {
    const doc = machine(1)
    addPerson(doc, { id: 'a', name: 'A' })
    addPerson(doc, { id: 'b', name: 'B' })
    linkPeople(doc, 'a', 'b', { kind: 'family', strength: 3 })
    unlinkPeople(doc, 'b', 'a')
    expect(readGraph(doc).ties).toEqual([])
    linkPeople(doc, 'a', 'b')
    expect(readGraph(doc).ties).toEqual([{ id: 'a:b', a: 'a', b: 'b', kind: 'family', strength: 3, since: null, notes: '' }])
  })

  it('reads people, trash and ties in id order', () => {
    const doc = machine(1)
    for (const id of ['m', 'c', 'x', 'a']) addPerson(doc, { id, name: id })
    linkPeople(doc, 'x', 'm')
    linkPeople(doc, 'c', 'a')
    expect(readGraph(doc).people.map((p) => p.id)).toEqual(['a', 'c', 'm', 'x'])
    expect(readGraph(doc).ties.map((t) => t.id)).toEqual(['a:c', 'm:x'])
  })

  it('reports each transaction once to observers, with its origin and the people touched', () => {
    const doc = machine(1)
    const changes: GraphChange[] = []
    const unsubscribe = observeGraph(doc, (c) => changes.push(c))
    addPerson(doc, { id: 'a', name: 'A', tags: ['x'] })
    updatePerson(doc, 'a', { notes: 'n' }, { origin: CLI_ORIGIN })
    doc.getMap('unrelated').set('k', 1)
    unsubscribe()
    addPerson(doc, { id: 'b', name: 'B' })
    expect(changes).toEqual([
      { origin: LOCAL_ORIGIN, local: true, roots: ['meta', 'people'], people: ['a'] },
      { origin: CLI_ORIGIN, local: true, roots: ['people'], people: ['a'] },
    ])
  })
})
