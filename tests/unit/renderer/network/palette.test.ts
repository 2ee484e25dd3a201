/**
 * The categorical palette stays distinguishable for colour-blind users in both themes: every pair
 * (the "not recorded" grey included) is at least MIN_DIFFERENCE CIEDE2000 apart under normal
 * vision and simulated protanopia, deuteranopia and tritanopia, and every colour stands out from
 * the background. The colour science itself is checked against published test data.
 */
import { describe, expect, it } from 'vitest'
import { PALETTES, MIN_DIFFERENCE } from '../../../../renderer/src/network/palette/palette'
import type { Theme } from '../../../../renderer/src/network/palette/palette'
import { VISIONS, ciede2000, contrastRatio, parseHex, perceivedDifference, simulateVision } from '../../../../renderer/src/network/palette/color-science'

describe('colour science', () => {
  it('matches Sharma, Wu & Dalal (2005) CIEDE2000 test data', () => {
    const pairs: [[number, number, number], [number, number, number], number][] = [
      [[50, 2.6772, -79.7751], [50, 0, -82.7485], 2.0425],
      [[50, 0, 0], [50, -1, 2], 2.3669],
      [[50, 2.5, 0], [73, 25, -18], 27.1492],
      [[60.2574, -34.0099, 36.2677], [60.4626, -34.1751, 39.4387], 1.2644],
      [[2.0776, 0.0795, -1.135], [0.9033, -0.0636, -0.5514], 0.9082],
    ]
    expect(pairs.map(([a, b]) => Number(ciede2000(a, b).toFixed(4)))).toEqual(pairs.map(([, , expected]) => expected))
  })

  it('simulates dichromacy: red and green collapse for protanopes and deuteranopes, not for tritanopes', () => {
    const red = '#d62728'
    const green = '#2ca02c'
    expect(perceivedDifference(red, green, 'normal')).toBeGreaterThan(60)
    expect(perceivedDifference(red, green, 'deuteranopia')).toBeLessThan(perceivedDifference(red, green, 'normal') / 2)
    expect(perceivedDifference(red, green, 'protanopia')).toBeLessThan(perceivedDifference(red, green, 'normal') / 2)
    expect(perceivedDifference(red, green, 'tritanopia')).toBeGreaterThan(30)
    // Greys are unchanged by every simulation.
    expect(simulateVision(parseHex('#808080'), 'deuteranopia').map((c) => Math.round(c * 255))).toEqual([128, 128, 128])
  })
})

describe.each(['light', 'dark'] as Theme[])('the %s palette', (theme) => {
  const palette = PALETTES[theme]
  const colours = [...palette.categories, palette.unknown]

  it.each(VISIONS)(`keeps every pair at least ${MIN_DIFFERENCE} ΔE00 apart (%s)`, (vision) => {
    const tooClose: string[] = []
    for (let i = 0; i < colours.length; i++) {
      for (let j = i + 1; j < colours.length; j++) {
        const d = perceivedDifference(colours[i], colours[j], vision)
        if (d < MIN_DIFFERENCE) tooClose.push(`${colours[i]}/${colours[j]}: ${d.toFixed(1)}`)
      }
    }
    expect(tooClose).toEqual([])
  })

  it('gives every category colour at least 3:1 contrast with the background', () => {
    const low = palette.categories.filter((c) => contrastRatio(parseHex(c), parseHex(palette.background)) < 3)
    expect(low).toEqual([])
  })
})
