import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { addPerson, addValue, deletePerson, GraphError, linkPeople, ME_ID, updatePerson, updateTie, type GraphErrorCode } from '../../../../shared/graph'
import { machine } from './replicas'

function rejection(write: () => unknown): { code: GraphErrorCode; path: readonly (string | number)[]; message: string } | null {
  try {
    write()
    return null
  } catch (error) {
    if (!(error instanceof GraphError)) throw error
    return { code: error.code, path: error.path, message: error.message }
  }
}

function vault(): Y.Doc {
  const doc = machine(1)
  addPerson(doc, { id: 'a', name: 'A' })
  addPerson(doc, { id: 'b', name: 'B', values: ['power', 'security', 'hedonism'] })
  addPerson(doc, { id: 'gone', name: 'Gone' })
  deletePerson(doc, 'gone')
  return doc
}

describe('input validation', () => {
  const cases: [string, (doc: Y.Doc) => unknown, GraphErrorCode, (string | number)[]][] = [
    ['empty name', (d) => addPerson(d, { name: '   ' }), 'invalid-input', ['name']],
    ['four values', (d) => addPerson(d, { name: 'x', values: ['power', 'security', 'hedonism', 'tradition'] }), 'too-many-values', ['values']],
    ['unknown value', (d) => updatePerson(d, 'a', { values: ['kindness' as never] }), 'invalid-input', ['values', 0]],
    ['a fourth value added alone', (d) => addValue(d, 'b', 'tradition'), 'too-many-values', ['values']],
    ['sub-major outside the major', (d) => updatePerson(d, 'a', { occupation: { major: '2', subMajor: '31' } }), 'invalid-input', ['occupation', 'subMajor']],
    ['bad date', (d) => updatePerson(d, 'a', { howWeMet: { when: '2024-13-01' } }), 'invalid-input', ['howWeMet', 'when']],
    ['unknown field', (d) => updatePerson(d, 'a', { lastContact: 5 } as never), 'invalid-input', []],
    ['unknown person', (d) => updatePerson(d, 'nobody', { notes: '' }), 'not-found', ['person']],
    ['introducer missing', (d) => updatePerson(d, 'a', { howWeMet: { introducedBy: 'nobody' } }), 'not-found', ['howWeMet.introducedBy']],
    ['"me" as a person id', (d) => addPerson(d, { id: ME_ID, name: 'x' }), 'invalid-input', ['id']],
    ['id with a separator', (d) => addPerson(d, { id: 'a:b', name: 'x' }), 'invalid-input', ['id']],
    ['duplicate id', (d) => addPerson(d, { id: 'a', name: 'x' }), 'duplicate-id', ['id']],
    ['tie to self', (d) => linkPeople(d, 'a', 'a'), 'self-tie', ['b']],
    ['tie to me', (d) => linkPeople(d, 'a', ME_ID), 'me-tie', ['b']],
    ['tie to an unknown person', (d) => linkPeople(d, 'a', 'nobody'), 'not-found', ['b']],
    ['tie to a person in the trash', (d) => linkPeople(d, 'gone', 'a'), 'in-trash', ['a']],
    ['strength 4', (d) => linkPeople(d, 'a', 'b', { strength: 4 as never }), 'invalid-input', ['strength']],
    ['unknown kind', (d) => linkPeople(d, 'a', 'b', { kind: 'rival' as never }), 'invalid-input', ['kind']],
    ['edit of a missing tie', (d) => updateTie(d, 'a', 'b', { strength: 2 }), 'not-found', ['b']],
  ]

  it.each(cases)('rejects %s, naming the field, and writes nothing', (_name, write, code, path) => {
    const doc = vault()
    const before = Y.encodeStateAsUpdate(doc)
    const error = rejection(() => write(doc))
    expect(error).toMatchObject({ code, path })
    expect(Y.encodeStateAsUpdate(doc)).toEqual(before)
  })

  it('puts the bad field in the message', () => {
    expect(rejection(() => addPerson(vault(), { name: '' }))?.message).toMatch(/^person\.name: /)
  })
})
