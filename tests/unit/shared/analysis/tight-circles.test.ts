/**
 * Tight circles (Leiden with the Constant Potts Model) against the case that defines the
 * resolution limit: Fortunato & Barthélemy 2007's ring of cliques, where modularity merges
 * neighbouring cliques and CPM keeps each one; and the guarantees leiden-cpm.ts states.
 */
import { describe, expect, it } from 'vitest'
import { detectCommunities } from '../../../../shared/analysis'
import { indexGraph } from '../../../../shared/analysis/compact-graph'
import type { CompactGraph, PlainGraph } from '../../../../shared/analysis/compact-graph'
import { detectDenseCommunities } from '../../../../shared/analysis/leiden-cpm'
import { createSeededRandom } from '../../../../shared/analysis/seeded-random'
import { findTightCircles } from '../../../../shared/analysis/tight-circles'

const id = (i: number): string => `n${String(i).padStart(4, '0')}`

/** `count` cliques of `size` in a ring, each joined to the next by one edge. */
function ringOfCliques(count: number, size: number): PlainGraph {
  const nodes = Array.from({ length: count * size }, (_, i) => ({ id: id(i) }))
  const edges: PlainGraph['edges'] = []
  for (let c = 0; c < count; c++) {
    for (let i = 0; i < size; i++) for (let j = i + 1; j < size; j++) edges.push({ source: id(c * size + i), target: id(c * size + j) })
    edges.push({ source: id(c * size), target: id(((c + 1) % count) * size + 1) })
  }
  return { nodes, edges }
}

function randomGraph(n: number, edges: number, seed: number): PlainGraph {
  const random = createSeededRandom(seed)
  return {
    nodes: Array.from({ length: n }, (_, i) => ({ id: id(i) })),
    edges: Array.from({ length: edges }, () => ({ source: id(Math.floor(random() * n)), target: id(Math.floor(random() * n)) })),
  }
}

function isConnectedWithin(graph: CompactGraph, members: number[]): boolean {
  const inside = new Set(members)
  const seen = new Set([members[0]])
  const stack = [members[0]]
  while (stack.length > 0) {
    const i = stack.pop()!
    for (let e = graph.offsets[i]; e < graph.offsets[i + 1]; e++) {
      const j = graph.targets[e]
      if (inside.has(j) && !seen.has(j)) {
        seen.add(j)
        stack.push(j)
      }
    }
  }
  return seen.size === members.length
}

describe('tight circles', () => {
  it('keeps every clique of a ring of thirty 5-cliques, where modularity merges them', () => {
    const graph = ringOfCliques(30, 5)
    const modularityCommunities = new Set(Object.values(detectCommunities(graph, { weighted: false }).communityOf))
    expect(modularityCommunities.size).toBeLessThan(30)
    const circles = findTightCircles(indexGraph(graph, false).compact, 1)
    const expected = Array.from({ length: 30 }, (_, c) => Array.from({ length: 5 }, (_, i) => c * 5 + i))
    expect(circles.map((circle) => Array.from(circle.members)).sort((x, y) => x[0] - y[0])).toEqual(expected)
    expect(circles.map((circle) => [circle.internal, circle.external])).toEqual(Array.from({ length: 30 }, () => [10, 2]))
  })

  it('leaves out people hanging on by one tie, keeps the circle whole', () => {
    const clique = Array.from({ length: 6 }, (_, i) => id(i))
    const graph: PlainGraph = {
      nodes: [...clique, 'hanger', 'pair'].map((node) => ({ id: node })),
      edges: [
        ...clique.flatMap((a, i) => clique.slice(i + 1).map((b) => ({ source: a, target: b }))),
        { source: 'hanger', target: clique[0] },
        { source: 'hanger', target: 'pair' },
      ],
    }
    const indexed = indexGraph(graph, false)
    const circles = findTightCircles(indexed.compact, 3)
    expect(circles.map((circle) => Array.from(circle.members, (i) => indexed.ids[i]))).toEqual([clique])
    expect(circles[0]).toMatchObject({ internal: 15, external: 1 })
  })

  it('gives connected communities, labels in range, the same for the same seed (random graphs)', () => {
    for (const seed of [1, 2, 3, 4, 5]) {
      const { compact } = indexGraph(randomGraph(400, 900, seed), false)
      const labels = detectDenseCommunities(compact, { resolution: 0.15, seed })
      expect(detectDenseCommunities(compact, { resolution: 0.15, seed })).toEqual(labels)
      const groups = new Map<number, number[]>()
      labels.forEach((label, i) => groups.set(label, [...(groups.get(label) ?? []), i]))
      for (const [label, members] of groups) {
        expect(label).toBeGreaterThanOrEqual(0)
        expect(label).toBeLessThan(labels.length)
        expect(isConnectedWithin(compact, members)).toBe(true)
      }
    }
  })

  it('puts everyone alone when there are no ties', () => {
    const { compact } = indexGraph({ nodes: [{ id: 'a' }, { id: 'b' }], edges: [] })
    expect(findTightCircles(compact, 1)).toEqual([])
    expect(Array.from(detectDenseCommunities(compact, { resolution: 0.15, seed: 1 })).sort()).toEqual([0, 1])
  })
})
