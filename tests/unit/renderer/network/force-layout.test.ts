/**
 * The network layout: the same graph and seed give identical positions on every run, adding one
 * person moves the others only a little, and me stays at the centre of the regions.
 */
import { describe, expect, it } from 'vitest'
import { generateSampleNetwork } from '../../../../shared/sample'
import type { Person, Tie } from '../../../../shared/graph/types'
import { buildLayoutGraph, settleLayout, clusterCentres } from '../../../../renderer/src/network/layout'
import type { PreviousPositions } from '../../../../renderer/src/network/layout'

const sample = generateSampleNetwork(1)
const context = { year: 2025, communityOf: {} }

function positionsById(ids: readonly string[], xy: Float64Array): Map<string, [number, number]> {
  return new Map(ids.map((id, i) => [id, [xy[2 * i], xy[2 * i + 1]]]))
}

function extent(xy: Float64Array): number {
  let max = 0
  for (let i = 0; i < xy.length; i += 2) max = Math.max(max, Math.hypot(xy[i], xy[i + 1]))
  return max
}

describe('force layout', () => {
  it('gives identical positions for a fixed seed, whatever the order of people and ties', () => {
    const graph = buildLayoutGraph(sample.people, sample.ties, 'age-band', context)
    const first = settleLayout(graph, { seed: 7 })
    const shuffled = buildLayoutGraph([...sample.people].reverse(), [...sample.ties].reverse(), 'age-band', context)
    const second = settleLayout(shuffled, { seed: 7 })
    expect(Array.from(second)).toEqual(Array.from(first))
    expect(first.every(Number.isFinite)).toBe(true)
    // A different seed is a different (but equally valid) picture.
    expect(Array.from(settleLayout(graph, { seed: 8 }))).not.toEqual(Array.from(first))
  })

  it('moves existing people by less than 2% of the layout radius on average when one person is added', () => {
    const before = buildLayoutGraph(sample.people, sample.ties, 'age-band', context)
    const xy = settleLayout(before, { seed: 1 })
    const previous: PreviousPositions = positionsById(before.ids, xy)
    const newcomer: Person = { ...sample.people[5], id: 'zz-newcomer', name: 'New Person', roles: [] }
    const tie: Tie = { id: `tie:${sample.people[5].id}:zz-newcomer`, a: sample.people[5].id, b: 'zz-newcomer', kind: 'friend', strength: 2, since: null, notes: '' }
    const after = buildLayoutGraph([...sample.people, newcomer], [...sample.ties, tie], 'age-band', context)
    const next = positionsById(after.ids, settleLayout(after, { seed: 1, previous }))
    let moved = 0
    for (const [id, [x, y]] of previous) {
      const [nx, ny] = next.get(id)!
      moved += Math.hypot(nx - x, ny - y)
    }
    const meanMove = moved / previous.size
    const radius = extent(xy)
    expect(meanMove / radius).toBeLessThan(0.02)
    // The newcomer lands near the person they are tied to.
    const [px, py] = next.get(sample.people[5].id)!
    const [nx, ny] = next.get('zz-newcomer')!
    expect(Math.hypot(nx - px, ny - py)).toBeLessThan(radius * 0.25)
  })

  it('a cold start of the grown graph, by contrast, reshuffles (the warm start is what keeps it stable)', () => {
    const before = buildLayoutGraph(sample.people.slice(0, 60), sample.ties, 'age-band', context)
    const after = buildLayoutGraph(sample.people.slice(0, 61), sample.ties, 'age-band', context)
    const a = positionsById(before.ids, settleLayout(before, { seed: 1 }))
    const b = positionsById(after.ids, settleLayout(after, { seed: 1 }))
    let moved = 0
    for (const [id, [x, y]] of a) moved += Math.hypot(b.get(id)![0] - x, b.get(id)![1] - y)
    expect(moved / a.size).toBeGreaterThan(5)
  })

  it('places regions on a ring around me, in category order, without overlap', () => {
    const centres = clusterCentres([10, 40, 5, 1])
    for (let i = 0; i < centres.length; i++) {
      const a = centres[i]
      expect(Math.hypot(a.x, a.y)).toBeGreaterThan(a.radius)
      for (let j = i + 1; j < centres.length; j++) {
        const b = centres[j]
        expect(Math.hypot(a.x - b.x, a.y - b.y)).toBeGreaterThanOrEqual(a.radius + b.radius)
      }
    }
    // The first category is at twelve o'clock.
    expect(centres[0].x).toBeGreaterThan(0)
    expect(centres[0].y).toBeLessThan(0)
  })
})
