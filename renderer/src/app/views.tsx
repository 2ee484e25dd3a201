/**
 * The app's views, in navigation order. Each issue that adds a view adds one entry here.
 * `nav: false` views are reached by navigating (e.g. a person's page), not from the sidebar.
 */
import type { ReactNode } from 'react'
import type { AppInfo, Settings } from '../../../shared/ipc'
import type { Route } from '../core/navigation'
import { HomeView } from './HomeView'
import { lazyView } from '../core/lazy-view'
import { WORKFLOW_VIEWS } from '../workflow/workflow-views'
import { PeopleView } from '../people/PeopleView'

// The Overview and the people list are in the first chunk; every other view loads on demand.
const Person = lazyView(() => import('../people/PersonView').then((m) => m.PersonView))
const Review = lazyView(() => import('../review/ReviewView').then((m) => m.ReviewView))
const Me = lazyView(() => import('../me/MeView').then((m) => m.MeView))
const Network = lazyView(() => import('../network/NetworkView').then((m) => m.NetworkView))
const Egogram = lazyView(() => import('../egogram/EgogramView').then((m) => m.EgogramView))
const Diversity = lazyView(() => import('../dashboard/DiversityView').then((m) => m.DiversityView))
const EchoChambers = lazyView(() => import('../dashboard/EchoChamberReport').then((m) => m.EchoChamberReport))
const Trash = lazyView(() => import('../trash/TrashView').then((m) => m.TrashView))
const Import = lazyView(() => import('../import/ImportView').then((m) => m.ImportView))
const Devices = lazyView(() => import('../devices/DevicesView').then((m) => m.DevicesView))
const SettingsPage = lazyView(() => import('./SettingsView').then((m) => m.SettingsView))

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
  { id: 'review', labelKey: 'nav.review', nav: true, render: () => <Review.Component /> },
  { id: 'people', labelKey: 'nav.people', nav: true, render: () => <PeopleView /> },
  ...WORKFLOW_VIEWS,
  { id: 'person', labelKey: 'nav.people', nav: false, render: ({ route }) => <Person.Component key={route.params?.id} id={route.params?.id ?? ''} /> },
  { id: 'me', labelKey: 'me.nav', nav: true, render: () => <Me.Component /> },
  { id: 'network', labelKey: 'network.nav', nav: true, render: ({ route }) => <Network.Component key={route.params?.echo ?? ''} /> },
  { id: 'egogram', labelKey: 'egogram.nav', nav: true, render: () => <Egogram.Component /> },
  { id: 'diversity', labelKey: 'diversity.nav', nav: true, render: () => <Diversity.Component /> },
  { id: 'echo-chambers', labelKey: 'echo.nav', nav: true, render: () => <EchoChambers.Component /> },
  { id: 'trash', labelKey: 'trash.nav', nav: true, render: () => <Trash.Component /> },
  { id: 'import', labelKey: 'io.nav', nav: true, render: () => <Import.Component /> },
  { id: 'devices', labelKey: 'devices.nav', nav: true, render: () => <Devices.Component /> },
  {
    id: 'settings',
    labelKey: 'nav.settings',
    nav: true,
    render: ({ settings, info, updateSettings }) => <SettingsPage.Component settings={settings} info={info} onChange={updateSettings} />,
  },
]
