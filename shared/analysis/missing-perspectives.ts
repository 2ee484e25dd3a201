/**
 * Missing perspectives: categories absent or nearly absent among my advisors, on the dimensions
 * the essay names (gender, age, values) plus occupation and industry, each with people already in
 * my network who could fill it.
 *
 * A category is "absent" at share 0 and "nearly absent" below NEARLY_ABSENT_SHARE of the advisors
 * whose value is known. Only categories someone in my network can fill are reported: the point is
 * whom to ask next, not a list of every industry in ISIC. Ranked absent before nearly absent, then
 * by share, then by how many people could fill it; candidates ranked by how much we already
 * interact, then by number of ties (better connected people are easier to reach).
 */
import type { Person } from '../graph/types'
import type { DimensionId } from './dimensions'
import { categoriesOf, categoriesOfProfile } from './dimensions'

/** One advisor in ten: fewer than that and the perspective is effectively missing. */
export const NEARLY_ABSENT_SHARE = 0.1
export const MAX_CANDIDATES = 3
/** Dimensions checked; `values` is left to `value-group`, which the essay's "values" means here. */
export const PERSPECTIVE_DIMENSIONS: readonly DimensionId[] = ['gender', 'age-band', 'occupation', 'industry', 'value-group']

export interface MissingPerspective {
  dimension: DimensionId
  category: string
  /** Share among advisors with a known value on this dimension. */
  advisorShare: number
  status: 'absent' | 'nearly-absent'
  /** People who are not advisors and are in this category, best first. */
  candidateIds: string[]
  candidateCount: number
}

export interface MissingPerspectiveInput {
  advisors: readonly Person[]
  others: readonly Person[]
  year: number
  genders: readonly { id: string }[]
  interactionCount: (personId: string) => number
  degree: (personId: string) => number
}

export function findMissingPerspectives(input: MissingPerspectiveInput): MissingPerspective[] {
  if (input.advisors.length === 0) return []
  const result: MissingPerspective[] = []
  for (const dimension of PERSPECTIVE_DIMENSIONS) {
    const weights = new Map<string, number>()
    let known = 0
    for (const advisor of input.advisors) {
      const categories = categoriesOfProfile(advisor, dimension, input.year)
      if (categories.length === 0) continue
      known++
      for (const category of categories) weights.set(category, (weights.get(category) ?? 0) + 1 / categories.length)
    }
    if (known === 0) continue
    for (const category of categoriesOf(dimension, input.genders)) {
      const share = (weights.get(category) ?? 0) / known
      if (share >= NEARLY_ABSENT_SHARE) continue
      const candidates = input.others
        .filter((person) => categoriesOfProfile(person, dimension, input.year).includes(category))
        .sort(
          (x, y) =>
            input.interactionCount(y.id) - input.interactionCount(x.id) ||
            input.degree(y.id) - input.degree(x.id) ||
            (x.id < y.id ? -1 : 1),
        )
      if (candidates.length === 0) continue
      result.push({
        dimension,
        category,
        advisorShare: share,
        status: share === 0 ? 'absent' : 'nearly-absent',
        candidateIds: candidates.slice(0, MAX_CANDIDATES).map((person) => person.id),
        candidateCount: candidates.length,
      })
    }
  }
  return result.sort(
    (x, y) =>
      Number(x.status === 'nearly-absent') - Number(y.status === 'nearly-absent') ||
      x.advisorShare - y.advisorShare ||
      y.candidateCount - x.candidateCount ||
      PERSPECTIVE_DIMENSIONS.indexOf(x.dimension) - PERSPECTIVE_DIMENSIONS.indexOf(y.dimension) ||
      (x.category < y.category ? -1 : 1),
  )
}
