/** The trash feature's registry entry; its view loads on demand. */
import { createElement } from 'react'
import { lazyView } from '../core/lazy-view'
import type { Feature } from '../core/registry'

const Trash = lazyView(() => import('./TrashView').then((m) => m.TrashView))

export const trashFeature: Feature = {
  views: [{ id: 'trash', labelKey: 'trash.nav', nav: true, render: () => createElement(Trash.Component) }],
}
