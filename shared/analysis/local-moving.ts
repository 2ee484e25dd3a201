/**
 * The two steps every multilevel community method here shares, over typed arrays: fast local
 * moving of nodes and aggregation of a partition into the next level's graph. Louvain
 * (louvain.ts) repeats them; Leiden (leiden-cpm.ts) adds its refinement between them.
 *
 * One quality serves both, the Constant Potts Model over node sizes s_v (Traag, Van Dooren &
 * Nesterov 2011, Phys. Rev. E 84, 016114): the value of placing v in community C, relative to v
 * alone, is  k_v,C − γ s_v S_C,  k_v,C the weight from v to C and S_C the summed size of C
 * without v. With sizes = people and γ a density this is CPM (leiden-cpm.ts); with sizes =
 * weighted degrees and γ = resolution / 2m it is modularity's gain, up to the constant factor
 * 1/m (Newman & Girvan 2004; the equivalence is Traag et al. 2011, sec. II), which is how
 * louvain.ts uses it.
 *
 * Fast local moving (Traag, Waltman & van Eck 2019, "From Louvain to Leiden", Sci. Rep. 9, 5233,
 * algorithm A.2 MoveNodesFast): every node is visited once in a seeded random order, then only
 * the neighbours of nodes that moved, the only nodes whose best place can have changed. A node
 * may also move to an empty community. Cost: one pass plus a few visits per move, counted in
 * `work` (nodes visited plus adjacency entries read), the unit of communities.ts's restart budget.
 */
import type { RandomSource } from './seeded-random'

const MIN_GAIN = 1e-12

/** One level of a hierarchy: CSR adjacency without self-loops, and each node's size. */
export interface Level {
  offsets: Int32Array
  targets: Int32Array
  weights: Float64Array
  sizes: Float64Array
}

/** 0..n−1: every node in its own community. */
export function identity(n: number): Int32Array {
  const labels = new Int32Array(n)
  for (let i = 0; i < n; i++) labels[i] = i
  return labels
}

/** 0..n−1 in a seeded random order (Fisher-Yates). */
export function shuffled(n: number, random: RandomSource): Int32Array {
  const order = identity(n)
  for (let i = n - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1))
    const t = order[i]
    order[i] = order[j]
    order[j] = t
  }
  return order
}

/**
 * Moves nodes of `level` between communities (`community`, a label per node in [0, n), changed
 * in place) until no move gains. Returns the number of communities and the work done.
 */
export function moveNodesFast(level: Level, community: Int32Array, gamma: number, random: RandomSource): { count: number; work: number } {
  const { offsets, targets, weights, sizes } = level
  const n = sizes.length
  const size = new Float64Array(n)
  const members = new Int32Array(n)
  for (let v = 0; v < n; v++) {
    size[community[v]] += sizes[v]
    members[community[v]]++
  }
  const empty: number[] = []
  for (let c = n - 1; c >= 0; c--) if (members[c] === 0) empty.push(c)
  const linkTo = new Float64Array(n)
  const touched = new Int32Array(n)
  const queue = shuffled(n, random)
  const queued = new Uint8Array(n).fill(1)
  let head = 0
  let pending = n
  let work = n
  while (pending > 0) {
    const v = queue[head]
    head = head + 1 === n ? 0 : head + 1
    pending--
    queued[v] = 0
    work += 1 + offsets[v + 1] - offsets[v]
    const own = community[v]
    const s = sizes[v]
    let touchedCount = 0
    for (let e = offsets[v]; e < offsets[v + 1]; e++) {
      const c = community[targets[e]]
      if (linkTo[c] === 0) touched[touchedCount++] = c
      linkTo[c] += weights[e]
    }
    // Value of each place for v, relative to v alone: an empty community is worth 0.
    const stay = linkTo[own] - gamma * s * (size[own] - s)
    let best = own
    let bestValue = stay
    for (let t = 0; t < touchedCount; t++) {
      const c = touched[t]
      if (c === own) continue
      const value = linkTo[c] - gamma * s * size[c]
      if (value > bestValue + MIN_GAIN) {
        bestValue = value
        best = c
      }
    }
    for (let t = 0; t < touchedCount; t++) linkTo[touched[t]] = 0
    if (bestValue < -MIN_GAIN && members[own] > 1) best = empty.pop()!
    if (best === own) continue
    size[own] -= s
    members[own]--
    if (members[own] === 0) empty.push(own)
    size[best] += s
    members[best]++
    community[v] = best
    for (let e = offsets[v]; e < offsets[v + 1]; e++) {
      const u = targets[e]
      if (queued[u] || community[u] === best) continue
      queue[(head + pending) % n] = u
      pending++
      queued[u] = 1
    }
  }
  let count = 0
  for (let c = 0; c < n; c++) if (members[c] > 0) count++
  return { count, work }
}

/** Renumbers labels in place to 0..count−1 in order of first appearance; returns count. */
export function relabel(labels: Int32Array): number {
  const map = new Int32Array(labels.length).fill(-1)
  let count = 0
  for (let i = 0; i < labels.length; i++) {
    const l = labels[i]
    if (map[l] < 0) map[l] = count++
    labels[i] = map[l]
  }
  return count
}

/** The graph of parts: one node per part, summed sizes and weights, internal edges dropped. */
export function aggregateLevel(level: Level, part: Int32Array, count: number): Level {
  const { offsets, targets, weights, sizes } = level
  const n = sizes.length
  const start = new Int32Array(count + 1)
  for (let v = 0; v < n; v++) start[part[v] + 1]++
  for (let p = 0; p < count; p++) start[p + 1] += start[p]
  const byPart = new Int32Array(n)
  const cursor = start.slice(0, count)
  for (let v = 0; v < n; v++) byPart[cursor[part[v]]++] = v
  const newSizes = new Float64Array(count)
  const newOffsets = new Int32Array(count + 1)
  const newTargets = new Int32Array(targets.length)
  const newWeights = new Float64Array(targets.length)
  const linkTo = new Float64Array(count)
  const touched = new Int32Array(count)
  let edges = 0
  for (let p = 0; p < count; p++) {
    let touchedCount = 0
    for (let k = start[p]; k < start[p + 1]; k++) {
      const v = byPart[k]
      newSizes[p] += sizes[v]
      for (let e = offsets[v]; e < offsets[v + 1]; e++) {
        const q = part[targets[e]]
        if (q === p) continue
        if (linkTo[q] === 0) touched[touchedCount++] = q
        linkTo[q] += weights[e]
      }
    }
    for (let t = 0; t < touchedCount; t++) {
      const q = touched[t]
      newTargets[edges] = q
      newWeights[edges++] = linkTo[q]
      linkTo[q] = 0
    }
    newOffsets[p + 1] = edges
  }
  return { offsets: newOffsets, targets: newTargets.slice(0, edges), weights: newWeights.slice(0, edges), sizes: newSizes }
}
