/** Label placement, arrow-key navigation and filters of the network map. */
import { describe, expect, it } from 'vitest'
import { generateSampleNetwork } from '../../../../shared/sample'
import { lastContactByPerson, matchFilter, placeLabels } from '../../../../renderer/src/network/layout'
import { nextInDirection } from '../../../../renderer/src/network/layout/keyboard-navigation'

describe('label placement', () => {
  it('never overlaps two labels, and drops the ones that cannot fit, least important last', () => {
    const candidates = Array.from({ length: 40 }, (_, key) => ({ key, x: 100 + (key % 5) * 12, y: 100 + Math.floor(key / 5) * 6, radius: 3, width: 60, height: 14 }))
    const placed = placeLabels(candidates)
    for (let i = 0; i < placed.length; i++) {
      for (let j = i + 1; j < placed.length; j++) {
        const a = placed[i]
        const b = placed[j]
        expect(a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height).toBe(false)
      }
    }
    expect(placed.length).toBeGreaterThan(2)
    expect(placed.length).toBeLessThan(candidates.length)
    expect(placed[0].key).toBe(0)
  })
})

describe('arrow-key navigation', () => {
  const xy = [10, 0, -10, 0, 0, -10, 0, 10, 30, 1]
  it('moves to the nearest node in the arrow direction, from me at the origin', () => {
    expect([nextInDirection(xy, -1, 'right'), nextInDirection(xy, -1, 'left'), nextInDirection(xy, -1, 'up'), nextInDirection(xy, -1, 'down')]).toEqual([0, 1, 2, 3])
    expect(nextInDirection(xy, 0, 'right')).toBe(4)
    expect(nextInDirection(xy, 4, 'right')).toBeNull()
    expect(nextInDirection(xy, -1, 'right', (i) => i !== 0)).toBe(4)
  })
})

describe('filters', () => {
  const sample = generateSampleNetwork(1)
  const now = Date.parse('2025-06-01T00:00:00Z')
  const last = lastContactByPerson(sample.interactions)
  it('keeps advisors bright when filtering by role, and recent contacts by time', () => {
    const advisors = matchFilter(sample.people, sample.ties, last, { role: 'advisor', tag: 'any', minStrength: 0, contact: 'any' }, now)
    expect(sample.people.filter((_, i) => advisors[i]).every((p) => p.roles.includes('advisor'))).toBe(true)
    expect(advisors.reduce((s, f) => s + f, 0)).toBe(sample.people.filter((p) => p.roles.includes('advisor')).length)
    const recent = matchFilter(sample.people, sample.ties, last, { role: 'any', tag: 'any', minStrength: 0, contact: 'within-30' }, now)
    const never = matchFilter(sample.people, sample.ties, last, { role: 'any', tag: 'any', minStrength: 0, contact: 'never' }, now)
    for (let i = 0; i < sample.people.length; i++) expect(recent[i] & never[i]).toBe(0)
    expect(recent.reduce((s, f) => s + f, 0)).toBeGreaterThan(0)
  })
})
