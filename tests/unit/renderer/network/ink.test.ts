/** The map's colours: parsed and composed by d3-color, label plates that keep text at 4.5:1. */
import { describe, expect, it } from 'vitest'
import { LABEL_CONTRAST, contrastOf, labelPlate, labelPlateOpacity, opaque, withOpacity, worstPlateContrast } from '../../../../renderer/src/network/scene/ink'
import { PALETTES } from '../../../../renderer/src/network/palette/palette'

describe('map colours', () => {
  it('gives short hex, long hex and names an opacity without string surgery (`#fff` + `cc` is not a colour)', () => {
    expect([withOpacity('#fff', 0.8), withOpacity('#16181d', 0.5), withOpacity('white', 1), opaque(' #fff '), opaque('not a colour', '#123456')]).toEqual([
      'rgba(255, 255, 255, 0.8)',
      'rgba(22, 24, 29, 0.5)',
      'rgb(255, 255, 255)',
      'rgb(255, 255, 255)',
      'rgb(18, 52, 86)',
    ])
  })

  it('makes label plates opaque enough for 4.5:1 over black and white, in both themes', () => {
    const themes = [
      { background: '#fff', ink: '#1c1f24' },
      { background: '#16181d', ink: '#e8eaee' },
      // A theme whose text is only just readable on its own background still gets a readable plate.
      { background: '#777', ink: '#000' },
    ]
    const measured = themes.map(({ background, ink }) => {
      const opacity = labelPlateOpacity(background, ink)
      return { plate: labelPlate(background, ink).startsWith('rgb'), readable: worstPlateContrast(background, ink, opacity) >= LABEL_CONTRAST || opacity === 1 }
    })
    expect(measured).toEqual(themes.map(() => ({ plate: true, readable: true })))
  })

  it('measures WCAG contrast between CSS colours', () => {
    expect(contrastOf('#000', '#fff')).toBeCloseTo(21, 5)
    expect(contrastOf(PALETTES.light.background, '#1c1f24')).toBeGreaterThan(LABEL_CONTRAST)
  })
})
