/**
 * The app's views, in navigation order. Each issue that adds a view adds one entry here.
 * `nav: false` views are reached by navigating (e.g. a person's page), not from the sidebar.
 */
import type { ReactNode } from 'react'
import type { AppInfo, Settings } from '../../../shared/ipc'
import type { Route } from './navigation'
import { HomeView } from './HomeView'
import { ReviewView } from '../review/ReviewView'
import { SettingsView } from './SettingsView'
import { ImportView } from '../import/ImportView'
import { WORKFLOW_VIEWS } from '../workflow/workflow-views'
import { PeopleView } from '../people/PeopleView'
import { PersonView } from '../people/PersonView'
import { MeView } from '../me/MeView'
import { TrashView } from '../trash/TrashView'
import { DevicesView } from '../devices/DevicesView'
import { NetworkView } from '../network/NetworkView'
import { EgogramView } from '../egogram/EgogramView'
import { DiversityView } from '../dashboard/DiversityView'
import { EchoChamberReport } from '../dashboard/EchoChamberReport'

export interface ViewContext {
  route: Route
  settings: Settings
  info: AppInfo
  updateSettings: (patch: Partial<Settings>) => void
}

export interface ViewDefinition {
  id: string
  /** i18n key of the sidebar label. */
  labelKey: string
  nav: boolean
  render: (context: ViewContext) => ReactNode
}

export const VIEWS: readonly ViewDefinition[] = [
  { id: 'home', labelKey: 'nav.home', nav: true, render: () => <HomeView /> },
  { id: 'review', labelKey: 'nav.review', nav: true, render: () => <ReviewView /> },
  { id: 'people', labelKey: 'nav.people', nav: true, render: () => <PeopleView /> },
  ...WORKFLOW_VIEWS,
  { id: 'person', labelKey: 'nav.people', nav: false, render: ({ route }) => <PersonView key={route.params?.id} id={route.params?.id ?? ''} /> },
  { id: 'me', labelKey: 'me.nav', nav: true, render: () => <MeView /> },
  { id: 'network', labelKey: 'network.nav', nav: true, render: ({ route }) => <NetworkView key={route.params?.echo ?? ''} /> },
  { id: 'egogram', labelKey: 'egogram.nav', nav: true, render: () => <EgogramView /> },
  { id: 'diversity', labelKey: 'diversity.nav', nav: true, render: () => <DiversityView /> },
  { id: 'echo-chambers', labelKey: 'echo.nav', nav: true, render: () => <EchoChamberReport /> },
  { id: 'trash', labelKey: 'trash.nav', nav: true, render: () => <TrashView /> },
  { id: 'import', labelKey: 'io.nav', nav: true, render: () => <ImportView /> },
  { id: 'devices', labelKey: 'devices.nav', nav: true, render: () => <DevicesView /> },
  {
    id: 'settings',
    labelKey: 'nav.settings',
    nav: true,
    render: ({ settings, info, updateSettings }) => <SettingsView settings={settings} info={info} onChange={updateSettings} />,
  },
]
