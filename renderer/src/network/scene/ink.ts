/**
 * Colours of the map composed with d3-color, never by string surgery: CSS colours of any syntax
 * (`#fff`, `#16181d`, `rgb(…)`, names) are parsed, given an opacity and printed as `rgba(…)`,
 * which both canvas and SVG accept.
 *
 * Label plates: a label is drawn on a translucent plate in the background colour. What shows
 * through the plate can be anything on the map (a tie, a node, me drawn in the text colour), so
 * the plate's opacity is the smallest one at which the text keeps a WCAG contrast of at least
 * LABEL_CONTRAST over the worst case: the plate composited over black and over white.
 */
import { color, rgb } from 'd3-color'
import type { RGBColor } from 'd3-color'
import { contrastRatio } from '../palette/color-science'
import type { Rgb } from '../palette/color-science'

/** WCAG 2.1 SC 1.4.3 (AA) for normal text. */
export const LABEL_CONTRAST = 4.5
/** Never more see-through than this, so the plate still reads as a plate. */
const MIN_PLATE_OPACITY = 0.78

/** A CSS colour parsed; `fallback` when the string is not a colour. */
export function parseColour(value: string, fallback: string): RGBColor {
  const parsed = color(value.trim())
  return (parsed ?? color(fallback) ?? rgb(0, 0, 0)).rgb()
}

/** The colour as opaque `rgb(…)` (normalises `#fff`, names and the like). */
export function opaque(value: string, fallback = '#000000'): string {
  const c = parseColour(value, fallback)
  return rgb(c.r, c.g, c.b).formatRgb()
}

/** The colour at the given opacity, as `rgba(…)`. */
export function withOpacity(value: string, opacity: number): string {
  const c = parseColour(value, '#000000')
  return rgb(c.r, c.g, c.b, Math.max(0, Math.min(1, opacity))).formatRgb()
}

const unit = (c: RGBColor): Rgb => [c.r / 255, c.g / 255, c.b / 255]

/** `top` at `opacity` over an opaque `under` (source-over, in sRGB as canvas does). */
export function composite(top: RGBColor, opacity: number, under: RGBColor): RGBColor {
  const mix = (a: number, b: number): number => a * opacity + b * (1 - opacity)
  return rgb(mix(top.r, under.r), mix(top.g, under.g), mix(top.b, under.b))
}

export function contrastOf(a: string, b: string): number {
  return contrastRatio(unit(parseColour(a, '#000')), unit(parseColour(b, '#fff')))
}

/** The lowest contrast of `ink` on a plate of `background` at `opacity`, over anything. */
export function worstPlateContrast(background: string, ink: string, opacity: number): number {
  const plate = parseColour(background, '#fff')
  const text = unit(parseColour(ink, '#000'))
  return Math.min(contrastRatio(text, unit(composite(plate, opacity, rgb(0, 0, 0)))), contrastRatio(text, unit(composite(plate, opacity, rgb(255, 255, 255)))))
}

/** The opacity of the plate for labels in `ink` over a map on `background`. */
export function labelPlateOpacity(background: string, ink: string): number {
  for (let opacity = MIN_PLATE_OPACITY; opacity < 1; opacity += 0.02) {
    if (worstPlateContrast(background, ink, opacity) >= LABEL_CONTRAST) return Math.round(opacity * 100) / 100
  }
  return 1
}

/** The plate colour for labels in `ink` over a map on `background`. */
export function labelPlate(background: string, ink: string): string {
  return withOpacity(background, labelPlateOpacity(background, ink))
}
