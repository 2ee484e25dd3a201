/** The network map (loaded on demand), and the category colours the other charts share with it. */
import { createElement } from 'react'
import { lazyView } from '../core/lazy-view'
import type { Feature } from '../core/registry'

export { categoryColour, documentTheme, type Theme } from './palette/palette'

const Network = lazyView(() => import('./NetworkView').then((m) => m.NetworkView))

export const networkFeature: Feature = {
  views: [
    {
      id: 'network',
      labelKey: 'network.nav',
      nav: true,
      render: ({ route }) => createElement(Network.Component, { key: route.view === 'network' ? (route.params?.echo ?? route.params?.path?.join('>') ?? '') : '' }),
    },
  ],
}
export { NetworkEmpty } from './NetworkEmpty'
