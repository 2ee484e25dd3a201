/**
 * Louvain modularity optimisation over typed arrays: one run, from a seeded visiting order.
 *
 * Algorithm: Blondel, Guillaume, Lambiotte & Lefebvre 2008, "Fast unfolding of communities in
 * large networks", J. Stat. Mech. P10008: move nodes between communities while modularity
 * improves, aggregate each community into one node, repeat on the aggregate graph until a level
 * moves nothing. Nodes are moved by fast local moving (local-moving.ts; Traag, Waltman & van Eck
 * 2019), which visits neighbours of moved nodes instead of sweeping every node again. Objective:
 * modularity with resolution γ (compact-graph.ts), through the CPM form local-moving.ts states:
 * node sizes are weighted degrees and the resolution there is γ / 2m.
 *
 * Why not graphology-communities-louvain: its index keeps a keyed entry per node and per level,
 * and its zoom-out walks every node at every level, so a network of mostly people without ties
 * cost several times a connected one; here a level costs its nodes and edges, and a person
 * without ties costs one visit. The result is a function of the graph and the random source
 * alone. Like every Louvain, a run may leave a community internally disconnected (Traag et al.
 * 2019, sec. 2); the refinement that follows (modularity-refinement.ts) moves such parts out
 * whenever that gains.
 */
import type { CompactGraph } from './compact-graph'
import { aggregateLevel, identity, moveNodesFast, relabel } from './local-moving'
import type { Level } from './local-moving'
import type { RandomSource } from './seeded-random'

export interface LouvainRun {
  /** Community label per node, in [0, count). */
  labels: Int32Array
  /** Nodes visited plus adjacency entries read, over every level (communities.ts's budget unit). */
  work: number
}

export function runLouvain(graph: CompactGraph, resolution: number, random: RandomSource): LouvainRun {
  const n = graph.offsets.length - 1
  const labels = identity(n)
  const m = graph.totalWeight
  if (m <= 0) return { labels, work: n }
  const { level: tied, nodeOf } = withoutIsolates(graph)
  let level = tied
  // Each person without ties stays alone; only the others move (labels[i] indexes `level`).
  const moving = identity(nodeOf.length)
  const gamma = resolution / (2 * m)
  let work = n + graph.targets.length
  for (;;) {
    const size = level.sizes.length
    const community = identity(size)
    const moved = moveNodesFast(level, community, gamma, random)
    work += moved.work
    // Nothing merged: this level is the result.
    if (moved.count === size) break
    const count = relabel(community)
    for (let k = 0; k < moving.length; k++) moving[k] = community[moving[k]]
    level = aggregateLevel(level, community, count)
    work += size + level.targets.length
  }
  // Communities of tied people first, then one per person alone.
  let next = level.sizes.length
  for (let i = 0; i < n; i++) labels[i] = -1
  for (let k = 0; k < nodeOf.length; k++) labels[nodeOf[k]] = moving[k]
  for (let i = 0; i < n; i++) if (labels[i] < 0) labels[i] = next++
  return { labels, work }
}

/** The level of the people with ties (sizes: weighted degrees), and the node each one was. */
function withoutIsolates(graph: CompactGraph): { level: Level; nodeOf: Int32Array } {
  const n = graph.offsets.length - 1
  let tied = 0
  for (let i = 0; i < n; i++) if (graph.offsets[i + 1] > graph.offsets[i]) tied++
  const nodeOf = new Int32Array(tied)
  const indexOf = tied === n ? null : new Int32Array(n)
  for (let i = 0, k = 0; i < n; i++) {
    if (graph.offsets[i + 1] === graph.offsets[i]) continue
    if (indexOf) indexOf[i] = k
    nodeOf[k++] = i
  }
  const offsets = indexOf ? new Int32Array(tied + 1) : graph.offsets
  const targets = indexOf ? new Int32Array(graph.targets.length) : graph.targets
  const sizes = new Float64Array(tied)
  for (let k = 0; k < tied; k++) {
    const i = nodeOf[k]
    let sum = 0
    for (let e = graph.offsets[i]; e < graph.offsets[i + 1]; e++) {
      sum += graph.weights[e]
      // Offsets shift by the isolates before i; the entries themselves keep their order.
      if (indexOf) targets[e] = indexOf[graph.targets[e]]
    }
    sizes[k] = sum
    if (indexOf) offsets[k + 1] = graph.offsets[i + 1]
  }
  return { level: { offsets, targets, weights: graph.weights, sizes }, nodeOf }
}
