import { describe, expect, it } from 'vitest'
import type * as Y from 'yjs'
import {
  addEvent,
  addInteraction,
  addOpportunity,
  addPerson,
  addProject,
  deletePerson,
  IMPORT_ORIGIN,
  linkPeople,
  observeGraph,
  readGraph,
  readStoredGenders,
  readTrashedTies,
  restorePerson,
  setGender,
  updateMe,
  type GraphChange,
} from '../../../../shared/graph'
import { jsonChunks } from '../../../../shared/io'
import { exportVaultJson, importVaultJson, KizunaJsonError, parseVaultJson, streamVaultJson, stringifyVaultJson } from '../../../../shared/io/kizuna-json'
import { machine, random } from '../graph/replicas'
import { randomFullPerson, randomProfileField, randomTie } from '../graph/random-inputs'

/** A random vault using every attribute: people (some in the trash), ties, me, records, genders. */
function randomVault(seed: number): Y.Doc {
  const r = random(seed)
  const doc = machine(seed + 1)
  const ids: string[] = []
  for (let i = 0; i < 5 + r.int(20); i++) ids.push(addPerson(doc, { ...randomFullPerson(r, ids), id: `p${i}` }, { now: 1_000 + i }))
  for (let i = 0; i < ids.length * 2; i++) {
    const [a, b] = r.shuffle([...ids])
    linkPeople(doc, a, b, r.chance(0.7) ? randomTie(r) : {})
  }
  for (const id of r.subset(ids, 4)) deletePerson(doc, id, { now: 9_000 })
  for (let i = 0; i < 8; i++) updateMe(doc, randomProfileField(r), { now: 2_000 + i })
  const live = readGraph(doc).people.map((p) => p.id)
  addInteraction(doc, { date: '2025-01-02', kind: 'helped-them', personIds: r.subset(live, 2), note: 'n' })
  addEvent(doc, { name: 'Conf', kind: 'conference', where: null, date: '2025-01-01', met: live.slice(0, 1).map((personId) => ({ personId, exchange: 'x' })) })
  addProject(doc, { name: 'P', memberIds: live.slice(0, 2), start: null, end: null, deadline: null, finishedAt: null, myRole: '', notes: '' })
  addOpportunity(doc, { date: '2025-03-03', kind: 'client', title: 'T', viaPersonIds: live.slice(0, 2), field: null, note: '' })
  setGender(doc, { id: 'custom-1', label: { en: 'Custom', ja: 'カスタム' } })
  return doc
}

describe('Kizuna JSON export', () => {
  it.each([1, 2, 3, 4, 5, 6, 7, 8])('round-trips random vault %i: export, import into an empty vault, read the same graph', (seed) => {
    const original = randomVault(seed)
    const text = stringifyVaultJson(original, new Date('2025-08-01T00:00:00Z'))
    const copy = machine(99)
    importVaultJson(copy, parseVaultJson(text))
    expect(readGraph(copy)).toEqual(readGraph(original))
    expect(readTrashedTies(copy)).toEqual(readTrashedTies(original))
    expect(readStoredGenders(copy)).toEqual(readStoredGenders(original))
    for (const p of readGraph(original).trash) {
      restorePerson(original, p.id, { now: 0 })
      restorePerson(copy, p.id, { now: 0 })
    }
    expect(readGraph(copy).ties).toEqual(readGraph(original).ties)
  })

  it.each([1, 2, 3, 4, 5])('streams random vault %i person by person to exactly the text of the whole export', (seed) => {
    const doc = randomVault(seed)
    const now = new Date('2025-08-01T00:00:00Z')
    const whole = JSON.stringify(exportVaultJson(doc, now), null, 2)
    const streamed = streamVaultJson(doc, now)
    expect({ people: streamed.graph.people.length, ties: streamed.graph.ties.length, trash: streamed.graph.trash.length }).toEqual({
      people: readGraph(doc).people.length,
      ties: readGraph(doc).ties.length,
      trash: readGraph(doc).trash.length,
    })
    for (const depth of [3, 4, 6]) expect([...jsonChunks(streamed, depth)].join('')).toBe(whole)
    expect(JSON.stringify(streamed, null, 2)).toBe(whole)
    expect(JSON.stringify(streamVaultJson(machine(1), now))).toBe(JSON.stringify(exportVaultJson(machine(1), now)))
  })

  it('writes the documented envelope', () => {
    const json = exportVaultJson(machine(1), new Date('2025-08-01T00:00:00Z'))
    expect({ ...json, graph: undefined }).toEqual({ format: 'kizuna', version: 1, exportedAt: '2025-08-01T00:00:00.000Z', graph: undefined, trashedTies: [], genders: [] })
  })

  it('imports in one transaction with the given origin; importing again writes nothing', () => {
    const text = stringifyVaultJson(randomVault(3))
    const doc = machine(5)
    const other = machine(6)
    const changes: GraphChange[] = []
    observeGraph(doc, (c) => changes.push(c))
    observeGraph(other, (c) => changes.push(c))
    importVaultJson(doc, parseVaultJson(text))
    importVaultJson(other, parseVaultJson(text), 'restore-7')
    const once = readGraph(doc)
    importVaultJson(doc, parseVaultJson(text))
    expect(changes.map((c) => c.origin)).toEqual([IMPORT_ORIGIN, 'restore-7'])
    expect(readGraph(doc)).toEqual(once)
  })

  it.each([
    ['not JSON', '{', ''],
    ['another format', '{"format":"vcard"}', 'format'],
    ['a newer version', '{"format":"kizuna","version":2}', 'version'],
  ])('rejects %s', (_name, text, path) => {
    expect(() => parseVaultJson(text)).toThrow(KizunaJsonError)
    try {
      parseVaultJson(text)
    } catch (error) {
      expect((error as KizunaJsonError).path).toBe(path)
    }
  })

  it('names the path of a bad field', () => {
    const json = exportVaultJson(randomVault(4))
    const bad = structuredClone(json) as unknown as { graph: { people: { values: string[] }[] } }
    bad.graph.people[1].values = ['power', 'security', 'hedonism', 'tradition']
    expect(() => parseVaultJson(JSON.stringify(bad))).toThrow(/^graph\.people\[1\]\.values: at most 3 values/)
    const badTie = structuredClone(json) as unknown as { graph: { ties: { strength: number }[] } }
    badTie.graph.ties[0].strength = 7
    expect(() => parseVaultJson(JSON.stringify(badTie))).toThrow(/^graph\.ties\[0\]\.strength: /)
  })
})
