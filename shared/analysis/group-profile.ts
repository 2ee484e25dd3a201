/**
 * The diversity profile of a group of people on every dimension (see diversity.ts for formulas):
 * one place that turns people into the indices the report shows for advisors, the whole network
 * and each community.
 */
import type { Profile } from '../graph/types'
import { measureAgeSpread, measureCircumplexSpread, measureDiversity, measureMultiValuedDiversity } from './diversity'
import type { AgeSpread, CircumplexSpread, Diversity } from './diversity'
import { SET_DIMENSIONS, SINGLE_DIMENSIONS, categoriesOf, setCategories, singleCategory, valueAngle } from './dimensions'
import type { DimensionId } from './dimensions'

export interface GroupProfile {
  size: number
  diversity: Record<DimensionId, Diversity>
  ageSpread: AgeSpread
  circumplex: CircumplexSpread
}

export function profileGroup(people: readonly Profile[], year: number, genders: readonly { id: string }[]): GroupProfile {
  const diversity = {} as Record<DimensionId, Diversity>
  for (const dimension of SINGLE_DIMENSIONS) {
    const k = categoriesOf(dimension, genders).length
    diversity[dimension] = measureDiversity(people.map((person) => singleCategory(person, dimension, year)), k)
  }
  for (const dimension of SET_DIMENSIONS) {
    const k = categoriesOf(dimension, genders).length
    diversity[dimension] = measureMultiValuedDiversity(people.map((person) => setCategories(person, dimension)), k)
  }
  return {
    size: people.length,
    diversity,
    ageSpread: measureAgeSpread(people.map((person) => person.birthYear), year),
    circumplex: measureCircumplexSpread(people.map((person) => person.values), valueAngle),
  }
}
