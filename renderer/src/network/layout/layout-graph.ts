/**
 * Turns people and ties into the compact, index-based graph the layout worker runs on: people in
 * id order and ties sorted by their index pair, so the same vault always gives the same graph
 * whatever order the snapshot lists them in; duplicate ties, self-ties and ties to unknown people
 * dropped. Linear apart from two sorts of numbers, but 10,000 people and 50,000 ties still take
 * 50-70 ms in a loaded browser: too long for one UI-thread task. So the work is a sequence of
 * steps (`layoutGraphSteps`) of at most STEP_ITEMS people or ties each, which
 * `buildLayoutGraphInSlices` (run-in-slices.ts) spreads over ~8 ms slices; `buildLayoutGraph` runs
 * them all at once (tests, small graphs).
 *
 * Why not in the layout worker: the snapshot is objects keyed by string ids, and handing those to
 * a worker means structured-cloning 100,000 id strings on the UI thread, which costs about as much
 * as the id → index pass itself. The worker gets the result: typed arrays, transferred.
 */
import type { Person, Tie } from '../../../../shared/graph'
import { clusterCentres } from './cluster-centres'
import { clusterPeople } from './cluster-keys'
import type { ClusterBy, ClusterContext, Clustering } from './cluster-keys'
import type { LayoutGraph } from './force-layout'
import { runInSlices } from './run-in-slices'

export interface NetworkGraph extends LayoutGraph {
  /** The dimension `clustering` is by. */
  by: ClusterBy
  clustering: Clustering
  /** People in node order (`people[i].id === ids[i]`). */
  people: readonly Person[]
}

type TieEnds = Pick<Tie, 'a' | 'b' | 'strength'>

/** People or ties handled per step: about 1-2 ms in a loaded browser. */
const STEP_ITEMS = 5000

function byId(a: { id: string }, b: { id: string }): number {
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0
}

/** The graph as steps: each `next()` does a bounded share of the work; the last returns the graph. */
export function* layoutGraphSteps(people: readonly Person[], ties: readonly TieEnds[], by: ClusterBy, context: ClusterContext): Generator<void, NetworkGraph, void> {
  let sorted = people
  for (let i = 1; i < people.length; i++) {
    if (byId(people[i - 1], people[i]) > 0) {
      sorted = [...people].sort(byId)
      break
    }
  }
  yield
  const n = sorted.length
  const ids = sorted.map((person) => person.id)
  const indexOf = new Map<string, number>()
  for (let i = 0; i < n; i++) {
    indexOf.set(ids[i], i)
    if (i % STEP_ITEMS === STEP_ITEMS - 1) yield
  }
  yield
  // Each tie as one number (s·n + t)·4 + strength with s < t: sorting these orders ties by their
  // index pair without string compares, and carries the strength along (n² · 4 < 2^53 for any vault).
  const keys = new Float64Array(ties.length)
  let count = 0
  for (let e = 0; e < ties.length; e++) {
    const tie = ties[e]
    const a = indexOf.get(tie.a)
    const b = indexOf.get(tie.b)
    if (a !== undefined && b !== undefined && a !== b) {
      const strength = tie.strength >= 1 && tie.strength <= 3 ? tie.strength : 1
      keys[count++] = (Math.min(a, b) * n + Math.max(a, b)) * 4 + strength
    }
    if (e % STEP_ITEMS === STEP_ITEMS - 1) yield
  }
  const order = keys.subarray(0, count).sort()
  yield
  let unique = 0
  for (let e = 0; e < order.length; e++) {
    if (e === 0 || Math.floor(order[e] / 4) !== Math.floor(order[unique - 1] / 4)) order[unique++] = order[e]
  }
  const sources = new Int32Array(unique)
  const targets = new Int32Array(unique)
  const strengths = new Uint8Array(unique)
  for (let e = 0; e < unique; e++) {
    const pair = Math.floor(order[e] / 4)
    strengths[e] = order[e] - pair * 4
    sources[e] = Math.floor(pair / n)
    targets[e] = pair - sources[e] * n
  }
  yield
  const clustering = clusterPeople(sorted, by, context)
  return { by, ids, people: sorted, sources, targets, strengths, clusterOfNode: clustering.clusterOfNode, centres: clusterCentres(clustering.sizes), clustering }
}

export function buildLayoutGraph(people: readonly Person[], ties: readonly TieEnds[], by: ClusterBy, context: ClusterContext): NetworkGraph {
  const steps = layoutGraphSteps(people, ties, by, context)
  for (;;) {
    const step = steps.next()
    if (step.done === true) return step.value
  }
}

/** The same graph, built in slices of the UI thread; rejects with an AbortError once `signal` aborts. */
export function buildLayoutGraphInSlices(people: readonly Person[], ties: readonly TieEnds[], by: ClusterBy, context: ClusterContext, signal?: AbortSignal): Promise<NetworkGraph> {
  return runInSlices(layoutGraphSteps(people, ties, by, context), signal)
}
