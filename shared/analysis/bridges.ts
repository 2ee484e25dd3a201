/**
 * Bridges out of an echo chamber: people outside the circle who differ from its dominant category
 * on most of its homogeneous dimensions and have a tie to someone I know (a possible introducer),
 * best first: differing on more dimensions, then reachable through a member, then by the strength
 * of that tie, then by id.
 *
 * Read from the coded PersonTable and the compact graph (no profile is re-read or allocated).
 * Cost per circle: its members' ties, then people outside it in the order of their strongest
 * tie (sorted once), until MAX_BRIDGES of them differ on every homogeneous dimension: nobody
 * later can beat those, so in a varied network a circle reads a handful of people, not all.
 */
import type { CompactGraph } from './compact-graph'
import type { DimensionId } from './dimensions'
import type { PersonTable } from './person-table'

export const MAX_BRIDGES = 5

export interface Bridge {
  personId: string
  /** Homogeneous dimensions on which this person differs from the dominant category. */
  differsOn: DimensionId[]
  /** Someone I know who is tied to this person: the introducer. */
  viaPersonId: string
  viaIsMember: boolean
}

interface Candidate {
  index: number
  differs: number
  via: number
  viaIsMember: boolean
  strength: number
}

/**
 * A bridge finder for one network. What does not depend on the circle is read once, on the
 * first call: each person's strongest tie (the introducer of anyone not tied to the circle). A
 * call then costs one pass of integer comparisons over the people and one over the members' ties.
 */
export function createBridgeFinder(
  graph: CompactGraph,
  ids: readonly string[],
  table: PersonTable,
): (members: Int32Array, inside: Uint8Array, homogeneous: readonly { dimension: DimensionId; dominantCategory: string }[]) => Bridge[] {
  const n = ids.length
  let strongest: Int32Array | null = null
  let strongestWeight: Float64Array | null = null
  // People with ties, by the weight of their strongest tie (heaviest first), then by index.
  let byStrength: Int32Array | null = null
  const memberVia = new Int32Array(n).fill(-1)
  const memberViaWeight = new Float64Array(n)
  return (members, inside, homogeneous) => {
    if (strongest === null || strongestWeight === null || byStrength === null) {
      strongest = new Int32Array(n).fill(-1)
      strongestWeight = new Float64Array(n)
      let tied = 0
      for (let i = 0; i < n; i++) {
        for (let e = graph.offsets[i]; e < graph.offsets[i + 1]; e++) {
          if (graph.weights[e] > strongestWeight[i] || (graph.weights[e] === strongestWeight[i] && graph.targets[e] < strongest[i])) {
            strongest[i] = graph.targets[e]
            strongestWeight[i] = graph.weights[e]
          }
        }
        if (strongest[i] >= 0) tied++
      }
      const weight = strongestWeight
      byStrength = new Int32Array(tied)
      for (let i = 0, k = 0; i < n; i++) if (strongest[i] >= 0) byStrength[k++] = i
      byStrength.sort((x, y) => weight[y] - weight[x] || x - y)
    }
    // Introducers among the members, for the people tied to the circle.
    const touched: number[] = []
    for (const m of members) {
      for (let e = graph.offsets[m]; e < graph.offsets[m + 1]; e++) {
        const j = graph.targets[e]
        if (inside[j]) continue
        const w = graph.weights[e]
        if (memberVia[j] < 0) touched.push(j)
        if (memberVia[j] < 0 || w > memberViaWeight[j] || (w === memberViaWeight[j] && m < memberVia[j])) {
          memberVia[j] = m
          memberViaWeight[j] = w
        }
      }
    }
    const tests = homogeneous.map((h) => differsOn(table, h.dimension, dominantCode(table, h.dimension, h.dominantCategory)))
    const need = Math.ceil(homogeneous.length / 2)
    const best: Candidate[] = []
    const offer = (i: number): number => {
      let differs = 0
      for (const test of tests) differs += Number(test(i))
      if (differs < need) return differs
      const viaIsMember = memberVia[i] >= 0
      const candidate: Candidate = {
        index: i,
        differs,
        via: viaIsMember ? memberVia[i] : strongest![i],
        viaIsMember,
        strength: viaIsMember ? memberViaWeight[i] : strongestWeight![i],
      }
      if (best.length === MAX_BRIDGES && !before(candidate, best[MAX_BRIDGES - 1])) return differs
      if (best.length === MAX_BRIDGES) best.pop()
      let at = best.length
      while (at > 0 && before(candidate, best[at - 1])) at--
      best.splice(at, 0, candidate)
      return differs
    }
    // People tied to a member, then the rest in `before`'s order among non-member introducers.
    for (const j of touched) offer(j)
    let differAll = 0
    for (const i of byStrength) {
      if (inside[i] || memberVia[i] >= 0) continue
      if (offer(i) === homogeneous.length && ++differAll === MAX_BRIDGES) break
    }
    for (const j of touched) memberVia[j] = -1
    return best.map((c) => ({
      personId: ids[c.index],
      differsOn: homogeneous.filter((_, k) => tests[k](c.index)).map((h) => h.dimension),
      viaPersonId: ids[c.via],
      viaIsMember: c.viaIsMember,
    }))
  }
}

/** How to tell, per person, whether they differ on one dimension. */
type Differs = (i: number) => boolean

/** Known on the dimension and outside the dominant category `dominant` (a code). */
function differsOn(table: PersonTable, dimension: DimensionId, dominant: number): Differs {
  if (dimension === 'values' || dimension === 'value-group') {
    // People share few distinct value sets: decide once per set.
    const differs = table.valueSets.map((set) => {
      const codes = dimension === 'values' ? set.valueCodes : set.groupCodes
      return codes.length > 0 && !codes.includes(dominant)
    })
    return (i) => table.valueSetOf[i] >= 0 && differs[table.valueSetOf[i]]
  }
  const codes = table.single[dimension].codes
  return (i) => codes[i] >= 0 && codes[i] !== dominant
}

function dominantCode(table: PersonTable, dimension: DimensionId, category: string): number {
  if (dimension === 'values') return table.values.categories.indexOf(category)
  if (dimension === 'value-group') return table.valueGroups.categories.indexOf(category)
  return table.single[dimension].categories.indexOf(category)
}

/** The bridge order; ids are sorted, so index order is id order. */
function before(x: Candidate, y: Candidate): boolean {
  if (x.differs !== y.differs) return x.differs > y.differs
  if (x.viaIsMember !== y.viaIsMember) return x.viaIsMember
  if (x.strength !== y.strength) return x.strength > y.strength
  return x.index < y.index
}
