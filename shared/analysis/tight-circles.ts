/**
 * Tight circles: the small, dense groups an echo chamber is judged on.
 *
 * The map's communities maximise modularity (communities.ts), whose resolution limit
 * (Fortunato & Barthélemy 2007, "Resolution limit in community detection", PNAS 104, 36-41)
 * merges a circle of six with dozens of loosely attached people once the network has a few
 * thousand people. Circles are instead the communities of the Constant Potts Model at resolution
 * γ = DENSE_MIN_DENSITY, found by Leiden (leiden-cpm.ts): a group is a circle because its own ties
 * are denser than γ, whatever the rest of the network looks like. Ties count as 1 whatever their
 * strength, as in the density the echo-chamber test reads.
 *
 * Then, as the echo-chamber rule says, people hanging on by one tie are not members: members
 * with fewer than MIN_TIES_INSIDE ties to the rest of the circle are peeled off, repeatedly (the
 * circle's 2-core). Peeling removes only leaves, so a circle stays connected. Circles smaller
 * than MIN_COMMUNITY_SIZE are dropped.
 *
 * Cost: the graph's 2-core (linear), one Leiden run on it (linear per level) and one pass over
 * the members' ties.
 */
import type { CompactGraph } from './compact-graph'
import { DENSE_MIN_DENSITY, MIN_COMMUNITY_SIZE } from './echo-chambers'
import { detectDenseCommunities } from './leiden-cpm'

/**
 * γ of the circles: half the density an echo chamber needs. With γ equal to that density, CPM's
 * node optimality (a member has at least γ (n − 1) ties inside) would expel about half of the
 * members of a circle right at the threshold, those whose own ties fall below its average; at
 * half of it, a member must bring at least half the density the circle needs.
 */
export const CIRCLE_RESOLUTION = DENSE_MIN_DENSITY / 2

/** A member must have at least this many ties to other members. */
export const MIN_TIES_INSIDE = 2

export interface TightCircle {
  /** Node indices, ascending (ids are sorted, so this is id order). */
  members: Int32Array
  /** Ties with both ends in the circle, and with one end in it. */
  internal: number
  external: number
}

/** The tight circles of `graph`, largest first, then by smallest member. */
export function findTightCircles(graph: CompactGraph, seed: number): TightCircle[] {
  const n = graph.offsets.length - 1
  const { core, nodeOf } = twoCore(graph)
  const coreLabels = detectDenseCommunities(core, { resolution: CIRCLE_RESOLUTION, seed })
  // People outside the core are alone (label −1): they cannot be members.
  const labels = new Int32Array(n).fill(-1)
  for (let k = 0; k < nodeOf.length; k++) labels[nodeOf[k]] = coreLabels[k]
  // Group nodes by label with a counting sort; each group comes out in ascending index order.
  const start = new Int32Array(n + 1)
  for (let i = 0; i < n; i++) if (labels[i] >= 0) start[labels[i] + 1]++
  for (let c = 0; c < n; c++) start[c + 1] += start[c]
  const byLabel = new Int32Array(n)
  const cursor = start.slice(0, n)
  for (let i = 0; i < n; i++) if (labels[i] >= 0) byLabel[cursor[labels[i]]++] = i
  const inside = new Uint8Array(n)
  const tiesInside = new Int32Array(n)
  const circles: TightCircle[] = []
  for (let c = 0; c < n; c++) {
    if (start[c + 1] - start[c] < MIN_COMMUNITY_SIZE) continue
    const group = byLabel.subarray(start[c], start[c + 1])
    const members = peel(graph, group, inside, tiesInside)
    if (members.length >= MIN_COMMUNITY_SIZE) circles.push(countTies(graph, members, inside))
    for (const i of group) inside[i] = 0
  }
  return circles.sort((x, y) => y.members.length - x.members.length || x.members[0] - y.members[0])
}

/**
 * The 2-core (Seidman 1983): what is left after repeatedly removing people with fewer than two
 * ties. Someone with two ties to one circle is in it, so the core holds every possible member;
 * leaves, stars' rays and people without ties, most of a sparse network, never reach Leiden.
 * Returns the core as its own compact graph and, per core node, the node it was.
 */
function twoCore(graph: CompactGraph): { core: CompactGraph; nodeOf: Int32Array } {
  const n = graph.offsets.length - 1
  const degree = new Int32Array(n)
  const removed = new Uint8Array(n)
  const stack: number[] = []
  for (let i = 0; i < n; i++) {
    degree[i] = graph.offsets[i + 1] - graph.offsets[i]
    if (degree[i] < MIN_TIES_INSIDE) stack.push(i)
  }
  while (stack.length > 0) {
    const i = stack.pop()!
    if (removed[i]) continue
    removed[i] = 1
    for (let e = graph.offsets[i]; e < graph.offsets[i + 1]; e++) {
      const j = graph.targets[e]
      if (!removed[j] && --degree[j] < MIN_TIES_INSIDE) stack.push(j)
    }
  }
  const coreIndex = new Int32Array(n).fill(-1)
  let size = 0
  for (let i = 0; i < n; i++) if (!removed[i]) coreIndex[i] = size++
  const nodeOf = new Int32Array(size)
  const offsets = new Int32Array(size + 1)
  for (let i = 0; i < n; i++) {
    if (removed[i]) continue
    nodeOf[coreIndex[i]] = i
    offsets[coreIndex[i] + 1] = offsets[coreIndex[i]] + degree[i]
  }
  const targets = new Int32Array(offsets[size])
  const weights = new Float64Array(offsets[size])
  let totalWeight = 0
  for (let k = 0, at = 0; k < size; k++) {
    const i = nodeOf[k]
    for (let e = graph.offsets[i]; e < graph.offsets[i + 1]; e++) {
      const j = coreIndex[graph.targets[e]]
      if (j < 0) continue
      targets[at] = j
      weights[at++] = graph.weights[e]
      if (j > k) totalWeight += graph.weights[e]
    }
  }
  return { core: { offsets, targets, weights, totalWeight }, nodeOf }
}

/** The members left after repeatedly removing those with < MIN_TIES_INSIDE ties inside. */
function peel(graph: CompactGraph, group: Int32Array, inside: Uint8Array, tiesInside: Int32Array): Int32Array {
  for (const i of group) inside[i] = 1
  const stack: number[] = []
  for (const i of group) {
    let count = 0
    for (let e = graph.offsets[i]; e < graph.offsets[i + 1]; e++) count += inside[graph.targets[e]]
    tiesInside[i] = count
    if (count < MIN_TIES_INSIDE) stack.push(i)
  }
  while (stack.length > 0) {
    const i = stack.pop()!
    if (!inside[i]) continue
    inside[i] = 0
    for (let e = graph.offsets[i]; e < graph.offsets[i + 1]; e++) {
      const j = graph.targets[e]
      if (inside[j] && --tiesInside[j] < MIN_TIES_INSIDE) stack.push(j)
    }
  }
  return group.filter((i) => inside[i] === 1)
}

/** Internal and external tie counts of the members (marked in `inside`). */
function countTies(graph: CompactGraph, members: Int32Array, inside: Uint8Array): TightCircle {
  let internalEnds = 0
  let external = 0
  for (const i of members) {
    for (let e = graph.offsets[i]; e < graph.offsets[i + 1]; e++) {
      if (inside[graph.targets[e]]) internalEnds++
      else external++
    }
  }
  return { members, internal: internalEnds / 2, external }
}
