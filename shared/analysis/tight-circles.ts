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
 * Cost: one Leiden run (linear per level) and one pass over the members' ties.
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
  const labels = detectDenseCommunities(graph, { resolution: CIRCLE_RESOLUTION, seed })
  // Group nodes by label with a counting sort; each group comes out in ascending index order.
  const start = new Int32Array(n + 1)
  for (let i = 0; i < n; i++) start[labels[i] + 1]++
  for (let c = 0; c < n; c++) start[c + 1] += start[c]
  const byLabel = new Int32Array(n)
  const cursor = start.slice(0, n)
  for (let i = 0; i < n; i++) byLabel[cursor[labels[i]]++] = i
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
