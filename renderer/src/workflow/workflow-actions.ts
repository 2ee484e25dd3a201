/**
 * The workflow writes the UI can make, bound to the open vault, like vault/graph-actions.ts: each
 * goes through shared/graph with the local origin (so undo sees it) and throws GraphError when the
 * input is rejected (nothing is written); `attempt` from graph-actions turns that into a value.
 * Each is one undo step, grouped as graph-actions groups every write.
 */
import {
  addEventWithPeople,
  addOpportunity,
  addProject,
  logInteraction,
  logInteractions,
  setCadence,
  setCadenceFor,
  setWorkflowSettings,
  snooze,
  snoozeAll,
  updateProject,
  type EventWithPeopleInput,
  type InteractionInput,
  type WorkflowSettingsPatch,
} from '../../../shared/graph'
import type { Cadence, Opportunity, PersonId, Project } from '../../../shared/graph'
import type { TodayItem } from '../../../shared/workflow'
import { asUndoSteps } from '../vault/graph-actions'
import type { VaultStore } from '../vault/vault-store'

export interface WorkflowActions {
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
}

const cache = new WeakMap<VaultStore, WorkflowActions>()

export function bindWorkflowActions(store: VaultStore): WorkflowActions {
  const cached = cache.get(store)
  if (cached) return cached
  const doc = store.session.doc
  const actions: WorkflowActions = asUndoSteps<WorkflowActions>(store, {
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
  })
  cache.set(store, actions)
  return actions
}
