/**
 * The graph introductions travel on, and shortest paths over it.
 *
 * Nodes are people (sorted ids, as compact-graph.ts); edges are the ties between people, plus my
 * direct tie to each person I know (my-ties.ts), kept apart in `myCost` because I am not a node.
 * Every edge of weight w ∈ (0, 1] costs
 *
 *     cost(w) = 1 + γ·(−ln w),   γ = COST_PER_NAT
 *
 * The −ln w part makes a chain's cost the negative log of the product of its weights, so the
 * cheapest chain is the one most likely to carry a request end to end (the "most reliable path"
 * reading of shortest paths); the 1 per step prefers short chains, since each introduction asks a
 * favour of someone. A person-to-person tie of strength s has w = s / 3 (ties between people carry
 * no contact dates, so they do not fade); my tie has my-ties.ts's weight. With γ = 0.6 a strong
 * two-step chain (cost 2) beats a faded weak tie of mine (w = 1/12: 2.49) but not a weak one I keep
 * alive (w = 1/3: 1.66).
 *
 * Shortest paths: Dijkstra's algorithm (E. W. Dijkstra, "A note on two problems in connexion with
 * graphs", Numerische Mathematik 1, 1959, 269–271) with a binary heap over typed arrays, O((n + m)
 * log n); several sources start at once with their own initial distances. Ties in distance are
 * broken by node index, so paths are deterministic.
 */
import type { Tie } from '../graph'
import { indexEdges } from './compact-graph'
import type { MyTie } from './my-ties'

export const COST_PER_NAT = 0.6

export function edgeCost(weight: number): number {
  return 1 + COST_PER_NAT * -Math.log(Math.min(1, Math.max(weight, 1e-9)))
}

export interface ReachGraph {
  ids: string[]
  indexOf: Map<string, number>
  offsets: Int32Array
  targets: Int32Array
  /** Tie strength (1..3) of each adjacency entry. */
  strengths: Float64Array
  costs: Float64Array
  /** Cost of my direct tie to each person; Infinity when I do not know them myself. */
  myCost: Float64Array
  myTies: Map<string, MyTie>
}

export function buildReachGraph(personIds: readonly string[], ties: readonly Tie[], myTies: Map<string, MyTie>): ReachGraph {
  const indexed = indexEdges(
    personIds,
    ties,
    (tie) => tie.a,
    (tie) => tie.b,
    (tie) => (Number.isFinite(tie.strength) && tie.strength > 0 ? tie.strength : 1),
  )
  const { offsets, targets, weights } = indexed.compact
  const strengths = new Float64Array(weights.length)
  const costs = new Float64Array(weights.length)
  for (let e = 0; e < weights.length; e++) {
    strengths[e] = Math.min(3, weights[e])
    costs[e] = edgeCost(strengths[e] / 3)
  }
  const myCost = new Float64Array(indexed.ids.length).fill(Infinity)
  for (let i = 0; i < indexed.ids.length; i++) {
    const tie = myTies.get(indexed.ids[i])
    if (tie !== undefined) myCost[i] = edgeCost(tie.weight)
  }
  return { ids: indexed.ids, indexOf: indexed.indexOf, offsets, targets, strengths, costs, myCost, myTies }
}

export interface ShortestPaths {
  dist: Float64Array
  /** The node before each on its shortest path from the sources; −1 at a source or unreached. */
  prev: Int32Array
}

/** Dijkstra from every node with a finite `initial` distance (Infinity elsewhere). */
export function shortestPaths(graph: Pick<ReachGraph, 'offsets' | 'targets' | 'costs'>, initial: Float64Array): ShortestPaths {
  const n = initial.length
  const dist = new Float64Array(n).fill(Infinity)
  const prev = new Int32Array(n).fill(-1)
  const done = new Uint8Array(n)
  const heap = new BinaryHeap(n + graph.targets.length)
  for (let i = 0; i < n; i++) {
    if (initial[i] < Infinity) {
      dist[i] = initial[i]
      heap.push(initial[i], i)
    }
  }
  const { offsets, targets, costs } = graph
  while (heap.size > 0) {
    const u = heap.pop()
    if (done[u]) continue
    done[u] = 1
    const du = dist[u]
    for (let e = offsets[u]; e < offsets[u + 1]; e++) {
      const v = targets[e]
      if (done[v]) continue
      const dv = du + costs[e]
      if (dv < dist[v] || (dv === dist[v] && prev[v] > u)) {
        dist[v] = dv
        prev[v] = u
        heap.push(dv, v)
      }
    }
  }
  return { dist, prev }
}

/** A min-heap of (key, node) with lazy deletion, ordered by key then node index. */
class BinaryHeap {
  private readonly keys: Float64Array
  private readonly nodes: Int32Array
  size = 0

  constructor(capacity: number) {
    this.keys = new Float64Array(Math.max(1, capacity))
    this.nodes = new Int32Array(Math.max(1, capacity))
  }

  private less(a: number, b: number): boolean {
    return this.keys[a] < this.keys[b] || (this.keys[a] === this.keys[b] && this.nodes[a] < this.nodes[b])
  }

  private swap(a: number, b: number): void {
    const k = this.keys[a]
    this.keys[a] = this.keys[b]
    this.keys[b] = k
    const v = this.nodes[a]
    this.nodes[a] = this.nodes[b]
    this.nodes[b] = v
  }

  push(key: number, node: number): void {
    let i = this.size++
    this.keys[i] = key
    this.nodes[i] = node
    while (i > 0) {
      const parent = (i - 1) >> 1
      if (!this.less(i, parent)) break
      this.swap(i, parent)
      i = parent
    }
  }

  pop(): number {
    const top = this.nodes[0]
    this.size--
    if (this.size > 0) {
      this.keys[0] = this.keys[this.size]
      this.nodes[0] = this.nodes[this.size]
      let i = 0
      for (;;) {
        const left = 2 * i + 1
        const right = left + 1
        let least = i
        if (left < this.size && this.less(left, least)) least = left
        if (right < this.size && this.less(right, least)) least = right
        if (least === i) break
        this.swap(i, least)
        i = least
      }
    }
    return top
  }
}
