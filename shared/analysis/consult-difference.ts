/**
 * How different a person is from me and from the advisors I already ask, on the essay's
 * dimensions: gender, age band, main value group (the group of the value named first, as on the
 * map: shared/graph's `mainValueGroupOf`) and field (ISIC industry).
 * Categories are read with dimensions.ts's `singleCategory`, as the diversity analysis reads them.
 *
 *   from me        the share of dimensions known for both of us on which we differ
 *   from advisors  the mean, over the person's known dimensions, of the share of the other advisors
 *                  (known on that dimension) who are in another category
 *
 * Nothing known to compare: 0.5, neither near nor far. A trait is "unlike the advisors" when at
 * most UNLIKE_SHARE of at least MIN_ADVISORS other advisors share it.
 */
import type { Profile } from '../graph'
import { mainValueGroupOf } from '../graph'
import { singleCategory } from './dimensions'

export const DIFFERENCE_DIMENSIONS = ['gender', 'age-band', 'value-group', 'industry'] as const
export type DifferenceDimension = (typeof DIFFERENCE_DIMENSIONS)[number]
export const UNLIKE_SHARE = 0.25
export const MIN_ADVISORS = 2

export interface Trait {
  dimension: DifferenceDimension
  category: string
}

/** A profile's category on each difference dimension, null when unknown. */
export function traitsOf(profile: Profile, year: number): (string | null)[] {
  return [singleCategory(profile, 'gender', year), singleCategory(profile, 'age-band', year), mainValueGroupOf(profile), profile.industry]
}

export interface Difference {
  score: number
  /** The traits behind the difference, in DIFFERENCE_DIMENSIONS order. */
  traits: Trait[]
}

export function differenceFromMe(person: readonly (string | null)[], me: readonly (string | null)[]): Difference {
  let known = 0
  let differ = 0
  const traits: Trait[] = []
  DIFFERENCE_DIMENSIONS.forEach((dimension, d) => {
    const mine = me[d]
    const theirs = person[d]
    if (mine === null || theirs === null) return
    known++
    if (mine !== theirs) {
      differ++
      traits.push({ dimension, category: theirs })
    }
  })
  return { score: known === 0 ? 0.5 : differ / known, traits }
}

/**
 * Counts of advisors per dimension and category, so each candidate is compared with the advisors
 * in O(dimensions) rather than O(advisors); `self` is the candidate's own traits when the
 * candidate is an advisor (left out of "the other advisors").
 */
export interface AdvisorCounts {
  known: number[]
  byCategory: Map<string, number>[]
}

export function countAdvisorTraits(advisors: readonly (readonly (string | null)[])[]): AdvisorCounts {
  const known = DIFFERENCE_DIMENSIONS.map(() => 0)
  const byCategory = DIFFERENCE_DIMENSIONS.map(() => new Map<string, number>())
  for (const traits of advisors) {
    traits.forEach((category, d) => {
      if (category === null) return
      known[d]++
      byCategory[d].set(category, (byCategory[d].get(category) ?? 0) + 1)
    })
  }
  return { known, byCategory }
}

export function differenceFromAdvisors(person: readonly (string | null)[], counts: AdvisorCounts, isAdvisor: boolean): Difference {
  let sum = 0
  let dimensions = 0
  const traits: Trait[] = []
  DIFFERENCE_DIMENSIONS.forEach((dimension, d) => {
    const category = person[d]
    if (category === null) return
    const self = isAdvisor ? 1 : 0
    const others = counts.known[d] - self
    if (others <= 0) return
    const alike = (counts.byCategory[d].get(category) ?? 0) - self
    sum += 1 - alike / others
    dimensions++
    if (others >= MIN_ADVISORS && alike / others <= UNLIKE_SHARE) traits.push({ dimension, category })
  })
  return { score: dimensions === 0 ? 0.5 : sum / dimensions, traits }
}
