/** The review feature's registry entry; its view loads on demand. */
import { createElement } from 'react'
import { lazyView } from '../core/lazy-view'
import type { Feature } from '../core/registry'

const Review = lazyView(() => import('./ReviewView').then((m) => m.ReviewView))

export const reviewFeature: Feature = {
  views: [{ id: 'review', labelKey: 'nav.review', nav: true, render: () => createElement(Review.Component) }],
}

// The plain-language layer the Overview, the dashboards and the map share with Review.
export { insightEn } from './i18n-en'
export { insightJa } from './i18n-ja'
export { traitWord, useChamberNames } from './chamber-names'
export { advisorReading, propertyFinding, spreadSentence } from './readings'
export { decimal, percent, uiLanguage } from './review-format'
export { Fold } from './Fold'
export { Measured } from './Measured'
