/**
 * The workflow feature: Today, events, projects, opportunities and the ledger (each loaded on
 * demand), quick capture from the palette, and the person page's workflow section.
 */
import { lazyView } from '../core/lazy-view'
import type { Feature } from '../core/registry'
import { WORKFLOW_VIEWS } from './workflow-views'
import { workflowPaletteActions } from './workflow-palette'

export { WorkflowGlobal } from './WorkflowGlobal'
export { FadingTies } from './FadingTies'
export { workflowEn } from './i18n-en'
export { workflowJa } from './i18n-ja'

/** The person page's workflow parts; their own chunk, with the workflow views they share code with. */
const personParts = () => import('./PersonWorkflow')
export const PersonWorkflow = lazyView(() => personParts().then((m) => m.PersonWorkflow)).Component
export const InteractionTimeline = lazyView(() => personParts().then((m) => m.InteractionTimeline)).Component
export const CadenceSelect = lazyView(() => personParts().then((m) => m.CadenceSelect)).Component
export { LOG_NOTE_ID } from './log-note-id'
export { useToday, useTodayDate, useWorkflowData } from './use-workflow'
export { WorkflowSettingsSection } from './WorkflowSettingsSection'

export const workflowFeature: Feature = { views: WORKFLOW_VIEWS, paletteActions: workflowPaletteActions }
