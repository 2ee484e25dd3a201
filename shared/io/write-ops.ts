/**
 * A planned write as a list of graph operations, run twice: first on a scratch document holding
 * stand-ins for every existing person the plan touches (so every graph-side check runs: schemas,
 * references, limits), then, only if that succeeded, on the vault inside ONE transaction. Yjs has
 * no rollback, so this is how an import stays all or nothing.
 */
import * as Y from 'yjs'
import { addPerson, GraphError, linkPeople, updatePerson, type PersonId, type PersonInput, type PersonPatch, type TiePatch } from '../graph'
import { ImportError } from './import-error'
import type { SourcePosition } from './import-types'

export type WriteOp =
  | { op: 'add'; input: PersonInput; at: SourcePosition | null }
  | { op: 'update'; id: PersonId; patch: PersonPatch; at: SourcePosition | null }
  | { op: 'link'; a: PersonId; b: PersonId; tie: TiePatch; at: SourcePosition | null }

function run(doc: Y.Doc, op: WriteOp, now: number | undefined): void {
  const options = now === undefined ? {} : { now }
  if (op.op === 'add') addPerson(doc, op.input, options)
  else if (op.op === 'update') updatePerson(doc, op.id, op.patch, options)
  else linkPeople(doc, op.a, op.b, op.tie, options)
}

/** Runs the ops on a scratch document; throws ImportError naming the source of the first rejected op. */
export function dryRun(ops: readonly WriteOp[], existing: Iterable<PersonId>, now?: number): void {
  const scratch = new Y.Doc()
  for (const id of existing) addPerson(scratch, { id, name: 'existing' })
  for (const op of ops) {
    try {
      run(scratch, op, now)
    } catch (error) {
      if (error instanceof GraphError) throw new ImportError('invalid-data', error.message, op.at)
      throw error
    }
  }
}

export function runOps(doc: Y.Doc, ops: readonly WriteOp[], origin: unknown, now?: number): void {
  doc.transact(() => {
    for (const op of ops) run(doc, op, now)
  }, origin)
}
