/**
 * The canvas's colours for the current theme: the palette's categories plus the CSS variables
 * of styles.css (text, background, focus), re-read whenever the theme changes.
 */
import { useEffect, useState } from 'react'
import { PALETTES, documentTheme } from './palette/palette'
import type { Theme } from './palette/palette'
import { opaque } from './scene/ink'
import type { SceneColours } from './scene/scene-model'

export function readColours(): SceneColours {
  const theme: Theme = documentTheme()
  const css = getComputedStyle(document.documentElement)
  // Parsed and printed by d3-color: the minified CSS may say `#fff`, the canvas and SVG get `rgb(…)`.
  const variable = (name: string, fallback: string): string => opaque(css.getPropertyValue(name).trim() || fallback, fallback)
  const palette = PALETTES[theme]
  return {
    background: variable('--bg', palette.background),
    foreground: variable('--fg', theme === 'dark' ? '#e8eaee' : '#1c1f24'),
    muted: variable('--fg-muted', '#5b6270'),
    focus: variable('--focus', '#1f6feb'),
    categories: palette.categories,
    unknown: palette.unknown,
  }
}

export function useThemeColours(): SceneColours {
  const [colours, setColours] = useState(readColours)
  useEffect(() => {
    const update = (): void => setColours(readColours())
    const media = window.matchMedia('(prefers-color-scheme: dark)')
    media.addEventListener('change', update)
    const observer = new MutationObserver(update)
    observer.observe(document.documentElement, { attributes: true, attributeFilter: ['data-theme'] })
    return () => {
      media.removeEventListener('change', update)
      observer.disconnect()
    }
  }, [])
  return colours
}
