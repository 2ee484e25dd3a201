/**
 * Interactions, events, projects and opportunities: the roots later issues fill. Each record is a
 * nested Y.Map (random id) with one key per field, so concurrent edits of different fields merge.
 * List fields (personIds, memberIds, met, viaPersonIds) are stored as one atomic value each for
 * now; the workflow issue may turn the ones that are sets into keyed sets like a person's tags.
 * Removal is soft (deletedAt), like people.
 */
import { uuidv4 } from 'lib0/random'
import * as Y from 'yjs'
import { z } from 'zod'
import { GraphError, parseInput } from './errors'
import { idSchema, isicSectionSchema, isoDateSchema, nameSchema, notesSchema, optionalTextSchema, personIdSchema } from './inputs'
import { nowOf, originOf, type WriteOptions } from './origins'
import { requirePerson } from './people'
import { numberOrNull, setIfChanged } from './profile-codec'
import { root, rowOf, stampSchemaVersion, type RecordRootName, type Row } from './schema'
import type { GraphEvent, Interaction, Opportunity, PersonId, Project } from './types'

const personIds = z.array(personIdSchema).transform((ids) => [...new Set(ids)])

export const interactionShape = {
  date: isoDateSchema,
  kind: z.enum(['consulted-them', 'consulted-me', 'helped-them', 'helped-me', 'introduced', 'met', 'message', 'call', 'worked-together']),
  personIds,
  note: notesSchema,
}
export const eventShape = {
  name: nameSchema,
  kind: z.enum(['seminar', 'conference', 'meetup', 'sns', 'other']),
  where: optionalTextSchema,
  date: isoDateSchema.nullable(),
  met: z.array(z.object({ personId: personIdSchema, exchange: notesSchema }).strict()),
}
export const projectShape = {
  name: nameSchema,
  memberIds: personIds,
  start: isoDateSchema.nullable(),
  end: isoDateSchema.nullable(),
  deadline: isoDateSchema.nullable(),
  finishedAt: isoDateSchema.nullable(),
  myRole: notesSchema,
  notes: notesSchema,
}
export const opportunityShape = {
  date: isoDateSchema,
  kind: z.enum(['job', 'client', 'collaboration', 'invitation', 'other']),
  title: nameSchema,
  viaPersonIds: z.array(personIdSchema),
  field: isicSectionSchema.nullable(),
  note: notesSchema,
}

interface RecordKind<T extends { id: string }> {
  root: RecordRootName
  what: string
  schema: z.ZodType<Omit<T, 'id'>, unknown>
  patch: z.ZodType<Partial<Omit<T, 'id'>>, unknown>
  field: Record<string, z.ZodType>
  defaults: Omit<T, 'id'>
  references: (r: Partial<Omit<T, 'id'>>) => PersonId[]
}

function kind<T extends { id: string }>(
  rootName: RecordRootName,
  what: string,
  shape: Record<string, z.ZodType>,
  defaults: Omit<T, 'id'>,
  references: (r: Partial<Omit<T, 'id'>>) => PersonId[],
): RecordKind<T> {
  const object = z.object(shape).strict()
  return {
    root: rootName,
    what,
    schema: object as unknown as z.ZodType<Omit<T, 'id'>, unknown>,
    patch: object.partial() as unknown as z.ZodType<Partial<Omit<T, 'id'>>, unknown>,
    field: shape,
    defaults,
    references,
  }
}

export const INTERACTION = kind<Interaction>('interactions', 'interaction', interactionShape,
  { date: '1970-01-01', kind: 'met', personIds: [], note: '' }, (r) => r.personIds ?? [])
export const EVENT = kind<GraphEvent>('events', 'event', eventShape,
  { name: '', kind: 'other', where: null, date: null, met: [] }, (r) => (r.met ?? []).map((m) => m.personId))
export const PROJECT = kind<Project>('projects', 'project', projectShape,
  { name: '', memberIds: [], start: null, end: null, deadline: null, finishedAt: null, myRole: '', notes: '' },
  (r) => r.memberIds ?? [])
export const OPPORTUNITY = kind<Opportunity>('opportunities', 'opportunity', opportunityShape,
  { date: '1970-01-01', kind: 'other', title: '', viaPersonIds: [], field: null, note: '' }, (r) => r.viaPersonIds ?? [])

function checkReferences<T extends { id: string }>(doc: Y.Doc, k: RecordKind<T>, r: Partial<Omit<T, 'id'>>): void {
  for (const id of k.references(r)) requirePerson(doc, id, `${k.what}.person`)
}

function writeFields(row: Row, fields: object): void {
  for (const [key, value] of Object.entries(fields)) if (value !== undefined) setIfChanged(row, key, value)
}

export function addRecord<T extends { id: string }>(
  doc: Y.Doc, k: RecordKind<T>, input: Omit<T, 'id'> & { id?: string }, options?: WriteOptions,
): string {
  const { id: wanted, ...fields } = input
  const id = wanted === undefined ? uuidv4() : parseInput(idSchema, wanted, `${k.what}.id`)
  const clean = parseInput(k.schema, fields, k.what)
  if (root(doc, k.root).has(id)) throw new GraphError('duplicate-id', `${k.what}.id: "${id}" already exists`, ['id'])
  checkReferences(doc, k, clean)
  doc.transact(() => {
    stampSchemaVersion(doc)
    const row: Row = new Y.Map()
    root(doc, k.root).set(id, row)
    writeFields(row, clean)
    row.set('deletedAt', null)
  }, originOf(options))
  return id
}

function requireRecord<T extends { id: string }>(doc: Y.Doc, k: RecordKind<T>, id: string): Row {
  const row = rowOf(doc, k.root, id)
  if (row === undefined) throw new GraphError('not-found', `${k.what}: no ${k.what} with id "${id}"`, ['id'])
  return row
}

export function updateRecord<T extends { id: string }>(
  doc: Y.Doc, k: RecordKind<T>, id: string, patch: Partial<Omit<T, 'id'>>, options?: WriteOptions,
): void {
  const clean = parseInput(k.patch, patch, 'patch')
  const row = requireRecord(doc, k, id)
  checkReferences(doc, k, clean)
  doc.transact(() => {
    stampSchemaVersion(doc)
    writeFields(row, clean)
  }, originOf(options))
}

export function removeRecord<T extends { id: string }>(doc: Y.Doc, k: RecordKind<T>, id: string, options?: WriteOptions): void {
  const row = requireRecord(doc, k, id)
  if (numberOrNull(row.get('deletedAt')) !== null) return
  doc.transact(() => row.set('deletedAt', nowOf(options)), originOf(options))
}

/** Records not removed, in id order; a stored field of the wrong shape reads as its default. */
export function readRecords<T extends { id: string }>(doc: Y.Doc, k: RecordKind<T>): T[] {
  const out: T[] = []
  for (const [id, row] of root(doc, k.root).entries()) {
    if (!(row instanceof Y.Map) || numberOrNull(row.get('deletedAt')) !== null) continue
    const record: Record<string, unknown> = { id }
    for (const [key, fallback] of Object.entries(k.defaults)) {
      const parsed = k.field[key]?.safeParse(row.get(key))
      record[key] = parsed?.success === true ? parsed.data : fallback
    }
    out.push(record as T)
  }
  return out.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
}

type Writer<T extends { id: string }> = {
  add: (doc: Y.Doc, input: Omit<T, 'id'> & { id?: string }, options?: WriteOptions) => string
  update: (doc: Y.Doc, id: string, patch: Partial<Omit<T, 'id'>>, options?: WriteOptions) => void
  remove: (doc: Y.Doc, id: string, options?: WriteOptions) => void
}
function writer<T extends { id: string }>(k: RecordKind<T>): Writer<T> {
  return {
    add: (doc, input, options) => addRecord(doc, k, input, options),
    update: (doc, id, patch, options) => updateRecord(doc, k, id, patch, options),
    remove: (doc, id, options) => removeRecord(doc, k, id, options),
  }
}

const interactions = writer(INTERACTION)
const events = writer(EVENT)
const projects = writer(PROJECT)
const opportunities = writer(OPPORTUNITY)
export const { add: addInteraction, update: updateInteraction, remove: removeInteraction } = interactions
export const { add: addEvent, update: updateEvent, remove: removeEvent } = events
export const { add: addProject, update: updateProject, remove: removeProject } = projects
export const { add: addOpportunity, update: updateOpportunity, remove: removeOpportunity } = opportunities
