/** Reads an edge list from tests/fixtures/graphs (tab-separated, `#` comments). */
import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import type { CommunityGraph } from '../../../../shared/analysis'

export function loadFixtureGraph(name: string): CommunityGraph {
  const text = readFileSync(resolve(import.meta.dirname, '../../../fixtures/graphs', `${name}.tsv`), 'utf8')
  const edges = text
    .split('\n')
    .filter((line) => line.trim() !== '' && !line.startsWith('#'))
    .map((line) => {
      const [source, target, weight] = line.split('\t')
      return { source: source, target: target, weight: weight === undefined ? 1 : Number(weight) }
    })
  const nodes = [...new Set(edges.flatMap((edge) => [edge.source, edge.target]))].map((id) => ({ id }))
  return { nodes, edges }
}
