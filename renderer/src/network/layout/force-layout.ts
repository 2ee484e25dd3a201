/**
 * The network layout: d3-force (Bostock; velocity Verlet with Barnes-Hut many-body, Barnes & Hut
 * 1986) over people and ties, with me pinned at the origin and each person pulled towards the
 * region of their cluster (cluster-centres.ts).
 *
 * Deterministic: every random draw goes through the seeded LCG (`simulation.randomSource`), and
 * the starting positions are seeded (initial-positions.ts), so the same graph, clustering and
 * seed give the same positions, bit for bit, on every run.
 *
 * Stable: on a warm start (previous positions given, same clustering) the simulation starts cool
 * (alpha WARM_ALPHA instead of 1, i.e. annealing from the old picture); known people are pinned
 * where they were, except the newcomers' direct neighbours, which are only anchored there (so they
 * can make a little room). Adding one person moves a handful of others by a small amount instead
 * of reshuffling everything. A change of clustering reheats to alpha 1 so people travel to their new
 * regions, starting from where they are (an animated transition, not a new random picture).
 */
import { forceCollide, forceLink, forceManyBody, forceSimulation, forceX, forceY } from 'd3-force'
import type { Simulation, SimulationLinkDatum, SimulationNodeDatum } from 'd3-force'
import { createSeededRandom } from '../../../../shared/analysis'
import type { ClusterCentre } from './cluster-centres'
import { initialPositions } from './initial-positions'
import type { PreviousPositions } from './initial-positions'

export interface LayoutGraph {
  ids: readonly string[]
  /** Ties as node indices; `strengths[e]` is 1..3. */
  sources: Int32Array
  targets: Int32Array
  strengths: Uint8Array
  clusterOfNode: Int32Array
  centres: readonly ClusterCentre[]
}

export interface LayoutOptions {
  seed: number
  previous?: PreviousPositions | null
  /** True when the clustering changed since `previous`: reheat instead of annealing. */
  reheat?: boolean
}

/** Alpha a warm start begins at: enough to settle a newcomer, too little to reshuffle the rest. */
export const WARM_ALPHA = 0.12
/** Pull of a known person towards their previous position on a warm start. */
const ANCHOR_STRENGTH = 0.35
/** Pull of a person towards their cluster's centre. */
const CLUSTER_STRENGTH = 0.14
/**
 * A tie between two clusters pulls at this fraction of d3's default link strength: clustered by an
 * attribute (age, field, values), ties cross the regions everywhere, and at full strength they drag
 * the regions into each other. Weakened, the regions separate and the tie is still drawn.
 */
const CROSS_CLUSTER_LINK = 0.05
/** Above this many people, collision is skipped (it costs more than it shows when zoomed out). */
const COLLIDE_MAX_NODES = 3000

interface LayoutNode extends SimulationNodeDatum {
  index: number
  tx: number
  ty: number
  pull: number
}

export interface ForceLayout {
  /** Runs up to `count` ticks; returns true once the layout has settled. */
  tick(count: number): boolean
  /** Positions of people, x and y interleaved (me is always at the origin and not included). */
  positions(): Float64Array
  /** Ticks left until settled (an estimate for progress). */
  remainingTicks(): number
}

function ticksToSettle(alpha: number, alphaMin: number, decay: number): number {
  return Math.max(1, Math.ceil(Math.log(alphaMin / alpha) / Math.log(1 - decay)))
}

export function createForceLayout(graph: LayoutGraph, options: LayoutOptions): ForceLayout {
  const n = graph.ids.length
  const { xy, known } = initialPositions({ ...graph, seed: options.seed, previous: options.previous })
  const warm = !options.reheat && known.some((flag) => flag === 1)
  const nearNewcomer = new Uint8Array(n)
  for (let e = 0; e < graph.sources.length; e++) {
    if (!known[graph.sources[e]]) nearNewcomer[graph.targets[e]] = 1
    if (!known[graph.targets[e]]) nearNewcomer[graph.sources[e]] = 1
  }
  const nodes: LayoutNode[] = []
  for (let i = 0; i < n; i++) {
    const centre = graph.centres[graph.clusterOfNode[i]] ?? { x: 0, y: 0 }
    const anchored = warm && known[i] === 1
    const node: LayoutNode = {
      index: i,
      x: xy[2 * i],
      y: xy[2 * i + 1],
      tx: anchored ? xy[2 * i] : centre.x,
      ty: anchored ? xy[2 * i + 1] : centre.y,
      pull: anchored ? ANCHOR_STRENGTH : CLUSTER_STRENGTH,
    }
    if (anchored && !nearNewcomer[i]) {
      node.fx = node.x
      node.fy = node.y
    }
    nodes.push(node)
  }
  // Me: pinned at the origin, repelling people so the centre stays mine.
  nodes.push({ index: n, x: 0, y: 0, fx: 0, fy: 0, tx: 0, ty: 0, pull: 0 })
  const links: SimulationLinkDatum<LayoutNode>[] = []
  const distances: number[] = []
  const strengths: number[] = []
  const degree = new Uint32Array(n)
  for (let e = 0; e < graph.sources.length; e++) {
    degree[graph.sources[e]]++
    degree[graph.targets[e]]++
  }
  for (let e = 0; e < graph.sources.length; e++) {
    const s = graph.sources[e]
    const t = graph.targets[e]
    links.push({ source: s, target: t })
    // Strong ties sit closer: 3 -> 18, 2 -> 24, 1 -> 30 layout units.
    distances.push(36 - 6 * (graph.strengths[e] || 1))
    // d3-force's default strength, 1 / min(degree), weakened across clusters.
    const base = 1 / Math.max(1, Math.min(degree[s], degree[t]))
    strengths.push(graph.clusterOfNode[s] === graph.clusterOfNode[t] ? base : base * CROSS_CLUSTER_LINK)
  }
  const big = n > COLLIDE_MAX_NODES
  const alpha = warm ? WARM_ALPHA : 1
  const alphaMin = 0.001
  // Big graphs settle in about 120 ticks from alpha 1 instead of 300: they start clustered
  // (initial-positions.ts) and the regions hold them, so the long cooling tail changes little.
  const decay = 1 - Math.pow(alphaMin, 1 / (big ? 120 : 300))
  const simulation: Simulation<LayoutNode, SimulationLinkDatum<LayoutNode>> = forceSimulation<LayoutNode>()
    .randomSource(createSeededRandom(options.seed))
    .alpha(alpha)
    .alphaMin(alphaMin)
    .alphaDecay(decay)
    .nodes(nodes)
    .force(
      'link',
      forceLink<LayoutNode, SimulationLinkDatum<LayoutNode>>(links)
        .distance((_, e) => distances[e])
        .strength((_, e) => strengths[e]),
    )
    .force(
      'charge',
      forceManyBody<LayoutNode>()
        .strength(-28)
        .theta(big ? 1.2 : 0.9)
        .distanceMax(big ? 160 : 400),
    )
    .force(
      'x',
      forceX<LayoutNode>((node) => node.tx).strength((node) => node.pull),
    )
    .force(
      'y',
      forceY<LayoutNode>((node) => node.ty).strength((node) => node.pull),
    )
    .stop()
  if (!big) simulation.force('collide', forceCollide<LayoutNode>(5).iterations(1))
  let remaining = ticksToSettle(alpha, alphaMin, decay)

  return {
    tick(count) {
      const run = Math.min(count, remaining)
      if (run > 0) simulation.tick(run)
      remaining -= run
      return remaining <= 0
    },
    positions() {
      const out = new Float64Array(2 * n)
      for (let i = 0; i < n; i++) {
        out[2 * i] = nodes[i].x!
        out[2 * i + 1] = nodes[i].y!
      }
      return out
    },
    remainingTicks: () => remaining,
  }
}

/** Runs a layout to the end: what the tests and small graphs use. */
export function settleLayout(graph: LayoutGraph, options: LayoutOptions): Float64Array {
  const layout = createForceLayout(graph, options)
  while (!layout.tick(50));
  return layout.positions()
}
