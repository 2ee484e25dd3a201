/**
 * A read-only graphology facade over a `CompactGraph`, so graphology's Louvain can run without
 * building a full graphology graph.
 *
 * Why: building a graphology `UndirectedGraph` of 50,000 edges costs 150-250 ms here (a keyed
 * object per adjacency), about five Louvain runs, which alone would break the analysis budget of
 * 500 ms on 10,000 people. graphology-communities-louvain 2.x reads its input only through
 * `isGraph` (addUndirectedEdgeWithKey, dropNode, multi), `inferType` (type, directedSize,
 * undirectedSize), `order`, `size`, `selfLoopCount`, `forEachNode`,
 * `undirectedDegreeWithoutSelfLoops` and `forEachEdge`; this view implements exactly those.
 * tests/unit/shared/analysis/communities.test.ts checks that Louvain gives the same partition on
 * this view and on a real graphology graph, so an upgrade that reads more fails loudly there.
 *
 * Node keys are the decimal node indices ("0", "1", ...), which also keeps Louvain's internal
 * key-to-index object in fast element storage.
 */
import type { UndirectedGraph } from 'graphology'
import type { CompactGraph } from './compact-graph'

type EdgeCallback = (
  edge: string,
  attributes: { weight: number },
  source: string,
  target: string,
  sourceAttributes: Record<string, never>,
  targetAttributes: Record<string, never>,
  undirected: boolean,
) => void

const NO_ATTRIBUTES: Record<string, never> = {}

class CompactGraphView {
  readonly multi = false
  readonly type = 'undirected'
  readonly directedSize = 0
  readonly selfLoopCount = 0
  readonly order: number
  readonly size: number
  readonly undirectedSize: number
  private readonly keys: string[]

  constructor(private readonly graph: CompactGraph) {
    this.order = graph.offsets.length - 1
    this.size = graph.targets.length / 2
    this.undirectedSize = this.size
    this.keys = Array.from({ length: this.order }, (_, i) => String(i))
  }

  addUndirectedEdgeWithKey(): never {
    throw new Error('CompactGraphView is read-only')
  }

  dropNode(): never {
    throw new Error('CompactGraphView is read-only')
  }

  setNodeAttribute(): never {
    throw new Error('CompactGraphView is read-only')
  }

  forEachNode(callback: (node: string, attributes: Record<string, never>) => void): void {
    for (const key of this.keys) callback(key, NO_ATTRIBUTES)
  }

  undirectedDegreeWithoutSelfLoops(node: string): number {
    const i = Number(node)
    return this.graph.offsets[i + 1] - this.graph.offsets[i]
  }

  forEachEdge(callback: EdgeCallback): void {
    const { offsets, targets, weights } = this.graph
    // Louvain ignores edge keys (it reads only the weight), so none are minted; one reused
    // attributes object, as Louvain reads the weight at once and keeps no reference. attributes object: Louvain reads the weight at once and keeps no reference.
    const attributes = { weight: 0 }
    for (let i = 0; i < this.order; i++) {
      for (let e = offsets[i]; e < offsets[i + 1]; e++) {
        const j = targets[e]
        // Each undirected edge is stored twice; report it once, from its lower end.
        if (j <= i) continue
        attributes.weight = weights[e]!
        callback('', attributes, this.keys[i], this.keys[j], NO_ATTRIBUTES, NO_ATTRIBUTES, true)
      }
    }
  }
}

/** The view, typed as the graphology graph Louvain expects. Node i has key `String(i)`. */
export function louvainGraphView(graph: CompactGraph): UndirectedGraph {
  return new CompactGraphView(graph) as unknown as UndirectedGraph
}
