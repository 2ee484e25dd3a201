/**
 * Interactions, events, projects and opportunities. Each record is a nested Y.Map (random id) with
 * one key per scalar field, so concurrent edits of different fields merge, plus deletedAt.
 * Removal is soft (deletedAt), like people.
 *
 * Row layout per root (see schema.ts for the roots):
 *   interactions   date, kind, note; person:<id> -> true            (keyed-records.ts)
 *   events         name, kind, where, date; met:<id> -> exchange, followUp:<id> -> true
 *   projects       name, start, end, deadline, finishedAt, myRole, notes, learned,
 *                  tookUnownedChores; member:<id> -> true
 *   opportunities  date, kind, title, field, note; viaPersonIds: one array value
 *
 * Sets (people of an interaction, members, people met) are keys per element so concurrent adds
 * both survive. The introduction chain of an opportunity stays ONE value on purpose: it is an
 * ordered path, and merging two edited chains element by element would invent a path nobody drew.
 * Schema 2 added learned, tookUnownedChores and the follow-up flag; older rows read them as
 * defaults, and schema-1 list arrays are read and migrated by keyed-records.ts.
 */
import { uuidv4 } from 'lib0/random'
import * as Y from 'yjs'
import { z } from 'zod'
import { GraphError, parseInput } from './errors'
import { idSchema, isicSectionSchema, isoDateSchema, nameSchema, notesSchema, optionalTextSchema, personIdSchema } from './inputs'
import { addToIdSet, INTERACTION_PEOPLE, PROJECT_MEMBERS, readIdSet, readMet, removeFromIdSet, writeIdSet, writeMet, type IdSetField } from './keyed-records'
import { nowOf, originOf, type WriteOptions } from './origins'
import { requirePerson } from './people'
import { numberOrNull, setIfChanged } from './profile-codec'
import { root, rowOf, stampSchemaVersion, type RecordRootName, type Row } from './schema'
import type { GraphEvent, Interaction, MetAtEvent, Opportunity, PersonId, Project } from './types'
import { EVENT_KINDS, INTERACTION_KINDS, OPPORTUNITY_KINDS } from './taxonomy'

const personIds = z.array(personIdSchema).transform((ids) => [...new Set(ids)])

export const interactionKindSchema = z.enum(INTERACTION_KINDS)
export const interactionShape = {
  date: isoDateSchema,
  kind: interactionKindSchema,
  personIds,
  note: notesSchema,
}
const metSchema = z.object({ personId: personIdSchema, exchange: notesSchema, followUp: z.boolean().optional() }).strict()
export const eventShape = {
  name: nameSchema,
  kind: z.enum(EVENT_KINDS),
  where: optionalTextSchema,
  date: isoDateSchema.nullable(),
  met: z.array(metSchema).transform((met) => [...new Map(met.map((m) => [m.personId, m])).values()]),
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
  learned: notesSchema.optional(),
  tookUnownedChores: z.boolean().nullable().optional(),
}
export const opportunityShape = {
  date: isoDateSchema,
  kind: z.enum(OPPORTUNITY_KINDS),
  title: nameSchema,
  viaPersonIds: z.array(personIdSchema),
  field: isicSectionSchema.nullable(),
  note: notesSchema,
}

/** How one field is kept in a row: scalars are one key; sets are keys per element. */
interface FieldCodec {
  read: (row: Row) => unknown
  write: (row: Row, value: unknown) => void
}
const idSetCodec = (field: IdSetField): FieldCodec => ({
  read: (row) => readIdSet(row, field),
  write: (row, value) => writeIdSet(row, field, value as PersonId[]),
})
const metCodec: FieldCodec = { read: readMet, write: (row, value) => writeMet(row, value as MetAtEvent[]) }

export interface RecordKind<T extends { id: string }> {
  root: RecordRootName
  what: string
  schema: z.ZodType<Omit<T, 'id'>, unknown>
  patch: z.ZodType<Partial<Omit<T, 'id'>>, unknown>
  field: Record<string, z.ZodType>
  codecs: Record<string, FieldCodec>
  defaults: Required<Omit<T, 'id'>>
  references: (r: Partial<Omit<T, 'id'>>) => PersonId[]
}

/**
 * A kind's schemas come from its shape at the call site, where TypeScript checks them against the
 * record's type (a field added to one and not the other fails to compile).
 */
function kind<T extends { id: string }>(
  rootName: RecordRootName,
  what: string,
  schemas: { object: z.ZodObject & z.ZodType<Omit<T, 'id'>, unknown>; patch: z.ZodType<Partial<Omit<T, 'id'>>, unknown> },
  defaults: Required<Omit<T, 'id'>>,
  references: (r: Partial<Omit<T, 'id'>>) => PersonId[],
  codecs: Record<string, FieldCodec> = {},
): RecordKind<T> {
  return { root: rootName, what, schema: schemas.object, patch: schemas.patch, field: schemas.object.shape, codecs, defaults, references }
}
function schemasOf<S extends z.ZodRawShape>(shape: S) {
  const object = z.object(shape).strict()
  return { object, patch: object.partial() }
}

export const INTERACTION = kind<Interaction>(
  'interactions',
  'interaction',
  schemasOf(interactionShape),
  { date: '1970-01-01', kind: 'met', personIds: [], note: '' },
  (r) => r.personIds ?? [],
  { personIds: idSetCodec(INTERACTION_PEOPLE) },
)
export const EVENT = kind<GraphEvent>(
  'events',
  'event',
  schemasOf(eventShape),
  { name: '', kind: 'other', where: null, date: null, met: [] },
  (r) => (r.met ?? []).map((m) => m.personId),
  {
    met: metCodec,
  },
)
export const PROJECT = kind<Project>(
  'projects',
  'project',
  schemasOf(projectShape),
  { name: '', memberIds: [], start: null, end: null, deadline: null, finishedAt: null, myRole: '', notes: '', learned: '', tookUnownedChores: null },
  (r) => r.memberIds ?? [],
  { memberIds: idSetCodec(PROJECT_MEMBERS) },
)
export const OPPORTUNITY = kind<Opportunity>(
  'opportunities',
  'opportunity',
  schemasOf(opportunityShape),
  { date: '1970-01-01', kind: 'other', title: '', viaPersonIds: [], field: null, note: '' },
  (r) => r.viaPersonIds ?? [],
)

function checkReferences<T extends { id: string }>(doc: Y.Doc, k: RecordKind<T>, r: Partial<Omit<T, 'id'>>): void {
  for (const id of k.references(r)) requirePerson(doc, id, `${k.what}.person`)
}

/**
 * Inside a transaction: writes the fields present through their codecs (a set given in full
 * replaces the stored set key by key). Also what the JSON import writes with.
 */
export function writeFields(row: Row, k: { codecs: Record<string, FieldCodec> }, fields: object): void {
  for (const [key, value] of Object.entries(fields)) {
    if (value === undefined) continue
    const codec = k.codecs[key]
    if (codec !== undefined) codec.write(row, value)
    else setIfChanged(row, key, value)
  }
}

/** Validates a new record; throws a GraphError before anything is written. */
export function prepareRecord<T extends { id: string }>(doc: Y.Doc, k: RecordKind<T>, input: Omit<T, 'id'> & { id?: string }): { id: string; clean: Omit<T, 'id'> } {
  const { id: wanted, ...fields } = input
  const id = wanted === undefined ? uuidv4() : parseInput(idSchema, wanted, `${k.what}.id`)
  const clean = parseInput(k.schema, fields, k.what)
  if (root(doc, k.root).has(id)) throw new GraphError('duplicate-id', `${k.what}.id: "${id}" already exists`, ['id'])
  checkReferences(doc, k, clean)
  return { id, clean }
}

/** Inside a transaction: writes a record `prepareRecord` accepted. */
export function insertRecord<T extends { id: string }>(doc: Y.Doc, k: RecordKind<T>, id: string, clean: Omit<T, 'id'>): void {
  stampSchemaVersion(doc)
  const row: Row = new Y.Map()
  root(doc, k.root).set(id, row)
  writeFields(row, k, clean)
  row.set('deletedAt', null)
}

export function addRecord<T extends { id: string }>(doc: Y.Doc, k: RecordKind<T>, input: Omit<T, 'id'> & { id?: string }, options?: WriteOptions): string {
  const { id, clean } = prepareRecord(doc, k, input)
  doc.transact(() => insertRecord(doc, k, id, clean), originOf(options))
  return id
}

export function requireRecord<T extends { id: string }>(doc: Y.Doc, k: RecordKind<T>, id: string): Row {
  const row = rowOf(doc, k.root, id)
  if (row === undefined) throw new GraphError('not-found', `${k.what}: no ${k.what} with id "${id}"`, ['id'])
  return row
}

/** Changes only the fields present; a set given in full replaces the stored set key by key. */
export function updateRecord<T extends { id: string }>(doc: Y.Doc, k: RecordKind<T>, id: string, patch: Partial<Omit<T, 'id'>>, options?: WriteOptions): void {
  const clean = parseInput(k.patch, patch, 'patch')
  const row = requireRecord(doc, k, id)
  checkReferences(doc, k, clean)
  doc.transact(() => {
    stampSchemaVersion(doc)
    writeFields(row, k, clean)
  }, originOf(options))
}

export function removeRecord<T extends { id: string }>(doc: Y.Doc, k: RecordKind<T>, id: string, options?: WriteOptions): void {
  const row = requireRecord(doc, k, id)
  if (numberOrNull(row.get('deletedAt')) !== null) return
  doc.transact(() => row.set('deletedAt', nowOf(options)), originOf(options))
}

/** One record row as plain data; a stored field of the wrong shape reads as its default. */
export function readRecordRow<T extends { id: string }>(k: RecordKind<T>, id: string, row: Row): T {
  const record: Record<string, unknown> = { id }
  for (const [key, fallback] of Object.entries(k.defaults)) {
    const codec = k.codecs[key]
    if (codec !== undefined) {
      record[key] = codec.read(row)
      continue
    }
    const parsed = k.field[key]?.safeParse(row.get(key))
    record[key] = parsed?.success === true && parsed.data !== undefined ? parsed.data : fallback
  }
  return record as T
}

/** Records not removed, in id order. */
export function readRecords<T extends { id: string }>(doc: Y.Doc, k: RecordKind<T>): T[] {
  const out: T[] = []
  for (const [id, row] of root(doc, k.root).entries()) {
    if (!(row instanceof Y.Map) || numberOrNull(row.get('deletedAt')) !== null) continue
    out.push(readRecordRow(k, id, row as Row))
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

function changeMember(add: boolean) {
  return (doc: Y.Doc, projectId: string, personId: PersonId, options?: WriteOptions): void => {
    const id = parseInput(personIdSchema, personId, 'personId')
    const row = requireRecord(doc, PROJECT, projectId)
    if (add) requirePerson(doc, id, 'project.person')
    doc.transact(() => {
      stampSchemaVersion(doc)
      if (add) addToIdSet(row, PROJECT_MEMBERS, id)
      else removeFromIdSet(row, PROJECT_MEMBERS, id)
    }, originOf(options))
  }
}
/** One member in or out, leaving concurrent changes to other members alone. */
export const addProjectMember = changeMember(true)
export const removeProjectMember = changeMember(false)
