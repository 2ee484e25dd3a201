/**
 * Clustered by an attribute (age, field, values), the regions separate: few people sit inside
 * another group's region, although ties cross between the groups everywhere; and more groups than
 * distinct colours fold the small ones into one "other" group.
 */
import { polygonContains } from 'd3-polygon'
import { describe, expect, it } from 'vitest'
import { generateSampleNetwork } from '../../../../shared/sample'
import { buildLayoutGraph, clusterPeople, clusterRegions, settleLayout } from '../../../../renderer/src/network/layout'
import { MAX_GROUPS, OTHER } from '../../../../renderer/src/network/layout/cluster-keys'

const sample = generateSampleNetwork(1)
const context = { year: 2025, communityOf: {} }

describe('attribute clustering', () => {
  for (const by of ['age-band', 'industry', 'value-group'] as const) {
    it(`keeps the regions apart when clustered by ${by}`, () => {
      const graph = buildLayoutGraph(sample.people, sample.ties, by, context)
      const xy = settleLayout(graph, { seed: 1 })
      const regions = clusterRegions(xy, graph.clusterOfNode, graph.clustering.categories.length)
      let intruders = 0
      for (let i = 0; i < graph.ids.length; i++) {
        const point: [number, number] = [xy[2 * i], xy[2 * i + 1]]
        if (regions.some((region) => region.cluster !== graph.clusterOfNode[i] && region.points.length >= 3 && polygonContains(region.points, point))) intruders++
      }
      console.log(`[cluster-separation] ${by}: ${intruders} of ${graph.ids.length} people inside another group's region`)
      expect(intruders / graph.ids.length).toBeLessThan(0.03)
    })
  }

  it(`folds groups beyond ${MAX_GROUPS} into one other group, keeping the largest apart`, () => {
    const people = Array.from({ length: 12 }, (_, g) =>
      Array.from({ length: 12 - g }, (_, k) => ({ ...sample.people[0], id: `p${g}-${k}`, industry: 'ABCDEFGHIJKL'[g] as never })),
    ).flat()
    const clustering = clusterPeople(people, 'industry', context)
    expect(clustering.categories).toEqual(['A', 'B', 'C', 'D', 'E', 'F', OTHER])
    expect(clustering.sizes).toEqual([12, 11, 10, 9, 8, 7, 6 + 5 + 4 + 3 + 2 + 1])
  })
})
