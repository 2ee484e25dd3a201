/**
 * Ties between two people (never me). The id is the sorted pair, and each field is its own flat
 * key in the `ties` root (schema.ts), so the same tie created on two machines offline is one tie
 * and concurrent edits of kind and strength merge field by field. Unlinking sets linked=false
 * rather than deleting keys another machine may still be writing.
 */
import type * as Y from 'yjs'
import { GraphError, parseInput } from './errors'
import { personIdSchema, tiePatchSchema, type TiePatch } from './inputs'
import { originOf, type WriteOptions } from './origins'
import { requirePerson, isTrashed } from './people'
import { setIfChanged, textOrNull } from './profile-codec'
import { root, stampSchemaVersion, tieIdOf, tieKey, type TieField } from './schema'
import { ME_ID, TIE_KINDS, type PersonId, type Tie, type TieId, type TieKind } from './types'

function checkPair(a: PersonId, b: PersonId): TieId {
  for (const [id, what] of [
    [a, 'a'],
    [b, 'b'],
  ] as const) {
    if (id === ME_ID) throw new GraphError('me-tie', `${what}: ties are between people; my relation to a person is their roles`, [what])
    parseInput(personIdSchema, id, what)
  }
  if (a === b) throw new GraphError('self-tie', `a person cannot be tied to themselves ("${a}")`, ['b'])
  return tieIdOf(a, b)
}

function requireLiveEnds(doc: Y.Doc, a: PersonId, b: PersonId): void {
  for (const [id, what] of [
    [a, 'a'],
    [b, 'b'],
  ] as const) {
    if (isTrashed(requirePerson(doc, id, what))) throw new GraphError('in-trash', `${what}: person "${id}" is in the trash`, [what])
  }
}

function isLinked(doc: Y.Doc, id: TieId): boolean {
  return root(doc, 'ties').get(tieKey(id, 'linked')) === true
}

function writeTieFields(doc: Y.Doc, id: TieId, fields: Partial<Record<TieField, unknown>>): void {
  const ties = root(doc, 'ties')
  for (const [field, value] of Object.entries(fields)) {
    if (value !== undefined) setIfChanged(ties, tieKey(id, field as TieField), value)
  }
}

/**
 * Links two people, or relinks them, and returns the tie id. Only the attributes given are
 * written; the rest keep what an earlier link stored or read as kind 'other', strength 1. Writing
 * defaults would overwrite a concurrent edit of the same tie on another machine.
 */
export function linkPeople(doc: Y.Doc, a: PersonId, b: PersonId, attributes: TiePatch = {}, options?: WriteOptions): TieId {
  const id = checkPair(a, b)
  const clean = parseInput(tiePatchSchema, attributes, 'tie')
  requireLiveEnds(doc, a, b)
  doc.transact(() => {
    stampSchemaVersion(doc)
    writeTieFields(doc, id, { linked: true, ...clean })
  }, originOf(options))
  return id
}

export function unlinkPeople(doc: Y.Doc, a: PersonId, b: PersonId, options?: WriteOptions): void {
  const id = checkPair(a, b)
  if (!isLinked(doc, id)) return
  doc.transact(() => root(doc, 'ties').set(tieKey(id, 'linked'), false), originOf(options))
}

export function updateTie(doc: Y.Doc, a: PersonId, b: PersonId, patch: TiePatch, options?: WriteOptions): void {
  const id = checkPair(a, b)
  const clean = parseInput(tiePatchSchema, patch, 'patch')
  if (!isLinked(doc, id)) throw new GraphError('not-found', `no tie between "${a}" and "${b}"`, ['b'])
  doc.transact(() => {
    stampSchemaVersion(doc)
    writeTieFields(doc, id, clean)
  }, originOf(options))
}

const KINDS = new Set<string>(TIE_KINDS)

/** A tie's stored fields with defaults, whether or not it is linked or visible. */
export function readTieFields(doc: Y.Doc, id: TieId): Omit<Tie, 'id' | 'a' | 'b'> {
  const ties = root(doc, 'ties')
  const kind = ties.get(tieKey(id, 'kind'))
  const strength = ties.get(tieKey(id, 'strength'))
  return {
    kind: typeof kind === 'string' && KINDS.has(kind) ? (kind as TieKind) : 'other',
    strength: strength === 1 || strength === 2 || strength === 3 ? strength : 1,
    since: textOrNull(ties.get(tieKey(id, 'since'))),
    notes: textOrNull(ties.get(tieKey(id, 'notes'))) ?? '',
  }
}

/** Ids of every linked tie, visible or not (an end may be in the trash or purged). */
export function linkedTieIds(doc: Y.Doc): TieId[] {
  const ids: TieId[] = []
  for (const [key, value] of root(doc, 'ties').entries()) {
    if (value === true && key.endsWith('/linked')) ids.push(key.slice(0, -'/linked'.length))
  }
  return ids
}
