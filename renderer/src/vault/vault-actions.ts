/**
 * Every write the UI can make, bound to the open vault: one object per store, reached through
 * `useActions()` (core/vault-context). Components call these and never touch the document; every
 * write goes through shared/graph (or shared/io for imports) with the local origin, so undo sees it.
 * Writes throw `GraphError` when the input is rejected (nothing is written); `attempt`
 * (write-problem.ts) turns that into a value a form can show next to the field.
 *
 * Undo grouping is decided here, once: each write is exactly one undo step (`asUndoStep`), never
 * merged with the one before by the undo manager's time window. Bulk writes (Done all, an import,
 * a merge) are one transaction, so one step too.
 *
 * The import's two writes load shared/io when first used (it is the import feature's chunk, kept
 * out of the first screen's bundle), so they return promises.
 */
import {
  addEventWithPeople,
  addOpportunity,
  addPerson,
  addProject,
  deletePerson,
  LOCAL_ORIGIN,
  linkPeople,
  logInteraction,
  logInteractions,
  purgePerson,
  restorePerson,
  setCadence,
  setCadenceFor,
  setGender,
  setGenderHidden,
  setWorkflowSettings,
  snooze,
  snoozeAll,
  unlinkPeople,
  updateMe,
  updatePerson,
  updateProject,
  updateTie,
  type Cadence,
  type EventWithPeopleInput,
  type GenderEntryInput,
  type InteractionInput,
  type Opportunity,
  type PersonId,
  type PersonInput,
  type PersonPatch,
  type ProfilePatch,
  type Project,
  type TiePatch,
  type WorkflowSettingsPatch,
} from '../../../shared/graph'
import type { ImportDecision, ImportPreview, ImportResult } from '../../../shared/io'
import type { TodayItem } from '../../../shared/workflow'
import type { VaultStore } from './vault-store'

export interface VaultActions {
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

  logInteraction: (input: InteractionInput) => string
  /** Done from Today: logs the item's interaction (real contact, which completes the item). */
  markDone: (item: TodayItem) => string
  snooze: (item: TodayItem, until: string) => void
  addEvent: (input: EventWithPeopleInput) => { eventId: string; personIds: PersonId[] }
  addProject: (input: Omit<Project, 'id'>) => string
  updateProject: (id: string, patch: Partial<Omit<Project, 'id'>>) => void
  addOpportunity: (input: Omit<Opportunity, 'id'>) => string
  setCadence: (personId: PersonId, cadence: Cadence | null) => void
  /** Bulk actions from a Today group: each is one transaction and exactly one undo step. */
  doneAll: (items: readonly TodayItem[]) => void
  snoozeAll: (items: readonly TodayItem[], until: string) => void
  /** "Stop reminding": sets these people's cadence to off (undo brings their reminders back). */
  stopReminding: (personIds: readonly PersonId[]) => void
  /** "Keep in touch" chosen in bulk, or back to the role default with null. */
  setCadenceFor: (personIds: readonly PersonId[], cadence: Cadence | null) => void
  /** Follow-up days and cadence per role (vault settings; not undoable, like any preference). */
  setSettings: (patch: WorkflowSettingsPatch) => void

  /** Applies a previewed import in one transaction: one undo step. */
  applyImport: (preview: ImportPreview, decisions: readonly ImportDecision[]) => Promise<ImportResult>
  /** Merges `mergeId` into `keepId` (the person page's "Merge with…"): one undo step. */
  mergePeople: (keepId: PersonId, mergeId: PersonId) => Promise<void>

  undo: () => void
  redo: () => void
}

/** Runs one user action's writes as exactly one undo step. */
function asUndoStep<T>(store: VaultStore, write: () => T): T {
  store.undoManager.stopCapturing()
  try {
    return write()
  } finally {
    store.undoManager.stopCapturing()
  }
}

/** The same writes, each wrapped in `asUndoStep`. */
function asUndoSteps<W extends { [K in keyof W]: (...args: never[]) => unknown }>(store: VaultStore, writes: W): W {
  return Object.fromEntries(
    Object.entries<(...args: never[]) => unknown>(writes).map(([name, write]) => [name, (...args: never[]) => asUndoStep(store, () => write(...args))]),
  ) as W
}

type Writes = Omit<VaultActions, 'applyImport' | 'mergePeople' | 'undo' | 'redo'>

function writesOf(store: VaultStore): Writes {
  const doc = store.session.doc
  return {
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

    logInteraction: (input) => logInteraction(doc, input),
    markDone: (item) => logInteraction(doc, item.done),
    snooze: (item, until) => snooze(doc, item.personId, { ...item.snooze, until }),
    addEvent: (input) => addEventWithPeople(doc, input),
    addProject: (input) => addProject(doc, input),
    updateProject: (id, patch) => updateProject(doc, id, patch),
    addOpportunity: (input) => addOpportunity(doc, input),
    setCadence: (personId, cadence) => setCadence(doc, personId, cadence),
    doneAll: (items) =>
      void logInteractions(
        doc,
        items.map((i) => i.done),
      ),
    snoozeAll: (items, until) =>
      snoozeAll(
        doc,
        items.map((i) => ({ personId: i.personId, snooze: { ...i.snooze, until } })),
      ),
    stopReminding: (personIds) => setCadenceFor(doc, personIds, 'off'),
    setCadenceFor: (personIds, cadence) => setCadenceFor(doc, personIds, cadence),
    setSettings: (patch) => setWorkflowSettings(doc, patch),
  }
}

const cache = new WeakMap<VaultStore, VaultActions>()

/** The store's one actions object (made on first use, then the same object). */
export function actionsOf(store: VaultStore): VaultActions {
  const cached = cache.get(store)
  if (cached) return cached
  const doc = store.session.doc
  const actions: VaultActions = {
    ...asUndoSteps(store, writesOf(store)),
    applyImport: async (preview, decisions) => {
      const io = await import('../../../shared/io')
      return asUndoStep(store, () => io.applyImport(doc, preview, decisions, { origin: LOCAL_ORIGIN }))
    },
    mergePeople: async (keepId, mergeId) => {
      const io = await import('../../../shared/io')
      asUndoStep(store, () => io.mergePeople(doc, keepId, mergeId, { origin: LOCAL_ORIGIN }))
    },
    undo: () => void store.undoManager.undo(),
    redo: () => void store.undoManager.redo(),
  }
  cache.set(store, actions)
  return actions
}
