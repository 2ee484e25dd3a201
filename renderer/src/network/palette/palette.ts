/**
 * The categorical palette of the network view, the egogram and the dashboard: seven colours and a
 * neutral grey for "not recorded", one set per theme.
 *
 * Chosen by a greedy max-min search over sRGB (then ordered so that neighbouring regions on the
 * ring differ most), under constraints checked by tests/unit/renderer/network/palette.test.ts:
 * every pair, grey included, is at least MIN_DIFFERENCE CIEDE2000 apart for normal vision and for
 * simulated protanopia, deuteranopia and tritanopia (Machado et al. 2009), and every colour has a
 * WCAG contrast of at least 3:1 (graphical objects, WCAG 2.1 SC 1.4.11) against the theme's
 * background. Seven is the most that clears the bar in both themes; more categories reuse colours
 * in order, and every region and legend entry is also labelled, so colour is never the only cue.
 */

export type Theme = 'light' | 'dark'

export interface ThemePalette {
  background: string
  categories: readonly string[]
  unknown: string
}

export const MIN_DIFFERENCE = 10

export const PALETTES: Record<Theme, ThemePalette> = {
  light: {
    background: '#ffffff',
    categories: ['#0072b2', '#c85a00', '#00a569', '#87004b', '#8787ff', '#2d4b00', '#2d0fd2'],
    unknown: '#8a8f98',
  },
  dark: {
    background: '#16181d',
    categories: ['#56b4e9', '#e69f00', '#78ff87', '#ff1e5a', '#6978ff', '#0f9669', '#ffb4d2'],
    unknown: '#7d838d',
  },
}

/** The colour of category `index` (null: not recorded). */
export function categoryColour(theme: Theme, index: number | null): string {
  const palette = PALETTES[theme]
  if (index === null || index < 0) return palette.unknown
  return palette.categories[index % palette.categories.length]
}

/** The theme the document shows: the user's choice, else the system's. */
export function documentTheme(): Theme {
  const chosen = document.documentElement.dataset.theme
  if (chosen === 'light' || chosen === 'dark') return chosen
  return window.matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light'
}
