/**
 * People: add, edit, trash, restore, purge, and the set operations (tags, field tags, values,
 * roles) shared with "me". Each function is one transaction with the caller's origin.
 */
import { uuidv4 } from 'lib0/random'
import * as Y from 'yjs'
import type { z } from 'zod'
import { GraphError, parseInput } from './errors'
import {
  personIdSchema,
  personInputSchema,
  personPatchSchema,
  roleSchema,
  tagSchema,
  valueSchema,
  type CleanPersonInput,
  type CleanPersonPatch,
  type PersonInput,
  type PersonPatch,
} from './inputs'
import { nowOf, originOf, type WriteOptions } from './origins'
import { addToSet, numberOrNull, readProfile, readSets, removeFromSet, replaceSet, setIfChanged, textOrNull, writeProfilePatch } from './profile-codec'
import { root, rowOf, stampSchemaVersion, tieEnds, type Row, type SetName } from './schema'
import { MAX_VALUES_PER_PERSON } from './taxonomy'
import { ME_ID, ROLES, type Person, type PersonId, type Role } from './types'

export function requirePerson(doc: Y.Doc, id: PersonId, what = 'person'): Row {
  const row = rowOf(doc, 'people', id)
  if (row === undefined) throw new GraphError('not-found', `${what}: no person with id "${id}"`, [what])
  return row
}

export function isTrashed(row: Row): boolean {
  return numberOrNull(row.get('deletedAt')) !== null
}

function checkReferences(doc: Y.Doc, patch: CleanPersonPatch, self: PersonId | null): void {
  const by = patch.howWeMet?.introducedBy
  if (by === undefined || by === null) return
  if (by === self) throw new GraphError('invalid-input', 'howWeMet.introducedBy: a person cannot introduce themselves', ['howWeMet', 'introducedBy'])
  requirePerson(doc, by, 'howWeMet.introducedBy')
}

function writePersonPatch(row: Row, patch: CleanPersonPatch, now: number): void {
  writeProfilePatch(row, patch, now)
  if (patch.roles !== undefined) replaceSet(row, 'roles', patch.roles, now)
  const met = patch.howWeMet
  if (met?.where !== undefined) setIfChanged(row, 'metWhere', met.where)
  if (met?.when !== undefined) setIfChanged(row, 'metWhen', met.when)
  if (met?.introducedBy !== undefined) setIfChanged(row, 'introducedBy', met.introducedBy)
  row.set('updatedAt', now)
}

/** Adds a person and returns their id (random unless `input.id` is given, as importers do). */
export function addPerson(doc: Y.Doc, input: PersonInput, options?: WriteOptions): PersonId {
  return insertPerson(doc, input, options, true)
}

/** addPerson for input personInputSchema has already parsed (an import's checked write ops). */
export function addCleanPerson(doc: Y.Doc, input: CleanPersonInput, options?: WriteOptions): PersonId {
  return insertCleanPerson(doc, input, options, true)
}

/**
 * addPerson's body. `stampSchema: false` leaves `meta` alone: for a write built on an empty doc
 * for a vault whose schema version is known to be current already (appended-writes.ts).
 */
export function insertPerson(doc: Y.Doc, input: PersonInput, options: WriteOptions | undefined, stampSchema: boolean): PersonId {
  return insertCleanPerson(doc, parseInput(personInputSchema, input, 'person'), options, stampSchema)
}

/**
 * insertPerson for input personInputSchema has already parsed: an import's dry run parses every
 * person once, and parsing again here cost as much as the dry run. The id and "introduced by" are
 * still checked against the doc.
 */
export function insertCleanPerson(doc: Y.Doc, input: CleanPersonInput, options: WriteOptions | undefined, stampSchema: boolean): PersonId {
  const { id: wantedId, ...patch } = input
  const id = wantedId ?? uuidv4()
  if (root(doc, 'people').has(id)) throw new GraphError('duplicate-id', `person.id: "${id}" already exists`, ['id'])
  checkReferences(doc, patch, id)
  const now = nowOf(options)
  doc.transact(() => {
    if (stampSchema) stampSchemaVersion(doc)
    const row: Row = new Y.Map()
    root(doc, 'people').set(id, row)
    row.set('createdAt', now)
    row.set('deletedAt', null)
    writePersonPatch(row, patch, now)
  }, originOf(options))
  return id
}

/** Changes only the fields present in `patch`; sets given in full replace the stored set. */
export function updatePerson(doc: Y.Doc, id: PersonId, patch: PersonPatch, options?: WriteOptions): void {
  updateCleanPerson(doc, id, parseInput(personPatchSchema, patch, 'patch'), options)
}

/** updatePerson for a patch personPatchSchema has already parsed. */
export function updateCleanPerson(doc: Y.Doc, id: PersonId, clean: CleanPersonPatch, options?: WriteOptions): void {
  const row = requirePerson(doc, id)
  checkReferences(doc, clean, id)
  doc.transact(() => {
    stampSchemaVersion(doc)
    writePersonPatch(row, clean, nowOf(options))
  }, originOf(options))
}

/** Moves a person to the trash. Their ties stay stored, hidden until restore. */
export function deletePerson(doc: Y.Doc, id: PersonId, options?: WriteOptions): void {
  const row = requirePerson(doc, id)
  if (isTrashed(row)) return
  doc.transact(() => row.set('deletedAt', nowOf(options)), originOf(options))
}

export function restorePerson(doc: Y.Doc, id: PersonId, options?: WriteOptions): void {
  const row = requirePerson(doc, id)
  if (!isTrashed(row)) return
  doc.transact(() => row.set('deletedAt', null), originOf(options))
}

/**
 * Removes a trashed person and their ties for good. Irreversible, and edits another machine makes
 * to them concurrently are dropped, which is why only people already in the trash can be purged.
 */
export function purgePerson(doc: Y.Doc, id: PersonId, options?: WriteOptions): void {
  const row = requirePerson(doc, id)
  if (!isTrashed(row)) throw new GraphError('invalid-input', `person "${id}" must be in the trash to be purged`, ['id'])
  doc.transact(() => {
    root(doc, 'people').delete(id)
    const ties = root(doc, 'ties')
    for (const key of [...ties.keys()]) {
      const [a, b] = tieEnds(key.slice(0, key.lastIndexOf('/')))
      if (a === id || b === id) ties.delete(key)
    }
  }, originOf(options))
}

/** The person, in the trash or not, or null. */
export function readPerson(doc: Y.Doc, id: PersonId): Person | null {
  const row = rowOf(doc, 'people', id)
  return row === undefined ? null : readPersonRow(id, row)
}

const KNOWN_ROLES = new Set<string>(ROLES)

export function readPersonRow(id: PersonId, row: Row): Person {
  const sets = readSets(row)
  const createdAt = numberOrNull(row.get('createdAt')) ?? 0
  return {
    id,
    ...readProfile(row, sets),
    roles: sets.roles.filter((r): r is Role => KNOWN_ROLES.has(r)),
    howWeMet: {
      where: textOrNull(row.get('metWhere')),
      when: textOrNull(row.get('metWhen')),
      introducedBy: textOrNull(row.get('introducedBy')),
    },
    createdAt,
    updatedAt: numberOrNull(row.get('updatedAt')) ?? createdAt,
    deletedAt: numberOrNull(row.get('deletedAt')),
  }
}

/** A person's id, or ME_ID for the user's own profile (which has tags, field tags and values too). */
type Target = PersonId

function targetMap(doc: Y.Doc, target: Target): Y.Map<unknown> {
  if (target === ME_ID) return root(doc, 'me')
  return requirePerson(doc, parseInput(personIdSchema, target, 'id'))
}

function changeSet(doc: Y.Doc, target: Target, set: SetName, element: string, add: boolean, options?: WriteOptions): void {
  const map = targetMap(doc, target)
  const now = nowOf(options)
  if (add && set === 'values' && !readSets(map).values.includes(element as never)) {
    if (readSets(map).values.length >= MAX_VALUES_PER_PERSON) {
      throw new GraphError('too-many-values', `value: at most ${MAX_VALUES_PER_PERSON} values; remove one first`, ['values'])
    }
  }
  doc.transact(() => {
    stampSchemaVersion(doc)
    if (add) addToSet(map, set, element, now)
    else removeFromSet(map, set, element)
    map.set('updatedAt', now)
  }, originOf(options))
}

const setElement = {
  tags: tagSchema,
  fieldTags: tagSchema,
  values: valueSchema,
  roles: roleSchema,
} satisfies Partial<Record<SetName, z.ZodType<string>>>

function setOperation(set: keyof typeof setElement, add: boolean) {
  return (doc: Y.Doc, target: Target, element: string, options?: WriteOptions): void => {
    if (set === 'roles' && target === ME_ID) throw new GraphError('invalid-input', 'roles are toward me; I have none', ['roles'])
    changeSet(doc, target, set, parseInput(setElement[set], element, set), add, options)
  }
}

export const addTag = setOperation('tags', true)
export const removeTag = setOperation('tags', false)
export const addFieldTag = setOperation('fieldTags', true)
export const removeFieldTag = setOperation('fieldTags', false)
export const addValue = setOperation('values', true)
export const removeValue = setOperation('values', false)
export const addRole = setOperation('roles', true)
export const removeRole = setOperation('roles', false)
