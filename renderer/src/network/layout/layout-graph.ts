/**
 * Turns people and ties into the compact, index-based graph the layout worker runs on: people in
 * id order and ties sorted by their index pair, so the same vault always gives the same graph
 * whatever order the snapshot lists them in; duplicate ties, self-ties and ties to unknown people
 * are dropped. Linear apart from two sorts of numbers: about 10 ms for 10,000 people and 50,000
 * ties, so it may run on the UI thread.
 */
import type { Person, Tie } from '../../../../shared/graph/types'
import { clusterCentres } from './cluster-centres'
import { clusterPeople } from './cluster-keys'
import type { ClusterBy, ClusterContext, Clustering } from './cluster-keys'
import type { LayoutGraph } from './force-layout'

export interface NetworkGraph extends LayoutGraph {
  clustering: Clustering
  /** People in node order (`people[i].id === ids[i]`). */
  people: readonly Person[]
}

function byId(a: { id: string }, b: { id: string }): number {
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0
}

export function buildLayoutGraph(people: readonly Person[], ties: readonly Pick<Tie, 'a' | 'b' | 'strength'>[], by: ClusterBy, context: ClusterContext): NetworkGraph {
  let sorted = people
  for (let i = 1; i < people.length; i++) {
    if (byId(people[i - 1], people[i]) > 0) {
      sorted = [...people].sort(byId)
      break
    }
  }
  const n = sorted.length
  const ids = sorted.map((person) => person.id)
  const indexOf = new Map(ids.map((id, i) => [id, i]))
  // Each tie as one number (s·n + t)·4 + strength with s < t: sorting these orders ties by their
  // index pair without string compares, and carries the strength along (n² · 4 < 2^53 for any vault).
  const keys = new Float64Array(ties.length)
  let count = 0
  for (const tie of ties) {
    const a = indexOf.get(tie.a)
    const b = indexOf.get(tie.b)
    if (a === undefined || b === undefined || a === b) continue
    const strength = tie.strength >= 1 && tie.strength <= 3 ? tie.strength : 1
    keys[count++] = (Math.min(a, b) * n + Math.max(a, b)) * 4 + strength
  }
  const order = keys.subarray(0, count).sort()
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
  const clustering = clusterPeople(sorted, by, context)
  return { ids, people: sorted, sources, targets, strengths, clusterOfNode: clustering.clusterOfNode, centres: clusterCentres(clustering.sizes), clustering }
}
