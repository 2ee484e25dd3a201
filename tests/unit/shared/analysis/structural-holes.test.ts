import { describe, expect, it } from 'vitest'
import { indexGraph } from '../../../../shared/analysis/compact-graph'
import { measureStructuralHoles } from '../../../../shared/analysis/structural-holes'

function holes(nodes: string[], edges: [string, string][]) {
  return measureStructuralHoles(indexGraph({ nodes: nodes.map((id) => ({ id })), edges: edges.map(([source, target]) => ({ source, target })) }, false).compact)
}

describe('measureStructuralHoles (Burt 1992, binary)', () => {
  it('gives the full effective size and constraint 1/n for unconnected contacts', () => {
    // Three contacts who do not know each other: effective size 3, efficiency 1, C = 3 · (1/3)² = 1/3.
    expect(holes(['a', 'b', 'c'], [])).toEqual({
      contacts: 3,
      tiesAmongContacts: 0,
      effectiveSize: 3,
      efficiency: 1,
      constraint: 1 / 3,
      nonAdjacentPairs: 3,
      disconnectedPairs: 3,
    })
  })

  it('matches a hand computation on a path a - b - c', () => {
    // n = 3, t = 2: effective size 3 − 4/3 = 5/3. Constraint: p = 1/3 to each contact;
    // deg(a) = deg(c) = 1 so p_aj = 1/2, deg(b) = 2 so p_bj = 1/3.
    // j = a: (1/3 + 1/3 · 1/3)² = (4/9)²; j = c: the same; j = b: (1/3 + 1/3 · 1/2 · 2)² = (2/3)².
    const result = holes(
      ['a', 'b', 'c'],
      [
        ['a', 'b'],
        ['b', 'c'],
      ],
    )
    expect(result.effectiveSize).toBeCloseTo(5 / 3, 12)
    expect(result.efficiency).toBeCloseTo(5 / 9, 12)
    expect(result.constraint).toBeCloseTo(2 * (4 / 9) ** 2 + (2 / 3) ** 2, 12)
    expect(result.nonAdjacentPairs).toBe(1)
    expect(result.disconnectedPairs).toBe(0)
  })

  it('counts pairs only I connect across components', () => {
    // Components {a, b} and {c}: pairs a-c and b-c have no path but through me.
    expect(holes(['a', 'b', 'c'], [['a', 'b']]).disconnectedPairs).toBe(2)
  })

  it('is empty without contacts', () => {
    expect(holes([], [])).toMatchObject({ contacts: 0, efficiency: null, constraint: null })
  })
})
