/** The workflow's entries in the view registry (workflow/index.ts declares them); each loads on demand. */
import { lazyView } from '../core/lazy-view'
import type { ViewDefinition } from '../core/registry'

const Today = lazyView(() => import('./TodayView').then((m) => m.TodayView))
const Events = lazyView(() => import('./EventsView').then((m) => m.EventsView))
const Projects = lazyView(() => import('./ProjectsView').then((m) => m.ProjectsView))
const Opportunities = lazyView(() => import('./OpportunitiesView').then((m) => m.OpportunitiesView))
const Ledger = lazyView(() => import('./LedgerView').then((m) => m.LedgerView))

export const WORKFLOW_VIEWS: readonly ViewDefinition[] = [
  { id: 'today', labelKey: 'workflow.nav.today', nav: true, render: () => <Today.Component /> },
  { id: 'events', labelKey: 'workflow.nav.events', nav: true, render: () => <Events.Component /> },
  { id: 'projects', labelKey: 'workflow.nav.projects', nav: true, render: () => <Projects.Component /> },
  { id: 'opportunities', labelKey: 'workflow.nav.opportunities', nav: true, render: () => <Opportunities.Component /> },
  { id: 'ledger', labelKey: 'workflow.nav.ledger', nav: true, render: () => <Ledger.Component /> },
]
