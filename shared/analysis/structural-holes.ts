/**
 * My structural position: Burt's structural-hole measures of my ego network (Burt 1992,
 * "Structural Holes: The Social Structure of Competition", ch. 2), in their binary form.
 *
 * Ego network: "my contacts" are all non-trashed people (Kizuna records only people I know, so I
 * am tied to every one of them); ties among contacts are the people-people ties, taken as binary
 * because my own ties carry no strength to put them on the same scale. With n contacts and t ties
 * among them:
 * - effective size = n − 2t / n (Burt's redundancy formula in Borgatti's 1997 binary form,
 *   "Structural holes: unpacking Burt's redundancy measures", Connections 20(1));
 * - efficiency = effective size / n;
 * - constraint C = Σ_j (p_ij + Σ_{q≠i,j} p_iq p_qj)², with p_xy = 1 / (number of ties of x in the
 *   ego network, its tie to me included) for each tie x-y. For me p_ij = 1/n, and for contact q,
 *   p_qj = 1 / (deg_q + 1) where deg_q counts q's ties to other contacts;
 * - non-adjacent pairs: pairs of contacts with no direct tie, n(n − 1)/2 − t: the holes I span;
 * - disconnected pairs: pairs with no path at all except through me (in different components of
 *   the people-only graph): the holes only I connect.
 */
import type { CompactGraph } from './compact-graph'

export interface StructuralHoles {
  contacts: number
  tiesAmongContacts: number
  effectiveSize: number
  efficiency: number | null
  constraint: number | null
  nonAdjacentPairs: number
  disconnectedPairs: number
}

export function measureStructuralHoles(graph: CompactGraph): StructuralHoles {
  const n = graph.offsets.length - 1
  const t = graph.targets.length / 2
  if (n === 0) {
    return { contacts: 0, tiesAmongContacts: 0, effectiveSize: 0, efficiency: null, constraint: null, nonAdjacentPairs: 0, disconnectedPairs: 0 }
  }
  const degree = (i: number): number => graph.offsets[i + 1] - graph.offsets[i]
  // Burt's constraint needs only each contact's own adjacency and its neighbours' degrees: O(ties).
  // Terms are summed in sorted order so that renaming people (which reorders them) cannot change
  // the result in the last floating-point digit; a neighbourhood is small, so an insertion sort
  // into one reused buffer sorts it without allocating.
  const terms = new Float64Array(n)
  let largest = 0
  // p_qj for each contact q: 1 / (its ties to other contacts + its tie to me).
  const share = new Float64Array(n)
  for (let j = 0; j < n; j++) {
    largest = Math.max(largest, degree(j))
    share[j] = 1 / (degree(j) + 1)
  }
  const contributions = new Float64Array(largest)
  for (let j = 0; j < n; j++) {
    let size = 0
    for (let e = graph.offsets[j]; e < graph.offsets[j + 1]; e++) {
      const value = share[graph.targets[e]]
      let slot = size++
      while (slot > 0 && contributions[slot - 1] > value) {
        contributions[slot] = contributions[slot - 1]
        slot--
      }
      contributions[slot] = value
    }
    let indirect = 0
    for (let r = 0; r < size; r++) indirect += contributions[r]
    terms[j] = (1 / n + indirect / n) ** 2
  }
  terms.sort()
  let constraint = 0
  for (const term of terms) constraint += term
  const effectiveSize = n - (2 * t) / n
  return {
    contacts: n,
    tiesAmongContacts: t,
    effectiveSize,
    efficiency: effectiveSize / n,
    constraint,
    nonAdjacentPairs: (n * (n - 1)) / 2 - t,
    disconnectedPairs: disconnectedPairs(graph),
  }
}

/** Pairs of nodes in different connected components: (n² − Σ size²) / 2. */
function disconnectedPairs(graph: CompactGraph): number {
  const n = graph.offsets.length - 1
  const seen = new Uint8Array(n)
  const stack: number[] = []
  let sumSquares = 0
  for (let start = 0; start < n; start++) {
    if (seen[start]) continue
    seen[start] = 1
    stack.push(start)
    let size = 0
    while (stack.length > 0) {
      const i = stack.pop()!
      size++
      for (let e = graph.offsets[i]; e < graph.offsets[i + 1]; e++) {
        const j = graph.targets[e]
        if (!seen[j]) {
          seen[j] = 1
          stack.push(j)
        }
      }
    }
    sumSquares += size * size
  }
  return (n * n - sumSquares) / 2
}
