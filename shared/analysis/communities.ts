/**
 * Community detection: Louvain modularity optimisation with seeded restarts.
 *
 * Algorithm: Blondel, Guillaume, Lambiotte & Lefebvre 2008, "Fast unfolding of communities in
 * large networks", J. Stat. Mech. P10008, over typed arrays (louvain.ts), followed by a local
 * refinement (see modularity-refinement.ts). Objective: Newman & Girvan 2004
 * modularity with resolution γ, Q = Σ_c [ L_c / m − γ (d_c / 2m)² ].
 *
 * Louvain is greedy and its result depends on the order it visits nodes; that order comes from an
 * injected seeded generator (seeded-random.ts), and we run several restarts and keep the best
 * modularity. The graph is first put in canonical form (compact-graph.ts) and communities are
 * numbered canonically (largest first, then by smallest member id), so the partition does not
 * depend on the caller's node or edge order. The reported modularity is recomputed from the
 * returned partition, never a value tracked during optimisation; the unit tests check it against
 * graphology-metrics' `modularity`.
 */
import { indexGraph, modularityOf } from './compact-graph'
import type { IndexedGraph, PlainGraph } from './compact-graph'
import { runLouvain } from './louvain'
import { refinePartition } from './modularity-refinement'
import { createSeededRandom, restartSeed } from './seeded-random'

export type CommunityGraph = PlainGraph

export interface CommunityOptions {
  /** Base seed of the restarts; the same seed gives the same partition. Default 1. */
  seed?: number
  /** Number of Louvain runs; the best modularity wins. Default: as many as RESTART_WORK_BUDGET allows. */
  restarts?: number
  /** Resolution γ; above 1 favours smaller communities. Default 1. */
  resolution?: number
  /** Use edge weights (tie strength). Default true; false treats every edge as weight 1. */
  weighted?: boolean
}

export interface CommunityResult {
  /** Community number of each node, 0 for the largest community. */
  communityOf: Record<string, number>
  modularity: number
}

/**
 * Restarts are budgeted by measured work, never by the graph's size: every run reports its work
 * (the nodes Louvain visits and the adjacency entries it and the refinement read, level by
 * level), and another restart starts only while the work spent plus the last run's
 * work stays within RESTART_WORK_BUDGET. Work is counted, not timed, so the partition is the same
 * on every machine. Why: small graphs are where Louvain's result varies most (on Lusseau's
 * dolphins only about 1 run in 9 gets within 0.002 of the best-known 0.5285, so 64 restarts all
 * miss with probability below 1e-3) and a restart there is cheap; on large or sparse graphs one
 * run already costs about the budget, restarts differ by about 1e-4 in modularity, and the
 * analysis stays within about one Louvain pass whatever the network's shape
 * (tests/bench/analysis.bench.ts). Sparse graphs are where counting edges went wrong: a graph of
 * 10,000 people and 10,000 ties makes Louvain work through many levels for few edges.
 */
export const MAX_RESTARTS = 64
export const RESTART_WORK_BUDGET = 250_000

/**
 * Refinement (modularity-refinement.ts) costs one pass over the edges plus a few visits per move
 * (about a tenth of a Louvain run on 50,000 ties), but with merges a full pass per merge. On small
 * graphs it decides which restart wins, so every restart is refined with merges; above this size
 * restarts differ by little (about 1e-4) and only the winner is refined, by node moves alone,
 * which keeps large networks inside the analysis budget.
 */
export const REFINE_EVERY_RESTART_MAX_EDGES = 10_000

export interface CommunityLabels {
  /** Canonical community label per node index. */
  labels: Int32Array
  /** Restarts run. */
  restarts: number
}

/** Louvain communities of a plain graph; see `detectCommunities` in index.ts. */
export function detectCommunities(graph: CommunityGraph, options: CommunityOptions = {}): CommunityResult {
  const indexed = indexGraph(graph, options.weighted ?? true)
  const { labels } = detectCommunityLabels(indexed, options)
  return {
    communityOf: Object.fromEntries(indexed.ids.map((id, i) => [id, labels[i]])),
    modularity: modularityOf(indexed.compact, labels, options.resolution ?? 1),
  }
}

/** Canonical community labels per node index of an already indexed graph. */
export function detectCommunityLabels(indexed: IndexedGraph, options: CommunityOptions = {}): CommunityLabels {
  const { compact, ids } = indexed
  const seed = options.seed ?? 1
  const edgeCount = compact.targets.length / 2
  const fixedRestarts = options.restarts === undefined ? null : Math.max(1, Math.trunc(options.restarts))
  const resolution = options.resolution ?? 1
  // Without edges modularity is undefined (m = 0): every node is its own community.
  if (edgeCount === 0) return { labels: canonicalLabels(Int32Array.from(ids, (_, i) => i)), restarts: 0 }
  let best: Int32Array | null = null
  let bestModularity = -Infinity
  const refineEach = edgeCount <= REFINE_EVERY_RESTART_MAX_EDGES
  let spent = 0
  let runs = 0
  for (let lastWork = 0; fixedRestarts === null ? runs < MAX_RESTARTS && (runs === 0 || spent + lastWork <= RESTART_WORK_BUDGET) : runs < fixedRestarts; runs++) {
    const run = runLouvain(compact, resolution, createSeededRandom(restartSeed(seed, runs)))
    const labels = run.labels
    lastWork = run.work
    if (refineEach) lastWork += refinePartition(compact, labels, resolution)
    spent += lastWork
    if (best === null) {
      best = labels
      continue
    }
    // Modularity is computed only once there is something to compare: on large graphs the
    // budget allows one run, which then costs no extra pass.
    if (runs === 1) bestModularity = modularityOf(compact, best, resolution)
    const q = modularityOf(compact, labels, resolution)
    // Strictly greater: on a tie the earliest restart wins, so adding restarts never replaces an
    // optimum already found.
    if (q > bestModularity + 1e-12) {
      bestModularity = q
      best = labels
    }
  }
  if (!refineEach) refinePartition(compact, best!, resolution, false)
  return { labels: canonicalLabels(best!), restarts: runs }
}

/**
 * Renumbers communities: largest first, ties broken by the smallest member id. Ids are sorted,
 * so a community's smallest id is at its first node index; labels are in [0, n).
 */
function canonicalLabels(labels: Int32Array): Int32Array {
  const n = labels.length
  const size = new Int32Array(n)
  const first = new Int32Array(n).fill(n)
  for (let i = 0; i < n; i++) {
    const label = labels[i]
    size[label]++
    if (first[label] === n) first[label] = i
  }
  const used: number[] = []
  for (let label = 0; label < n; label++) if (size[label] > 0) used.push(label)
  used.sort((x, y) => size[y] - size[x] || first[x] - first[y])
  const rank = new Int32Array(n)
  used.forEach((label, index) => {
    rank[label] = index
  })
  const result = new Int32Array(n)
  for (let i = 0; i < n; i++) result[i] = rank[labels[i]]
  return result
}
