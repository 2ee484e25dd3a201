/**
 * Turns people and ties into the compact, index-based graph the layout worker runs on: people in
 * id order (so the same vault always gives the same node order, whatever order the snapshot
 * lists them in), ties as index pairs, ties to unknown people dropped.
 */
import type { Person, Tie } from '../../../../shared/graph/types'
import { clusterCentres } from './cluster-centres'
import { clusterPeople } from './cluster-keys'
import type { ClusterBy, ClusterContext, Clustering } from './cluster-keys'
import type { LayoutGraph } from './force-layout'

export interface NetworkGraph extends LayoutGraph {
  clustering: Clustering
}

export function buildLayoutGraph(people: readonly Person[], ties: readonly Tie[], by: ClusterBy, context: ClusterContext): NetworkGraph {
  const sorted = [...people].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
  const ids = sorted.map((person) => person.id)
  const indexOf = new Map(ids.map((id, i) => [id, i]))
  const kept = ties.filter((tie) => indexOf.has(tie.a) && indexOf.has(tie.b) && tie.a !== tie.b)
  kept.sort((x, y) => (x.id < y.id ? -1 : x.id > y.id ? 1 : 0))
  const sources = new Int32Array(kept.length)
  const targets = new Int32Array(kept.length)
  const strengths = new Uint8Array(kept.length)
  kept.forEach((tie, e) => {
    sources[e] = indexOf.get(tie.a)!
    targets[e] = indexOf.get(tie.b)!
    strengths[e] = tie.strength
  })
  const clustering = clusterPeople(sorted, by, context)
  return { ids, sources, targets, strengths, clusterOfNode: clustering.clusterOfNode, centres: clusterCentres(clustering.sizes), clustering }
}
