/**
 * The labelled region of each cluster: the convex hull (Andrew's monotone chain, via d3-polygon)
 * of its members, without its outliers so that one person tied far away does not stretch a region
 * over its neighbours. Outliers: members farther from the cluster's median point than
 * CORE_QUANTILE of the members are. The hull is then padded outwards by `padding` layout units.
 * Clusters above MAX_SAMPLE members are read from an evenly strided sample of MAX_SAMPLE of them
 * (deterministic), which keeps a 10,000-person network's regions to a few milliseconds.
 */
import { polygonCentroid, polygonHull } from 'd3-polygon'

export interface Region {
  cluster: number
  /** Padded hull, in layout coordinates; a circle approximated for one or two members. */
  points: [number, number][]
  /** Where the label goes: above the hull's top edge, centred on its centroid. */
  labelX: number
  labelY: number
  size: number
}

const CORE_QUANTILE = 0.9
const MAX_SAMPLE = 400

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.floor(sorted.length / 2)]
}

export function clusterRegions(xy: ArrayLike<number>, clusterOfNode: ArrayLike<number>, clusterCount: number, padding = 12): Region[] {
  const members: number[][] = Array.from({ length: clusterCount }, () => [])
  for (let i = 0; i < clusterOfNode.length; i++) members[clusterOfNode[i]]?.push(i)
  const regions: Region[] = []
  members.forEach((all, cluster) => {
    if (all.length === 0) return
    const stride = Math.ceil(all.length / MAX_SAMPLE)
    const list = stride === 1 ? all : all.filter((_, k) => k % stride === 0)
    const mx = median(list.map((i) => xy[2 * i]))
    const my = median(list.map((i) => xy[2 * i + 1]))
    const distances = list.map((i) => Math.hypot(xy[2 * i] - mx, xy[2 * i + 1] - my))
    const cut = [...distances].sort((a, b) => a - b)[Math.min(list.length - 1, Math.floor(CORE_QUANTILE * list.length))]
    const core: [number, number][] = list.filter((_, k) => distances[k] <= cut).map((i) => [xy[2 * i], xy[2 * i + 1]])
    const hull = core.length >= 3 ? polygonHull(core) : null
    const points = hull ? pad(hull, padding) : circle(core, padding)
    const [cx] = hull ? polygonCentroid(hull) : [mx]
    const top = Math.min(...points.map((p) => p[1]))
    regions.push({ cluster, points, labelX: cx, labelY: top - 4, size: all.length })
  })
  return regions
}

/** Moves each vertex `padding` away from the centroid (convex hulls stay convex). */
function pad(hull: [number, number][], padding: number): [number, number][] {
  const [cx, cy] = polygonCentroid(hull)
  return hull.map(([x, y]) => {
    const d = Math.hypot(x - cx, y - cy) || 1
    return [x + ((x - cx) / d) * padding, y + ((y - cy) / d) * padding]
  })
}

function circle(points: [number, number][], padding: number): [number, number][] {
  const cx = points.reduce((s, p) => s + p[0], 0) / points.length
  const cy = points.reduce((s, p) => s + p[1], 0) / points.length
  const r = padding + Math.max(0, ...points.map((p) => Math.hypot(p[0] - cx, p[1] - cy)))
  return Array.from({ length: 16 }, (_, k) => [cx + r * Math.cos((k / 16) * 2 * Math.PI), cy + r * Math.sin((k / 16) * 2 * Math.PI)] as [number, number])
}
