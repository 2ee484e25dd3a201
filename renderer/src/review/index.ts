/** The review feature's registry entry; its view loads on demand. */
import { createElement } from 'react'
import { lazyView } from '../core/lazy-view'
import type { Feature } from '../core/registry'

const Review = lazyView(() => import('./ReviewView').then((m) => m.ReviewView))

export const reviewFeature: Feature = {
  views: [{ id: 'review', labelKey: 'nav.review', nav: true, render: () => createElement(Review.Component) }],
}
