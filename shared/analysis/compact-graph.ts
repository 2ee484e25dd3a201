/**
 * An undirected weighted graph as compressed adjacency arrays over sorted node ids, and the
 * modularity of a partition over it.
 *
 * Canonical form: node ids are sorted by code unit, duplicate pairs are merged by summing their
 * weights, self-loops and edges to unknown nodes are dropped. Everything downstream sees only this
 * form, which is why no result depends on the order in which callers list nodes or edges.
 *
 * Modularity (Newman & Girvan 2004, Phys. Rev. E 69, 026113; resolution γ after Reichardt &
 * Bornholdt 2006): Q = Σ_c [ L_c / m − γ (d_c / 2m)² ], m the total edge weight, L_c the weight
 * inside c, d_c the total weighted degree of c.
 */

/** Neighbours of node i are `targets[offsets[i]..offsets[i+1]]`, each edge stored at both ends. */
export interface CompactGraph {
  offsets: Int32Array
  targets: Int32Array
  weights: Float64Array
  /** Total edge weight m (each undirected edge counted once). */
  totalWeight: number
}

export interface PlainGraph {
  nodes: { id: string }[]
  edges: { source: string; target: string; weight?: number }[]
}

export interface IndexedGraph {
  /** Sorted, distinct node ids; node i of `compact` is `ids[i]`. */
  ids: string[]
  indexOf: Map<string, number>
  compact: CompactGraph
}

/** Code-unit order, independent of locale, so every machine sorts ids the same way. */
export function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}

/** The canonical compact form of `graph`; `weighted: false` gives every edge weight 1. */
export function indexGraph(graph: PlainGraph, weighted = true): IndexedGraph {
  return indexEdges(
    graph.nodes.map((node) => node.id),
    graph.edges,
    (edge) => edge.source,
    (edge) => edge.target,
    (edge) => (weighted ? positiveWeight(edge.weight) : 1),
  )
}

/**
 * The canonical compact form of any edge list, read through accessors so that callers holding
 * their own records (the analysis's ties) need not copy them into edge objects first.
 * Edges are ordered by (low end, high end) with two stable counting sorts, O(n + edges), and
 * duplicates, now adjacent, are merged in input order.
 */
export function indexEdges<E>(
  nodeIds: readonly string[],
  edges: readonly E[],
  sourceOf: (edge: E) => string,
  targetOf: (edge: E) => string,
  weightOf: (edge: E) => number,
): IndexedGraph {
  // The default sort compares strings by UTF-16 code units, the same order as compareIds;
  // duplicates, now adjacent, are dropped in place.
  const ids = [...nodeIds].sort()
  let distinct = 0
  for (let r = 0; r < ids.length; r++) if (r === 0 || ids[r] !== ids[distinct - 1]) ids[distinct++] = ids[r]
  ids.length = distinct
  const indexOf = new Map<string, number>()
  ids.forEach((id, index) => indexOf.set(id, index))
  const n = ids.length
  const low = new Int32Array(edges.length)
  const high = new Int32Array(edges.length)
  const weight = new Float64Array(edges.length)
  let count = 0
  for (let r = 0; r < edges.length; r++) {
    const edge = edges[r]
    const s = indexOf.get(sourceOf(edge))
    const t = indexOf.get(targetOf(edge))
    if (s === undefined || t === undefined || s === t) continue
    low[count] = s < t ? s : t
    high[count] = s < t ? t : s
    weight[count++] = weightOf(edge)
  }
  const byHigh = stableOrderBy(high, count, n, null)
  const order = stableOrderBy(low, count, n, byHigh)
  // Merge duplicates into unique (low, high) pairs, still sorted.
  const pairLow = new Int32Array(count)
  const pairHigh = new Int32Array(count)
  const pairWeight = new Float64Array(count)
  let pairs = 0
  for (let r = 0; r < count; r++) {
    const e = order[r]
    if (pairs > 0 && pairLow[pairs - 1] === low[e] && pairHigh[pairs - 1] === high[e]) {
      pairWeight[pairs - 1] += weight[e]
      continue
    }
    pairLow[pairs] = low[e]
    pairHigh[pairs] = high[e]
    pairWeight[pairs++] = weight[e]
  }
  const offsets = new Int32Array(n + 1)
  for (let p = 0; p < pairs; p++) {
    offsets[pairLow[p] + 1]++
    offsets[pairHigh[p] + 1]++
  }
  for (let i = 0; i < n; i++) offsets[i + 1] += offsets[i]
  const cursor = offsets.slice(0, n)
  const targets = new Int32Array(offsets[n])
  const weights = new Float64Array(offsets[n])
  let totalWeight = 0
  for (let p = 0; p < pairs; p++) {
    const s = pairLow[p]
    const t = pairHigh[p]
    const w = pairWeight[p]
    targets[cursor[s]] = t
    weights[cursor[s]++] = w
    targets[cursor[t]] = s
    weights[cursor[t]++] = w
    totalWeight += w
  }
  return { ids, indexOf, compact: { offsets, targets, weights, totalWeight } }
}

/** Stable counting sort of edge indices (`within` order, or 0..count−1) by `key` in [0, n). */
function stableOrderBy(key: Int32Array, count: number, n: number, within: Int32Array | null): Int32Array {
  const start = new Int32Array(n + 1)
  for (let e = 0; e < count; e++) start[key[e] + 1]++
  for (let i = 0; i < n; i++) start[i + 1] += start[i]
  const result = new Int32Array(count)
  for (let r = 0; r < count; r++) {
    const e = within === null ? r : within[r]
    result[start[key[e]]++] = e
  }
  return result
}

/** Modularity of `community` (a label per node index, labels in [0, n)); 0 without edges. */
export function modularityOf(graph: CompactGraph, community: ArrayLike<number>, resolution = 1): number {
  const m = graph.totalWeight
  if (m <= 0) return 0
  const n = community.length
  const inside = new Float64Array(n)
  const degree = new Float64Array(n)
  for (let i = 0; i < n; i++) {
    const c = community[i]
    for (let e = graph.offsets[i]; e < graph.offsets[i + 1]; e++) {
      const w = graph.weights[e]
      degree[c] += w
      // Each undirected edge appears twice in the adjacency; count it once.
      if (community[graph.targets[e]] === c) inside[c] += w / 2
    }
  }
  let q = 0
  for (let c = 0; c < n; c++) if (degree[c] > 0) q += inside[c] / m - resolution * (degree[c] / (2 * m)) ** 2
  return q
}

function positiveWeight(weight: number | undefined): number {
  return weight !== undefined && Number.isFinite(weight) && weight > 0 ? weight : 1
}
