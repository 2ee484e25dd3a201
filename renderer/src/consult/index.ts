/**
 * "Whom to consult" (a view in the sidebar and the palette, also opened from the Overview and a
 * person's page, with a topic) and "How to reach" (a section of a person's page that can draw
 * the way on the network map).
 */
import { createElement } from 'react'
import { lazyView } from '../core/lazy-view'
import type { Feature } from '../core/registry'

const Consult = lazyView(() => import('./ConsultView').then((m) => m.ConsultView))

export const consultFeature: Feature = {
  views: [
    {
      id: 'consult',
      labelKey: 'consult.nav',
      nav: true,
      render: ({ route }) => createElement(Consult.Component, { key: route.view === 'consult' ? (route.params?.topic ?? '') : '' }),
    },
  ],
}

export { ConsultLink } from './ConsultLink'
export { ReachSection } from './ReachSection'
export { consultEn } from './i18n-en'
export { consultJa } from './i18n-ja'
