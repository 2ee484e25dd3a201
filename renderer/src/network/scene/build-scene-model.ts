/** Builds what the canvas draws from the layout graph: names, colours, advisors, degrees. */
import { OTHER, UNKNOWN } from '../layout/cluster-keys'
import type { NetworkGraph } from '../layout/layout-graph'
import { membersOf } from './scene-model'
import type { SceneModel } from './scene-model'

/** `warmthOf`: my tie's warmth per person (null: no contact logged); without it, every line is drawn warm. */
export function buildSceneModel(graph: NetworkGraph, labelOf: (category: string) => string, meLabel: string, warmthOf: (id: string) => number | null = () => 1): SceneModel {
  const { clustering } = graph
  const degree = new Uint32Array(graph.ids.length)
  for (let e = 0; e < graph.sources.length; e++) {
    degree[graph.sources[e]]++
    degree[graph.targets[e]]++
  }
  return {
    ids: graph.ids,
    labels: graph.people.map((person) => person.name),
    clusterOfNode: graph.clusterOfNode,
    categories: clustering.categories.map((id, c) => ({ id, label: labelOf(id), colourIndex: id === UNKNOWN || id === OTHER ? null : c, size: clustering.sizes[c] })),
    members: membersOf(graph.clusterOfNode, clustering.categories.length),
    advisor: Uint8Array.from(graph.people, (person) => Number(person.roles.includes('advisor'))),
    spoke: Float32Array.from(graph.people, (person) => (person.roles.includes('advisor') || person.roles.includes('collaborator') ? (warmthOf(person.id) ?? 0) : -1)),
    degree,
    sources: graph.sources,
    targets: graph.targets,
    strengths: graph.strengths,
    meLabel,
  }
}
