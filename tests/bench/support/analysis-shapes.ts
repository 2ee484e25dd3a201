/**
 * The analysis's cost on every shape of network (network-shapes.ts) at 1,000 to 30,000 people:
 * `analyzeNetwork` against one graphology Louvain pass on the same graph in the same run (a
 * graphology graph built beforehand, outside the timing). Target of each row: the larger of
 * 500 ms (1.5 s at 30,000 people) and 1.5 times that Louvain pass. Then, per shape, the growth
 * exponent of time against people, the slope of a least-squares fit of ln(time) on ln(people)
 * (target ≤ 1.2). KIZUNA_ANALYSIS_SIZES=1000,3000 limits the sizes.
 */
import { UndirectedGraph } from 'graphology'
import louvain from 'graphology-communities-louvain'
import { analyzeNetwork } from '../../../shared/analysis'
import { createSeededRandom } from '../../../shared/analysis/seeded-random'
import type { GraphSnapshot } from '../../../shared/graph/types'
import type { BenchContext, BenchFigure } from '../types'
import { generateShape, SHAPES } from './network-shapes'
import { median, time } from './stats'

const SIZES = process.env.KIZUNA_ANALYSIS_SIZES?.split(',').map(Number) ?? [1_000, 3_000, 10_000, 30_000]
const NOW = Date.parse('2025-06-01T00:00:00Z')
const MAX_EXPONENT = 1.2

function budgetFor(people: number): number {
  return people >= 30_000 ? 1_500 : 500
}

function graphologyGraph(snapshot: GraphSnapshot): UndirectedGraph {
  const graph = new UndirectedGraph()
  for (const person of snapshot.people) graph.addNode(person.id)
  for (const tie of snapshot.ties) graph.addEdge(tie.a, tie.b, { weight: tie.strength })
  return graph
}

/** Median times of the analysis and of one Louvain pass, interleaved, after a warm-up. */
function measure(snapshot: GraphSnapshot, runs: number): { analysis: number; louvain: number; restarts: number } {
  const graph = graphologyGraph(snapshot)
  let restarts = 0
  const analyze = (): void => {
    restarts = analyzeNetwork(snapshot, { now: NOW, seed: 1 }).parameters.restarts
  }
  const louvainPass = (): void => {
    louvain(graph, { getEdgeWeight: 'weight', rng: createSeededRandom(1) })
  }
  analyze()
  louvainPass()
  const analysis: number[] = []
  const baseline: number[] = []
  for (let run = 0; run < runs; run++) {
    // Alternating order, so neither side always pays for the other's garbage.
    if (run % 2 === 0) {
      analysis.push(time(analyze))
      baseline.push(time(louvainPass))
    } else {
      baseline.push(time(louvainPass))
      analysis.push(time(analyze))
    }
  }
  return { analysis: median(analysis), louvain: median(baseline), restarts }
}

/** Least-squares slope of ln(y) on ln(x). */
export function growthExponent(points: { x: number; y: number }[]): number {
  const xs = points.map((p) => Math.log(p.x))
  const ys = points.map((p) => Math.log(p.y))
  const mx = xs.reduce((a, b) => a + b, 0) / xs.length
  const my = ys.reduce((a, b) => a + b, 0) / ys.length
  let num = 0
  let den = 0
  xs.forEach((x, i) => {
    num += (x - mx) * (ys[i] - my)
    den += (x - mx) ** 2
  })
  return num / den
}

export async function shapeTable(ctx: BenchContext): Promise<BenchFigure[]> {
  const figures: BenchFigure[] = []
  const lines = ['shape | people | ties | restarts | analyzeNetwork ms | one Louvain pass ms | ratio | target ms | verdict']
  for (const shape of SHAPES) {
    const points: { x: number; y: number }[] = []
    const baselinePoints: { x: number; y: number }[] = []
    for (const people of SIZES) {
      const snapshot = generateShape(shape, people)
      const { analysis, louvain: baseline, restarts } = measure(snapshot, people >= 10_000 ? 3 : 5)
      const target = Math.max(budgetFor(people), 1.5 * baseline)
      points.push({ x: people, y: analysis })
      baselinePoints.push({ x: people, y: baseline })
      lines.push(
        [
          shape,
          people,
          snapshot.ties.length,
          restarts,
          analysis.toFixed(0),
          baseline.toFixed(0),
          (analysis / baseline).toFixed(2),
          target.toFixed(0),
          analysis <= target ? 'ok' : 'MISS',
        ].join(' | '),
      )
      figures.push({
        name: `analyzeNetwork, ${shape}, ${people} people / ${snapshot.ties.length} ties`,
        value: analysis,
        unit: 'ms',
        better: 'lower',
        baseline,
        ratio: analysis / baseline,
        target,
        targetFor: 'value',
        note: `baseline: one graphology Louvain pass; target max(${budgetFor(people)} ms, 1.5 × baseline); ${restarts} restarts`,
      })
      // Let the runner's other work (logging, timers) through between rows.
      await Promise.resolve()
    }
    if (points.length >= 2) {
      const exponent = growthExponent(points)
      // The baseline's own exponent says how much of the growth the machine (caches, GC) adds.
      const baselineExponent = growthExponent(baselinePoints)
      lines.push(`${shape}: growth exponent ${exponent.toFixed(2)} (one Louvain pass: ${baselineExponent.toFixed(2)})`)
      figures.push({
        name: `analyzeNetwork growth exponent, ${shape}`,
        value: exponent,
        unit: '',
        better: 'lower',
        target: MAX_EXPONENT,
        targetFor: 'value',
        note: `slope of ln(time) on ln(people), ${SIZES.join(', ')} people; one graphology Louvain pass: ${baselineExponent.toFixed(2)}`,
      })
    }
  }
  ctx.log(lines.join('\n'))
  return figures
}
