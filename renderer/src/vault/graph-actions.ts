/**
 * The writes the UI can make, bound to the open vault. Components call these and never touch
 * the document; every write goes through shared/graph with the local origin (so undo sees it).
 * Writes throw `GraphError` when the input is rejected (nothing is written); `attempt` turns
 * that into a value a form can show next to the field.
 *
 * Undo grouping is decided here, once: each write is exactly one undo step (`asUndoStep`), never
 * merged with the one before by the undo manager's time window. The workflow's and the import's
 * writes (workflow-actions.ts, import-actions.ts) use the same wrapper.
 */
import {
  addPerson,
  deletePerson,
  GraphError,
  linkPeople,
  purgePerson,
  restorePerson,
  setGender,
  setGenderHidden,
  unlinkPeople,
  updateMe,
  updatePerson,
  updateTie,
  type GenderEntryInput,
  type PersonInput,
  type PersonPatch,
  type ProfilePatch,
  type TiePatch,
} from '../../../shared/graph'
import type { PersonId } from '../../../shared/graph'
import type { VaultStore } from './vault-store'

export interface GraphActions {
  addPerson: (input: string | PersonInput) => PersonId
  updatePerson: (id: PersonId, patch: PersonPatch) => void
  updateMe: (patch: ProfilePatch) => void
  deletePerson: (id: PersonId) => void
  restorePerson: (id: PersonId) => void
  purgePerson: (id: PersonId) => void
  linkPeople: (a: PersonId, b: PersonId, attributes?: TiePatch) => void
  updateTie: (a: PersonId, b: PersonId, patch: TiePatch) => void
  unlinkPeople: (a: PersonId, b: PersonId) => void
  /** Adds a gender to the list (or changes one); returns its id. */
  setGender: (input: Omit<GenderEntryInput, 'id'> & { id?: string }) => string
  setGenderHidden: (id: string, hidden: boolean) => void
  undo: () => void
  redo: () => void
}

const cache = new WeakMap<VaultStore, GraphActions>()

/** Runs one user action's writes as exactly one undo step. */
export function asUndoStep<T>(store: VaultStore, write: () => T): T {
  store.undoManager.stopCapturing()
  try {
    return write()
  } finally {
    store.undoManager.stopCapturing()
  }
}

/** The same writes, each wrapped in `asUndoStep`. */
export function asUndoSteps<W extends { [K in keyof W]: (...args: never[]) => unknown }>(store: VaultStore, writes: W): W {
  return Object.fromEntries(
    Object.entries<(...args: never[]) => unknown>(writes).map(([name, write]) => [name, (...args: never[]) => asUndoStep(store, () => write(...args))]),
  ) as W
}

export function bindGraphActions(store: VaultStore): GraphActions {
  const cached = cache.get(store)
  if (cached) return cached
  const doc = store.session.doc
  const writes: Omit<GraphActions, 'undo' | 'redo'> = {
    addPerson: (input) => addPerson(doc, typeof input === 'string' ? { name: input } : input),
    updatePerson: (id, patch) => updatePerson(doc, id, patch),
    updateMe: (patch) => updateMe(doc, patch),
    deletePerson: (id) => deletePerson(doc, id),
    restorePerson: (id) => restorePerson(doc, id),
    purgePerson: (id) => purgePerson(doc, id),
    linkPeople: (a, b, attributes) => void store.writingTie(a, b, () => linkPeople(doc, a, b, attributes)),
    updateTie: (a, b, patch) => store.writingTie(a, b, () => updateTie(doc, a, b, patch)),
    unlinkPeople: (a, b) => store.writingTie(a, b, () => unlinkPeople(doc, a, b)),
    setGender: (input) => setGender(doc, input),
    setGenderHidden: (id, hidden) => setGenderHidden(doc, id, hidden),
  }
  const actions: GraphActions = {
    ...asUndoSteps(store, writes),
    undo: () => void store.undoManager.undo(),
    redo: () => void store.undoManager.redo(),
  }
  cache.set(store, actions)
  return actions
}

/** What a rejected write says, for the field it names: `path` as written by GraphError. */
export interface WriteProblem {
  code: GraphError['code']
  path: readonly (string | number)[]
  message: string
}

/** Runs a write; returns null when it succeeded, or the problem when the graph rejected it. */
export function attempt(write: () => unknown): WriteProblem | null {
  try {
    write()
    return null
  } catch (err) {
    if (err instanceof GraphError) return { code: err.code, path: err.path, message: err.message }
    throw err
  }
}
