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
  setCadence,
  snooze,
  updateProject,
  type EventWithPeopleInput,
  type InteractionInput,
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
  })
  cache.set(store, actions)
  return actions
}
