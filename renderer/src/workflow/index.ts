/**
 * The workflow feature: Today, events, projects, opportunities and the ledger (each loaded on
 * demand), quick capture from the palette, and the person page's workflow section.
 */
import { lazyView } from '../core/lazy-view'
import type { Feature } from '../core/registry'
import { WORKFLOW_VIEWS } from './workflow-views'
import { workflowPaletteActions } from './workflow-palette'

export { WorkflowGlobal } from './WorkflowGlobal'
export { workflowEn } from './i18n-en'
export { workflowJa } from './i18n-ja'

/** The person page's workflow section; its own chunk, with the workflow views it shares code with. */
export const PersonWorkflow = lazyView(() => import('./PersonWorkflow').then((m) => m.PersonWorkflow)).Component

export const workflowFeature: Feature = { views: WORKFLOW_VIEWS, paletteActions: workflowPaletteActions }
