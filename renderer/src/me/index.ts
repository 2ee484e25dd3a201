/** The me feature's registry entry; its view loads on demand. */
import { createElement } from 'react'
import { lazyView } from '../core/lazy-view'
import type { Feature } from '../core/registry'

const Me = lazyView(() => import('./MeView').then((m) => m.MeView))

export const meFeature: Feature = {
  views: [{ id: 'me', labelKey: 'me.nav', nav: true, render: () => createElement(Me.Component) }],
}
