/**
 * Echo chambers: tight circles that are dense, homogeneous and inward-looking at once (the
 * essay's "usual circle of close friends": いつもの仲良しメンバー), with how much of my advice comes
 * from them and the people who could widen them.
 *
 * Judged on each tight circle (tight-circles.ts: a Constant Potts Model community without the
 * people hanging on by one tie), with its own members, never on the map's modularity community,
 * which on a large network merges a circle with everyone loosely attached to it. A circle is
 * flagged when all three hold:
 * - dense: tie density 2L / (n (n − 1)) ≥ DENSE_MIN_DENSITY;
 * - homogeneous: IQV ≤ HOMOGENEOUS_MAX_IQV on at least MIN_HOMOGENEOUS_DIMENSIONS dimensions
 *   (IQV as in diversity.ts, only dimensions known for ≥ MIN_KNOWN_SHARE of the members count);
 * - inward-looking: Krackhardt-Stern group E-I ≤ INWARD_MAX_EI (homophily.ts).
 * Bridges: see bridges.ts.
 */
import type { Person } from '../graph'
import type { Bridge } from './bridges'
import type { CompactGraph } from './compact-graph'
import type { DimensionId } from './dimensions'
import { categoriesOfProfile } from './dimensions'
import type { GroupEI } from './homophily'
import { groupEIFromCounts } from './homophily'
import type { GroupProfile } from './group-profile'

/** Small groups are dense and uniform by chance; four is the smallest "circle" worth naming. */
export const MIN_COMMUNITY_SIZE = 4
/** A third of all possible ties present: far above personal networks' overall density (~0.05). */
export const DENSE_MIN_DENSITY = 0.3
/** IQV 0.5 ≈ two equally common categories out of ten or more: already a narrow range. */
export const HOMOGENEOUS_MAX_IQV = 0.5
/** One uniform dimension may be the reason the group exists (a family, a team); two is a pattern. */
export const MIN_HOMOGENEOUS_DIMENSIONS = 2
/** Three in four of the group's ties stay inside ("well below zero"). */
export const INWARD_MAX_EI = -0.5
/** A dimension unknown for most members cannot show homogeneity. */
export const MIN_KNOWN_SHARE = 0.5

export interface HomogeneousDimension {
  dimension: DimensionId
  iqv: number
  dominantCategory: string
  /** Share of members (with a known value) in the dominant category. */
  dominantShare: number
}

export interface EchoChamberReason {
  density: number
  homogeneous: HomogeneousDimension[]
  groupEi: number
  rescaledGroupEi: number | null
  advisorShare: number | null
  consultationShare: number | null
}

export interface EchoChamber {
  /** The map community (report.communities) holding most of the members. */
  community: number
  /** The tight circle's number, unique per chamber: 0 for the largest circle in the network. */
  circle: number
  memberIds: string[]
  /** Why it is a chamber, as numbers and dimension ids: the app and the command line word it. */
  reason: EchoChamberReason
  bridges: Bridge[]
}

export interface CommunityFacts {
  index: number
  memberIds: string[]
  density: number
  groupEi: GroupEI
  profile: GroupProfile
}

/** Density and group E-I of each community, from the canonical labels over the compact graph. */
export function communityTieCounts(graph: CompactGraph, labels: Int32Array, count: number): { internal: number[]; external: number[] } {
  const internal = new Array<number>(count).fill(0)
  const external = new Array<number>(count).fill(0)
  for (let i = 0; i < labels.length; i++) {
    for (let e = graph.offsets[i]; e < graph.offsets[i + 1]; e++) {
      const j = graph.targets[e]
      if (j <= i) continue
      if (labels[i] === labels[j]) internal[labels[i]]++
      else {
        external[labels[i]]++
        external[labels[j]]++
      }
    }
  }
  return { internal, external }
}

export function communityFacts(index: number, memberIds: string[], internal: number, external: number, networkSize: number, profile: GroupProfile): CommunityFacts {
  const n = memberIds.length
  return {
    index,
    memberIds,
    density: n > 1 ? (2 * internal) / (n * (n - 1)) : 0,
    groupEi: groupEIFromCounts(n, external, internal, networkSize),
    profile,
  }
}

export interface EchoChamberInput {
  /** The tight circle's facts; `index` is the circle's number. */
  circle: CommunityFacts
  /** The map community holding most of the members. */
  community: number
  members: Person[]
  advisorIds: ReadonlySet<string>
  /** How many 'consulted-them' interactions there are, and the numbers of those naming each person. */
  consultationCount: number
  consultationsOf: ReadonlyMap<string, readonly number[]>
  year: number
  /** The bridges, asked for only when the circle is flagged. */
  bridges: (homogeneous: HomogeneousDimension[]) => Bridge[]
}

export function findHomogeneousDimensions(members: readonly Person[], profile: GroupProfile, year: number): HomogeneousDimension[] {
  const result: HomogeneousDimension[] = []
  for (const [dimension, diversity] of Object.entries(profile.diversity) as [DimensionId, GroupProfile['diversity'][DimensionId]][]) {
    if (dimension === 'values') continue // value-group carries the same signal at the circle's scale
    if (diversity.n < MIN_KNOWN_SHARE * members.length || diversity.n === 0 || diversity.iqv > HOMOGENEOUS_MAX_IQV) continue
    const counts = new Map<string, number>()
    for (const person of members) {
      const categories = categoriesOfProfile(person, dimension, year)
      for (const category of categories) counts.set(category, (counts.get(category) ?? 0) + 1 / categories.length)
    }
    const [dominantCategory, weight] = [...counts.entries()].sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : 1))[0]
    result.push({ dimension, iqv: diversity.iqv, dominantCategory, dominantShare: weight / diversity.n })
  }
  return result
}

/** The echo-chamber verdict for one tight circle, or null when it is not one. */
export function assessEchoChamber(input: EchoChamberInput): EchoChamber | null {
  const { circle, members } = input
  const ei = circle.groupEi.ei
  if (members.length < MIN_COMMUNITY_SIZE || circle.density < DENSE_MIN_DENSITY || ei === null || ei > INWARD_MAX_EI) return null
  const homogeneous = findHomogeneousDimensions(members, circle.profile, input.year)
  if (homogeneous.length < MIN_HOMOGENEOUS_DIMENSIONS) return null
  // Read from the members' side, so a circle costs its members, not every advisor or consultation.
  const advisorsInside = circle.memberIds.filter((id) => input.advisorIds.has(id)).length
  const consultationsInside = new Set(circle.memberIds.flatMap((id) => input.consultationsOf.get(id) ?? [])).size
  const reason: EchoChamberReason = {
    density: circle.density,
    homogeneous,
    groupEi: ei,
    rescaledGroupEi: circle.groupEi.rescaledEi,
    advisorShare: input.advisorIds.size > 0 ? advisorsInside / input.advisorIds.size : null,
    consultationShare: input.consultationCount > 0 ? consultationsInside / input.consultationCount : null,
  }
  return {
    community: input.community,
    circle: circle.index,
    memberIds: circle.memberIds,
    reason,
    bridges: input.bridges(homogeneous),
  }
}
