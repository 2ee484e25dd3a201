/**
 * The Overview's answer to "how good is my network?": it needs the whole graph and the analysis,
 * so it is its own chunk, loaded on demand by the shell's home view.
 */
import { lazyView } from '../core/lazy-view'

export const OverviewInsights = lazyView(() => import('./OverviewInsights').then((m) => m.OverviewInsights))
