/**
 * The Leiden algorithm with the Constant Potts Model: communities that are dense by a fixed
 * standard, whatever the size of the network around them.
 *
 * Algorithm: Traag, Waltman & van Eck 2019, "From Louvain to Leiden: guaranteeing well-connected
 * communities", Sci. Rep. 9, 5233 (supplementary algorithm A.2): fast local moving of nodes,
 * refinement of each community into well-connected parts, aggregation of the refined parts with
 * the unrefined partition as the starting point, repeated until every community is one node.
 * Quality: the Constant Potts Model (Traag, Van Dooren & Nesterov 2011, "Narrow scope for
 * resolution-limit-free community detection", Phys. Rev. E 84, 016114), over node sizes n_c
 * (people) and internal edge weight e_c:
 *   H = Σ_c [ e_c − γ n_c (n_c − 1) / 2 ].
 * Gain of moving a node v (size s_v) from community A to B, k_v,X its weight to X:
 *   ΔH = k_v,B − k_v,A\v − γ s_v (n_B − n_A + s_v).
 * Unlike modularity, CPM has no resolution limit (ibid.): whether a group is a community depends
 * only on the group and its ties, never on the size of the rest of the network, so a tight circle
 * of six stays a circle of six in a network of thirty thousand. γ reads as a density: a community
 * has internal density above γ, and two communities are kept apart when the ties between them
 * are sparser than γ.
 *
 * Guarantees (Traag et al. 2019, table 1), after each iteration: every community is γ-separated
 * (merging any two lowers H) and γ-connected (every part S of a community C has at least
 * γ ||S|| (||C|| − ||S||) weight to the rest of C, so in particular it is connected); after an
 * iteration that changes nothing, every node is optimally placed (node optimality) and every
 * community's refined parts are γ-dense. `detectDenseCommunities` iterates until nothing changes
 * or MAX_ITERATIONS. One iteration is the default: further ones cost a pass each and, on the
 * planted benchmark (tests/support/planted-echo-chambers.ts), gave the same F1 (1.000 from 1,000
 * to 30,000 people, seeds 1-3) at up to twice the cost; what node optimality would add for
 * circles (no member with too few ties inside) tight-circles.ts enforces directly by peeling.
 * Departure from the paper: the refinement merges greedily (the best positive gain, the θ → 0
 * limit of its randomised choice), which keeps the guarantees, which come from merging only
 * well-connected nodes into well-connected parts, and makes the result a function of the seed
 * alone. Visiting orders are seeded permutations (seeded-random.ts).
 *
 * Cost: each level is linear in its edges and has fewer nodes than the one before; in practice
 * a handful of levels, most of them small (tests/bench/analysis.bench.ts). Everything lives in
 * typed arrays sized once per level. Local moving and aggregation are local-moving.ts's, shared
 * with Louvain (louvain.ts); the refinement is Leiden's own.
 */
import type { CompactGraph } from './compact-graph'
import { aggregateLevel, identity, moveNodesFast, relabel, shuffled } from './local-moving'
import type { Level } from './local-moving'
import { createSeededRandom } from './seeded-random'
import type { RandomSource } from './seeded-random'

const MIN_GAIN = 1e-12
export const MAX_ITERATIONS = 1

export interface DenseCommunityOptions {
  /** γ, the density a community must exceed. */
  resolution: number
  seed: number
  /** Count every edge as 1 (a tie is a tie, whatever its strength). Default true. */
  unweighted?: boolean
}

/** CPM communities by Leiden: a label per node, labels in [0, n) (not canonical). */
export function detectDenseCommunities(graph: CompactGraph, options: DenseCommunityOptions): Int32Array {
  const n = graph.offsets.length - 1
  const random = createSeededRandom(options.seed)
  const base: Level = {
    offsets: graph.offsets,
    targets: graph.targets,
    weights: options.unweighted === false ? graph.weights : new Float64Array(graph.targets.length).fill(1),
    sizes: new Float64Array(n).fill(1),
  }
  let labels: Int32Array = identity(n)
  for (let iteration = 0; iteration < MAX_ITERATIONS; iteration++) {
    const next = leidenIteration(base, labels, options.resolution, random)
    const changed = !samePartition(labels, next)
    labels = next
    if (!changed) break
  }
  return labels
}

/** One Leiden iteration from `initial` (a label per base node in [0, n)); returns the new labels. */
function leidenIteration(base: Level, initial: Int32Array, gamma: number, random: RandomSource): Int32Array {
  let level = base
  // nodeOf[v]: the node of the current level that holds base node v.
  const nodeOf = identity(initial.length)
  let community: Int32Array = initial.slice()
  for (;;) {
    const { count } = moveNodesFast(level, community, gamma, random)
    const n = level.sizes.length
    if (count === n) break
    let refined = refinePartition(level, community, gamma, random)
    let refinedCount = relabel(refined)
    // Refinement split nothing off into shared parts: aggregate by the partition itself so that
    // the next level is smaller (the paper's loop would otherwise repeat this level unchanged).
    if (refinedCount === n) {
      refined = community.slice()
      refinedCount = relabel(refined)
    }
    const aggregate = aggregateLevel(level, refined, refinedCount)
    const nextCommunity = new Int32Array(refinedCount)
    for (let v = 0; v < n; v++) nextCommunity[refined[v]] = community[v]
    relabel(nextCommunity)
    for (let i = 0; i < nodeOf.length; i++) nodeOf[i] = refined[nodeOf[i]]
    level = aggregate
    community = nextCommunity
  }
  const labels = new Int32Array(nodeOf.length)
  for (let i = 0; i < nodeOf.length; i++) labels[i] = community[nodeOf[i]]
  return labels
}

/**
 * Refinement (MergeNodesSubset for every community at once): start from singletons and merge
 * each still-single, well-connected node into the well-connected part of its own community where
 * the gain is largest and positive. Returns a part label per node (parts never cross communities).
 */
function refinePartition(level: Level, community: Int32Array, gamma: number, random: RandomSource): Int32Array {
  const { offsets, targets, weights, sizes } = level
  const n = sizes.length
  const communitySize = new Float64Array(n)
  for (let v = 0; v < n; v++) communitySize[community[v]] += sizes[v]
  const part = identity(n)
  const partSize = sizes.slice()
  const partMembers = new Int32Array(n).fill(1)
  // Weight from each part to the rest of its community, E(R, S − R).
  const partOut = new Float64Array(n)
  for (let v = 0; v < n; v++) {
    for (let e = offsets[v]; e < offsets[v + 1]; e++) if (community[targets[e]] === community[v]) partOut[v] += weights[e]
  }
  const linkTo = new Float64Array(n)
  const touched = new Int32Array(n)
  for (const v of shuffled(n, random)) {
    if (partMembers[part[v]] !== 1) continue
    const s = sizes[v]
    const total = communitySize[community[v]]
    if (partOut[v] < gamma * s * (total - s)) continue
    let touchedCount = 0
    for (let e = offsets[v]; e < offsets[v + 1]; e++) {
      const u = targets[e]
      if (community[u] !== community[v]) continue
      const r = part[u]
      if (linkTo[r] === 0) touched[touchedCount++] = r
      linkTo[r] += weights[e]
    }
    let best = -1
    let bestGain = MIN_GAIN
    for (let t = 0; t < touchedCount; t++) {
      const r = touched[t]
      if (partOut[r] < gamma * partSize[r] * (total - partSize[r])) continue
      const gain = linkTo[r] - gamma * s * partSize[r]
      if (gain > bestGain) {
        bestGain = gain
        best = r
      }
    }
    if (best >= 0) {
      // v's ties to the part become internal to it.
      partOut[best] += partOut[v] - 2 * linkTo[best]
      partSize[best] += s
      partMembers[best]++
      partMembers[v] = 0
      part[v] = best
    }
    for (let t = 0; t < touchedCount; t++) linkTo[touched[t]] = 0
  }
  return part
}

function samePartition(a: Int32Array, b: Int32Array): boolean {
  const aToB = new Int32Array(a.length).fill(-1)
  const bToA = new Int32Array(b.length).fill(-1)
  for (let i = 0; i < a.length; i++) {
    if (aToB[a[i]] === -1 && bToA[b[i]] === -1) {
      aToB[a[i]] = b[i]
      bToA[b[i]] = a[i]
    } else if (aToB[a[i]] !== b[i] || bToA[b[i]] !== a[i]) return false
  }
  return true
}
