/** Import, export and merge: the import view (loaded on demand) and the person page's merge section. */
import { createElement } from 'react'
import { lazyView } from '../core/lazy-view'
import type { Feature } from '../core/registry'

export { ioEn } from './i18n-en'
export { ioJa } from './i18n-ja'

const Import = lazyView(() => import('./ImportView').then((m) => m.ImportView))

/** The person page's "Merge with…"; its own chunk (it brings the merge code). */
export const MergePersonSection = lazyView(() => import('./MergePersonSection').then((m) => m.MergePersonSection)).Component

export const importFeature: Feature = {
  views: [{ id: 'import', labelKey: 'io.nav', nav: true, render: () => createElement(Import.Component) }],
}
