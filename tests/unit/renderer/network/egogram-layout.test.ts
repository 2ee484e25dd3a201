/** The egogram: rings from roles and contact, every sector present, everyone placed in their cell. */
import { describe, expect, it } from 'vitest'
import { generateSampleNetwork } from '../../../../shared/sample'
import { RINGS, layoutEgogram, ringsOf, sectorIds } from '../../../../renderer/src/egogram/egogram-layout'

const sample = generateSampleNetwork(1)
const now = Date.parse('2025-06-01T00:00:00Z')

describe('egogram layout', () => {
  it('puts advisors on the inner ring and keeps empty sectors', () => {
    const rings = ringsOf(sample.people, sample.interactions, now)
    const advisors = sample.people.filter((p) => p.roles.includes('advisor'))
    expect(advisors.every((p) => rings.get(p.id) === 'advisor')).toBe(true)
    const egogram = layoutEgogram(sample.people, rings, 'field', 2025, 60)
    expect(egogram.sectors).toEqual(sectorIds('field'))
    expect(egogram.cells.some((row) => row.every((cell) => cell.personIds.length === 0))).toBe(true)
    expect(egogram.people).toHaveLength(sample.people.length)
  })

  it('places each person inside their ring and sector', () => {
    const rings = ringsOf(sample.people, sample.interactions, now)
    const egogram = layoutEgogram(sample.people, rings, 'age-band', 2025, 60)
    const span = (2 * Math.PI) / egogram.sectors.length
    for (const p of egogram.people) {
      const radius = Math.hypot(p.x, p.y)
      expect(radius).toBeGreaterThanOrEqual(60 * p.ring)
      expect(radius).toBeLessThanOrEqual(60 * (p.ring + 1))
      const angle = (Math.atan2(p.y, p.x) + Math.PI / 2 + 4 * Math.PI) % (2 * Math.PI)
      expect(Math.floor(angle / span)).toBe(p.sector)
    }
    expect(RINGS).toEqual(['advisor', 'close', 'regular', 'distant'])
  })
})
