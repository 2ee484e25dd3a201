/**
 * Baseline page: the naive way, i.e. the d3 gallery's force-directed graph. d3-force runs on the
 * UI thread, every tick rewrites the attributes of one SVG <line> per tie and one <circle> per
 * person, and zoom sets a transform on the group. Same synthetic graph, same measurements. The
 * simulation is stopped after CAP_MS (it would otherwise take minutes at this size).
 */
import { forceCenter, forceLink, forceManyBody, forceSimulation } from 'd3-force'
import type { SimulationLinkDatum, SimulationNodeDatum } from 'd3-force'
import { select } from 'd3-selection'
import { createSeededRandom } from '../../../shared/analysis/seeded-random'
import { syntheticNetwork } from './network-graph'
import { commonFigures, longTasksBetween, nextFrame, panAndZoom, watchLongTasks } from './network-measure'
import type { NetworkBenchResult } from './network-measure'

const CAP_MS = 15_000

interface Node extends SimulationNodeDatum {
  id: string
}

async function run(peopleCount: number, tieCount: number): Promise<NetworkBenchResult> {
  const { people, ties } = syntheticNetwork(peopleCount, tieCount)
  const width = 1200
  const height = 800
  const svg = select(document.getElementById('network') as unknown as SVGSVGElement)
  await nextFrame()
  const longTasks = watchLongTasks()
  const start = performance.now()
  let longestHandlerMs = 0
  const nodes: Node[] = people.map((person) => ({ id: person.id }))
  const links: SimulationLinkDatum<Node>[] = ties.map((tie) => ({ source: tie.a, target: tie.b }))
  const group = svg.append('g')
  const line = group.append('g').attr('stroke', '#999').attr('stroke-opacity', 0.3).selectAll('line').data(links).join('line')
  const circle = group.append('g').attr('fill', '#0072b2').selectAll('circle').data(nodes).join('circle').attr('r', 3)
  let firstDrawnMs = 0
  let ticks = 0
  const simulation = forceSimulation(nodes)
    .randomSource(createSeededRandom(1))
    .force(
      'link',
      forceLink<Node, SimulationLinkDatum<Node>>(links).id((node) => node.id),
    )
    .force('charge', forceManyBody())
    .force('center', forceCenter(0, 0))
  const done = new Promise<void>((resolve) => {
    simulation.on('tick', () => {
      const t = performance.now()
      line
        .attr('x1', (d) => (d.source as Node).x!)
        .attr('y1', (d) => (d.source as Node).y!)
        .attr('x2', (d) => (d.target as Node).x!)
        .attr('y2', (d) => (d.target as Node).y!)
      circle.attr('cx', (d) => d.x!).attr('cy', (d) => d.y!)
      longestHandlerMs = Math.max(longestHandlerMs, performance.now() - t)
      if (ticks++ === 0) void nextFrame().then(() => (firstDrawnMs = performance.now() - start))
      if (performance.now() - start > CAP_MS) {
        simulation.stop()
        resolve()
      }
    })
    simulation.on('end', () => resolve())
  })
  await done
  const settledMs = performance.now() - start
  const tasks = await longTasksBetween(longTasks, start, start + settledMs)
  const base = { k: 0.5, x: width / 2, y: height / 2 }
  const panZoom = await panAndZoom(base, width, height, (t) => group.attr('transform', `translate(${t.x},${t.y}) scale(${t.k})`))
  return {
    ...commonFigures({ people: peopleCount, ties: tieCount, firstDrawnMs, settledMs, tasks, longestHandlerMs, panZoom }),
    capped: ticks < 300 && settledMs >= CAP_MS,
  }
}

;(window as unknown as { __networkBench: { run: typeof run } }).__networkBench = { run }
