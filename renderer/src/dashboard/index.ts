/** The dashboards: diversity and echo chambers, each loaded on demand. */
import { createElement } from 'react'
import { lazyView } from '../core/lazy-view'
import type { Feature } from '../core/registry'

const Diversity = lazyView(() => import('./DiversityView').then((m) => m.DiversityView))
const EchoChambers = lazyView(() => import('./EchoChamberReport').then((m) => m.EchoChamberReport))

export const dashboardFeature: Feature = {
  views: [
    { id: 'diversity', labelKey: 'diversity.nav', nav: true, render: () => createElement(Diversity.Component) },
    { id: 'echo-chambers', labelKey: 'echo.nav', nav: true, render: () => createElement(EchoChambers.Component) },
  ],
}

export { DASHBOARD_DIMENSIONS, distributionOf } from './diversity-data'
