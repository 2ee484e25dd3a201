/**
 * The diversity profile of a group of people on every dimension (see diversity.ts for formulas):
 * one place that turns people into the indices the report shows for advisors, the whole network
 * and each community.
 *
 * `profileMembers` computes the same indices from a PersonTable (person-table.ts) by counting
 * codes, which is what the analysis uses: on 10,000 people it profiles the network and every
 * community without allocating per person. Its fractional and circumplex sums run over the
 * table's canonical value-set order, so they do not depend on the members' order.
 */
import type { Profile } from '../graph'
import {
  ageSpreadOf,
  circumplexFromSum,
  diversityFromWeights,
  measureAgeSpread,
  measureCircumplexSpread,
  measureDiversity,
  measureMultiValuedDiversity,
} from './diversity'
import type { AgeSpread, CircumplexSpread, Diversity } from './diversity'
import { SET_DIMENSIONS, SINGLE_DIMENSIONS, categoriesOf, setCategories, singleCategory, valueAngle } from './dimensions'
import type { DimensionId } from './dimensions'
import type { PersonTable } from './person-table'

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

/** The profile of the people at `members` (indices into `table`), as `profileGroup` reads it. */
export function profileMembers(table: PersonTable, members: ArrayLike<number>, year: number): GroupProfile {
  const size = members.length
  const diversity = {} as Record<DimensionId, Diversity>
  for (const dimension of SINGLE_DIMENSIONS) {
    const { codes, categories, k } = table.single[dimension]
    const counts = new Float64Array(categories.length)
    let missing = 0
    for (let m = 0; m < size; m++) {
      const code = codes[members[m]]
      if (code < 0) missing++
      else counts[code]++
    }
    diversity[dimension] = diversityFromWeights(counts, size - missing, missing, k)
  }
  // Holders per value set, kept sparse: a group of a few people touches a few of the network's
  // sets, and a network of thousands of small communities must not pay for every set each time.
  const holders = new Map<number, number>()
  const ages = new Float64Array(size)
  let known = 0
  let withValues = 0
  for (let m = 0; m < size; m++) {
    const i = members[m]
    const set = table.valueSetOf[i]
    if (set >= 0) {
      holders.set(set, (holders.get(set) ?? 0) + 1)
      withValues++
    }
    const birthYear = table.birthYears[i]
    if (!Number.isNaN(birthYear)) ages[known++] = year - birthYear
  }
  const valueWeights = new Float64Array(table.values.categories.length)
  const groupWeights = new Float64Array(table.valueGroups.categories.length)
  let x = 0
  let y = 0
  let withAngles = 0
  // In the table's canonical set order, whatever the members' order.
  const sets = [...holders.keys()].sort((a, b) => a - b)
  for (const s of sets) {
    const set = table.valueSets[s]
    const count = holders.get(s)!
    for (const code of set.valueCodes) valueWeights[code] += count / set.valueCodes.length
    for (const code of set.groupCodes) groupWeights[code] += count / set.groupCodes.length
    if (set.vector) {
      x += count * set.vector[0]
      y += count * set.vector[1]
      withAngles += count
    }
  }
  diversity.values = diversityFromWeights(valueWeights, withValues, size - withValues, table.values.k)
  // A person whose values map to no group (unknown ids) is missing on the group dimension.
  let withGroups = 0
  for (const s of sets) if (table.valueSets[s].groupCodes.length > 0) withGroups += holders.get(s)!
  diversity['value-group'] = diversityFromWeights(groupWeights, withGroups, size - withGroups, table.valueGroups.k)
  return {
    size,
    diversity,
    ageSpread: ageSpreadOf(ages.subarray(0, known), size - known),
    circumplex: circumplexFromSum(x, y, withAngles, size - withAngles),
  }
}
