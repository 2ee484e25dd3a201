/** The workflow's entries in the view registry (app/views.tsx spreads them into VIEWS). */
import type { ViewDefinition } from '../app/views'
import { EventsView } from './EventsView'
import { LedgerView } from './LedgerView'
import { OpportunitiesView } from './OpportunitiesView'
import { ProjectsView } from './ProjectsView'
import { TodayView } from './TodayView'

export const WORKFLOW_VIEWS: readonly ViewDefinition[] = [
  { id: 'today', labelKey: 'workflow.nav.today', nav: true, render: () => <TodayView /> },
  { id: 'events', labelKey: 'workflow.nav.events', nav: true, render: () => <EventsView /> },
  { id: 'projects', labelKey: 'workflow.nav.projects', nav: true, render: () => <ProjectsView /> },
  { id: 'opportunities', labelKey: 'workflow.nav.opportunities', nav: true, render: () => <OpportunitiesView /> },
  { id: 'ledger', labelKey: 'workflow.nav.ledger', nav: true, render: () => <LedgerView /> },
]
