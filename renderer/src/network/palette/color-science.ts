/**
 * The colour science behind the palette test: sRGB <-> CIELAB (D65), the CIEDE2000 colour
 * difference, WCAG contrast, and simulated colour-vision deficiency.
 *
 * - sRGB transfer function and the linear-sRGB -> XYZ matrix: IEC 61966-2-1.
 * - CIELAB: CIE 15:2004, D65 white (0.95047, 1, 1.08883).
 * - CIEDE2000: Sharma, Wu & Dalal 2005, "The CIEDE2000 color-difference formula: implementation
 *   notes, supplementary test data, and mathematical observations", Color Res. Appl. 30(1), with
 *   kL = kC = kH = 1. ΔE00 ≈ 1 is a just-noticeable difference; categorical palettes aim for ≥ 10.
 * - Colour-vision deficiency: Machado, Oliveira & Fernandes 2009, "A Physiologically-based Model
 *   for Simulation of Color Vision Deficiency", IEEE TVCG 15(6), severity-1.0 matrices, applied
 *   to linear RGB (as the authors' own implementation does).
 * - Contrast ratio: WCAG 2.1, (L1 + 0.05) / (L2 + 0.05) of relative luminances.
 */

export type Rgb = readonly [number, number, number]
export type Lab = readonly [number, number, number]
export type Vision = 'normal' | 'protanopia' | 'deuteranopia' | 'tritanopia'
export const VISIONS: readonly Vision[] = ['normal', 'protanopia', 'deuteranopia', 'tritanopia']

type Matrix = readonly [Rgb, Rgb, Rgb]

const MACHADO: Record<Exclude<Vision, 'normal'>, Matrix> = {
  protanopia: [
    [0.152286, 1.052583, -0.204868],
    [0.114503, 0.786281, 0.099216],
    [-0.003882, -0.048116, 1.051998],
  ],
  deuteranopia: [
    [0.367322, 0.860646, -0.227968],
    [0.280085, 0.672501, 0.047413],
    [-0.01182, 0.04294, 0.968881],
  ],
  tritanopia: [
    [1.255528, -0.076749, -0.178779],
    [-0.078411, 0.930809, 0.147602],
    [0.004733, 0.691367, 0.3039],
  ],
}

/** "#rrggbb" -> sRGB in [0, 1]. */
export function parseHex(hex: string): Rgb {
  const value = Number.parseInt(hex.slice(1), 16)
  return [((value >> 16) & 255) / 255, ((value >> 8) & 255) / 255, (value & 255) / 255]
}

const toLinear = (c: number): number => (c <= 0.04045 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4))
const toGamma = (c: number): number => (c <= 0.0031308 ? 12.92 * c : 1.055 * Math.pow(c, 1 / 2.4) - 0.055)
const clamp01 = (c: number): number => Math.min(1, Math.max(0, c))

/** How a colour looks under a colour-vision deficiency (sRGB in, sRGB out). */
export function simulateVision(rgb: Rgb, vision: Vision): Rgb {
  if (vision === 'normal') return rgb
  const m = MACHADO[vision]
  const lin = rgb.map(toLinear)
  return m.map((row) => toGamma(clamp01(row[0] * lin[0] + row[1] * lin[1] + row[2] * lin[2]))) as unknown as Rgb
}

export function relativeLuminance(rgb: Rgb): number {
  const [r, g, b] = rgb.map(toLinear)
  return 0.2126 * r + 0.7152 * g + 0.0722 * b
}

export function contrastRatio(a: Rgb, b: Rgb): number {
  const [hi, lo] = [relativeLuminance(a), relativeLuminance(b)].sort((x, y) => y - x)
  return (hi + 0.05) / (lo + 0.05)
}

export function rgbToLab(rgb: Rgb): Lab {
  const [r, g, b] = rgb.map(toLinear)
  const x = (0.4124564 * r + 0.3575761 * g + 0.1804375 * b) / 0.95047
  const y = 0.2126729 * r + 0.7151522 * g + 0.072175 * b
  const z = (0.0193339 * r + 0.119192 * g + 0.9503041 * b) / 1.08883
  const f = (t: number): number => (t > 216 / 24389 ? Math.cbrt(t) : ((24389 / 27) * t + 16) / 116)
  return [116 * f(y) - 16, 500 * (f(x) - f(y)), 200 * (f(y) - f(z))]
}

const deg = (rad: number): number => (rad * 180) / Math.PI
const rad = (d: number): number => (d * Math.PI) / 180

/** CIEDE2000 ΔE00 between two CIELAB colours (Sharma et al. 2005, eqs. 1-17). */
export function ciede2000(lab1: Lab, lab2: Lab): number {
  const [L1, a1, b1] = lab1
  const [L2, a2, b2] = lab2
  const C1 = Math.hypot(a1, b1)
  const C2 = Math.hypot(a2, b2)
  const Cbar7 = Math.pow((C1 + C2) / 2, 7)
  const G = 0.5 * (1 - Math.sqrt(Cbar7 / (Cbar7 + Math.pow(25, 7))))
  const a1p = (1 + G) * a1
  const a2p = (1 + G) * a2
  const C1p = Math.hypot(a1p, b1)
  const C2p = Math.hypot(a2p, b2)
  const hue = (b: number, a: number): number => (b === 0 && a === 0 ? 0 : (deg(Math.atan2(b, a)) + 360) % 360)
  const h1p = hue(b1, a1p)
  const h2p = hue(b2, a2p)
  const dLp = L2 - L1
  const dCp = C2p - C1p
  let dhp = 0
  if (C1p * C2p !== 0) {
    dhp = h2p - h1p
    if (dhp > 180) dhp -= 360
    else if (dhp < -180) dhp += 360
  }
  const dHp = 2 * Math.sqrt(C1p * C2p) * Math.sin(rad(dhp / 2))
  const Lbarp = (L1 + L2) / 2
  const Cbarp = (C1p + C2p) / 2
  let hbarp = h1p + h2p
  if (C1p * C2p !== 0) {
    if (Math.abs(h1p - h2p) <= 180) hbarp = (h1p + h2p) / 2
    else hbarp = h1p + h2p < 360 ? (h1p + h2p + 360) / 2 : (h1p + h2p - 360) / 2
  }
  const T = 1 - 0.17 * Math.cos(rad(hbarp - 30)) + 0.24 * Math.cos(rad(2 * hbarp)) + 0.32 * Math.cos(rad(3 * hbarp + 6)) - 0.2 * Math.cos(rad(4 * hbarp - 63))
  const dTheta = 30 * Math.exp(-Math.pow((hbarp - 275) / 25, 2))
  const Cbarp7 = Math.pow(Cbarp, 7)
  const Rc = 2 * Math.sqrt(Cbarp7 / (Cbarp7 + Math.pow(25, 7)))
  const Sl = 1 + (0.015 * Math.pow(Lbarp - 50, 2)) / Math.sqrt(20 + Math.pow(Lbarp - 50, 2))
  const Sc = 1 + 0.045 * Cbarp
  const Sh = 1 + 0.015 * Cbarp * T
  const Rt = -Math.sin(rad(2 * dTheta)) * Rc
  return Math.sqrt(Math.pow(dLp / Sl, 2) + Math.pow(dCp / Sc, 2) + Math.pow(dHp / Sh, 2) + Rt * (dCp / Sc) * (dHp / Sh))
}

/** ΔE00 between two hex colours as seen with a given vision. */
export function perceivedDifference(a: string, b: string, vision: Vision): number {
  return ciede2000(rgbToLab(simulateVision(parseHex(a), vision)), rgbToLab(simulateVision(parseHex(b), vision)))
}
