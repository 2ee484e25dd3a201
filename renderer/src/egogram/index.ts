/** The egogram feature's registry entry; its view loads on demand. */
import { createElement } from 'react'
import { lazyView } from '../core/lazy-view'
import type { Feature } from '../core/registry'

const Egogram = lazyView(() => import('./EgogramView').then((m) => m.EgogramView))

export const egogramFeature: Feature = {
  views: [{ id: 'egogram', labelKey: 'egogram.nav', nav: true, render: () => createElement(Egogram.Component) }],
}
