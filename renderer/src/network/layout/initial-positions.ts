/**
 * Where each person starts before the forces run.
 *
 * Cold start: a seeded scatter inside the person's cluster disc (uniform over the disc: radius
 * r·√u, angle 2πv), so the very first frame already shows the regions.
 * Warm start (stability): a person seen before starts where they were; a new person starts at the
 * mean of their already-placed neighbours, else in their cluster disc, with a small seeded jitter
 * so two new people never coincide.
 */
import { createSeededRandom } from '../../../../shared/analysis'
import type { ClusterCentre } from './cluster-centres'

export type PreviousPositions = ReadonlyMap<string, readonly [number, number]>

export interface StartInput {
  ids: readonly string[]
  clusterOfNode: Int32Array
  centres: readonly ClusterCentre[]
  sources: Int32Array
  targets: Int32Array
  seed: number
  previous?: PreviousPositions | null
}

/** x, y interleaved: person i is at (xy[2i], xy[2i+1]); `known[i]` is 1 when warm-started. */
export function initialPositions(input: StartInput): { xy: Float64Array; known: Uint8Array } {
  const n = input.ids.length
  const random = createSeededRandom(input.seed)
  const xy = new Float64Array(2 * n)
  const known = new Uint8Array(n)
  const inDisc = (i: number): void => {
    const centre = input.centres[input.clusterOfNode[i]] ?? { x: 0, y: 0, radius: 50 }
    const r = centre.radius * Math.sqrt(random())
    const a = 2 * Math.PI * random()
    xy[2 * i] = centre.x + r * Math.cos(a)
    xy[2 * i + 1] = centre.y + r * Math.sin(a)
  }
  for (let i = 0; i < n; i++) {
    const seen = input.previous?.get(input.ids[i])
    if (seen) {
      xy[2 * i] = seen[0]
      xy[2 * i + 1] = seen[1]
      known[i] = 1
    } else {
      inDisc(i)
    }
  }
  if (!input.previous || input.previous.size === 0) return { xy, known }
  // New people: the mean of their known neighbours, when they have any.
  const sum = new Float64Array(2 * n)
  const count = new Uint32Array(n)
  for (let e = 0; e < input.sources.length; e++) {
    const s = input.sources[e]
    const t = input.targets[e]
    if (!known[s] && known[t]) {
      sum[2 * s] += xy[2 * t]
      sum[2 * s + 1] += xy[2 * t + 1]
      count[s]++
    }
    if (!known[t] && known[s]) {
      sum[2 * t] += xy[2 * s]
      sum[2 * t + 1] += xy[2 * s + 1]
      count[t]++
    }
  }
  for (let i = 0; i < n; i++) {
    if (known[i] || count[i] === 0) continue
    xy[2 * i] = sum[2 * i] / count[i] + (random() - 0.5) * 8
    xy[2 * i + 1] = sum[2 * i + 1] / count[i] + (random() - 0.5) * 8
  }
  return { xy, known }
}
