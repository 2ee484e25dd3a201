/**
 * A planned write as a list of graph operations, checked in full before the vault is touched,
 * then run inside ONE transaction. Yjs has no rollback, so this is how an import stays all or
 * nothing.
 *
 * The check (`dryRun`) runs every test the graph's write functions would run, without writing
 * anything: each input is parsed with the same zod schema addPerson / updatePerson / linkPeople /
 * addRecord parse it with (schemas, limits, dates, enums), new ids must be free, updated people
 * and the people a record names must exist,
 * an "introduced by" must name a person that exists (or is added by an earlier op) and not the
 * person themselves, and both ends of a tie must be live and distinct. An earlier version ran the
 * ops on a scratch Y.Doc instead; that doubled every write (and the garbage) of a 10,000-person
 * import. `dryRun` returns the ops with people's inputs and patches as parsed, and `runOps` writes
 * those through the graph's clean entry points (addCleanPerson, updateCleanPerson), so each person
 * is parsed once: parsing them again cost as much as the dry run. The graph functions re-check the
 * rest (ids, references, ties, records) when the ops run, so a check missed here would throw
 * before its op writes, never silently; `tests/unit/shared/io` keeps the two in step.
 *
 * The schemas come from shared/graph/inputs.ts rather than the graph's index on purpose: they are
 * the graph's own validation, and importing them keeps one definition of a valid person.
 */
import type * as Y from 'yjs'
import {
  addCleanPerson,
  GraphError,
  linkPeople,
  updateCleanPerson,
  type CleanPersonInput,
  type CleanPersonPatch,
  type PersonId,
  type PersonInput,
  type PersonPatch,
  type TiePatch,
} from '../graph'
import { idSchema, personIdSchema, personInputSchema, personPatchSchema, tiePatchSchema } from '../graph'
import { addRecord, EVENT, INTERACTION, OPPORTUNITY, PROJECT, type RecordKind } from '../graph'
import type { GraphEvent, Interaction, Opportunity, Project } from '../graph'
import { ImportError } from './import-error'
import type { SourcePosition } from './import-types'

/** The record kinds an import can write, by name. */
export const RECORD_KINDS = { interaction: INTERACTION, event: EVENT, project: PROJECT, opportunity: OPPORTUNITY } as const
export type RecordKindName = keyof typeof RECORD_KINDS
export type ImportedRecord = Interaction | GraphEvent | Project | Opportunity

export type WriteOp =
  | { op: 'add'; input: PersonInput; at: SourcePosition | null }
  | { op: 'update'; id: PersonId; patch: PersonPatch; at: SourcePosition | null }
  | { op: 'link'; a: PersonId; b: PersonId; tie: TiePatch; at: SourcePosition | null }
  | { op: 'record'; kind: RecordKindName; record: ImportedRecord; at: SourcePosition | null }

/** A WriteOp that passed dryRun, people's inputs and patches as their schemas parsed them. */
export type CheckedOp =
  | { op: 'add'; clean: CleanPersonInput; at: SourcePosition | null }
  | { op: 'update'; id: PersonId; clean: CleanPersonPatch; at: SourcePosition | null }
  | Extract<WriteOp, { op: 'link' | 'record' }>

const kindOf = (name: RecordKindName) => RECORD_KINDS[name] as unknown as RecordKind<ImportedRecord>

function run(doc: Y.Doc, op: CheckedOp, now: number | undefined): void {
  const options = now === undefined ? {} : { now }
  if (op.op === 'add') addCleanPerson(doc, op.clean, options)
  else if (op.op === 'update') updateCleanPerson(doc, op.id, op.clean, options)
  else if (op.op === 'link') linkPeople(doc, op.a, op.b, op.tie, options)
  else addRecord(doc, kindOf(op.kind), op.record, options)
}

function reject(message: string, at: SourcePosition | null): never {
  throw new ImportError('invalid-data', message, at)
}

function parsed<T>(
  schema: { safeParse(input: unknown): { success: true; data: T } | { success: false; error: { issues: { path: PropertyKey[]; message: string }[] } } },
  input: unknown,
  what: string,
  at: SourcePosition | null,
): T {
  const result = schema.safeParse(input)
  if (result.success) return result.data
  const issue = result.error.issues[0]
  const path = issue.path.map(String).join('.')
  return reject(`${path === '' ? what : `${what}.${path}`}: ${issue.message}`, at)
}

/**
 * Checks every op as the graph would, against `existing` (the ids already in the vault, live or
 * trashed), `live` (those not in the trash) and `recordExists` (record ids already in the vault);
 * throws ImportError naming the first bad op's source. Returns the ops for runOps.
 */
export function dryRun(
  ops: readonly WriteOp[],
  existing: (id: PersonId) => boolean,
  live: (id: PersonId) => boolean,
  recordExists: (kind: RecordKindName, id: string) => boolean = () => false,
): CheckedOp[] {
  const checked: CheckedOp[] = []
  const added = new Set<PersonId>()
  const addedRecords = new Set<string>()
  const exists = (id: PersonId) => added.has(id) || existing(id)
  const checkIntroducedBy = (by: PersonId | null | undefined, self: PersonId, at: SourcePosition | null) => {
    if (by === undefined || by === null) return
    if (by === self) reject('howWeMet.introducedBy: a person cannot introduce themselves', at)
    if (!exists(by)) reject(`howWeMet.introducedBy: no person with id "${by}"`, at)
  }
  for (const op of ops) {
    if (op.op === 'add') {
      const input = parsed(personInputSchema, op.input, 'person', op.at)
      const id = input.id
      if (id === undefined) return reject('person.id: an imported person needs an id', op.at)
      if (exists(id)) reject(`person.id: "${id}" already exists`, op.at)
      checkIntroducedBy(input.howWeMet?.introducedBy, id, op.at)
      added.add(id)
      checked.push({ op: 'add', clean: input, at: op.at })
    } else if (op.op === 'update') {
      const patch = parsed(personPatchSchema, op.patch, 'patch', op.at)
      if (!exists(op.id)) reject(`no person with id "${op.id}"`, op.at)
      checkIntroducedBy(patch.howWeMet?.introducedBy, op.id, op.at)
      checked.push({ op: 'update', id: op.id, clean: patch, at: op.at })
    } else if (op.op === 'record') {
      const k = kindOf(op.kind)
      const { id, ...fields } = op.record
      parsed(idSchema, id, `${k.what}.id`, op.at)
      const clean = parsed(k.schema, fields, k.what, op.at)
      if (recordExists(op.kind, id) || addedRecords.has(`${op.kind}:${id}`)) reject(`${k.what}.id: "${id}" already exists`, op.at)
      for (const person of k.references(clean)) if (!exists(person)) reject(`${k.what}.person: no person with id "${person}"`, op.at)
      addedRecords.add(`${op.kind}:${id}`)
      checked.push(op)
    } else {
      parsed(personIdSchema, op.a, 'a', op.at)
      parsed(personIdSchema, op.b, 'b', op.at)
      if (op.a === op.b) reject(`a person cannot be tied to themselves ("${op.a}")`, op.at)
      parsed(tiePatchSchema, op.tie, 'tie', op.at)
      for (const end of [op.a, op.b]) if (!added.has(end) && !live(end)) reject(`no live person with id "${end}"`, op.at)
      checked.push(op)
    }
  }
  return checked
}

export function runOps(doc: Y.Doc, ops: readonly CheckedOp[], origin: unknown, now?: number): void {
  doc.transact(() => {
    for (const op of ops) {
      try {
        run(doc, op, now)
      } catch (error) {
        // Only reachable if dryRun misses a check the graph makes; the ops before this one would
        // stay written, which is why dryRun mirrors every check (and the fuzz test watches it).
        if (error instanceof GraphError) throw new ImportError('invalid-data', error.message, op.at)
        throw error
      }
    }
  }, origin)
}
