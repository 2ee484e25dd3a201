/**
 * The shell's one list of features, in sidebar order. A new view is declared in its feature's
 * index.ts; a new feature adds one line here. The sidebar and the palette both derive from this.
 */
import { createElement } from 'react'
import { lazyView } from '../core/lazy-view'
import { composeRegistry, type Feature } from '../core/registry'
import { consultFeature } from '../consult'
import { dashboardFeature } from '../dashboard'
import { devicesFeature } from '../devices'
import { egogramFeature } from '../egogram'
import { importFeature } from '../import'
import { meFeature } from '../me'
import { networkFeature } from '../network'
import { peopleFeature } from '../people'
import { reviewFeature } from '../review'
import { trashFeature } from '../trash'
import { workflowFeature } from '../workflow'
import { HomeView } from './HomeView'

const SettingsPage = lazyView(() => import('./SettingsView').then((m) => m.SettingsView))

const home: Feature = { views: [{ id: 'home', labelKey: 'nav.home', nav: true, render: () => createElement(HomeView) }] }
const settings: Feature = {
  views: [
    {
      id: 'settings',
      labelKey: 'nav.settings',
      nav: true,
      render: ({ settings, info, updateSettings }) => createElement(SettingsPage.Component, { settings, info, onChange: updateSettings }),
    },
  ],
}

export const FEATURES: readonly Feature[] = [
  home,
  reviewFeature,
  peopleFeature,
  consultFeature,
  workflowFeature,
  meFeature,
  networkFeature,
  egogramFeature,
  dashboardFeature,
  trashFeature,
  importFeature,
  devicesFeature,
  settings,
]

export const REGISTRY = composeRegistry(FEATURES)
