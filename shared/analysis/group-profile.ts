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
import { ageSpreadOf, circumplexFromSum, diversityFromWeights, measureAgeSpread, measureCircumplexSpread, measureDiversity, measureMultiValuedDiversity } from './diversity'
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
    diversity[dimension] = measureDiversity(
      people.map((person) => singleCategory(person, dimension, year)),
      k,
    )
  }
  for (const dimension of SET_DIMENSIONS) {
    const k = categoriesOf(dimension, genders).length
    diversity[dimension] = measureMultiValuedDiversity(
      people.map((person) => setCategories(person, dimension)),
      k,
    )
  }
  return {
    size: people.length,
    diversity,
    ageSpread: measureAgeSpread(
      people.map((person) => person.birthYear),
      year,
    ),
    circumplex: measureCircumplexSpread(
      people.map((person) => person.values),
      valueAngle,
    ),
  }
}

/**
 * Counting space reused across the groups of one table: a network of thousands of small
 * communities (most people without ties are a community of one) must pay for each group's
 * members, never for the taxonomy's size or a fresh allocation per dimension.
 */
interface Scratch {
  /** Weight per category code, zero between calls. */
  counts: Float64Array
  touched: Int32Array
  /** Holders per value set, zero between calls. */
  holders: Int32Array
  sets: number[]
  ages: Float64Array
  /** Parts of one-person profiles, which depend on little: see `singletonProfile`. */
  singleDiversity: Map<number, Record<DimensionId, Diversity>>
  singleCircumplex: Map<number, CircumplexSpread>
  singleAge: Map<number, AgeSpread>
}

const scratchOfTable = new WeakMap<PersonTable, Scratch>()

function scratchFor(table: PersonTable): Scratch {
  let scratch = scratchOfTable.get(table)
  if (!scratch) {
    let codes = Math.max(table.values.categories.length, table.valueGroups.categories.length)
    for (const dimension of SINGLE_DIMENSIONS) codes = Math.max(codes, table.single[dimension].categories.length)
    scratch = {
      counts: new Float64Array(codes),
      touched: new Int32Array(codes),
      holders: new Int32Array(table.valueSets.length),
      sets: [],
      ages: new Float64Array(table.size),
      singleDiversity: new Map(),
      singleCircumplex: new Map(),
      singleAge: new Map(),
    }
    scratchOfTable.set(table, scratch)
  }
  return scratch
}

/** The indices from the weights at the `count` touched codes, which are reset to zero. */
function diversityOfTouched(scratch: Scratch, count: number, n: number, missing: number, k: number): Diversity {
  const weights = new Array<number>(count)
  for (let t = 0; t < count; t++) {
    const code = scratch.touched[t]
    weights[t] = scratch.counts[code]
    scratch.counts[code] = 0
  }
  return diversityFromWeights(weights, n, missing, k)
}

/** The profile of the people at `members` (indices into `table`), as `profileGroup` reads it. */
export function profileMembers(table: PersonTable, members: ArrayLike<number>, year: number): GroupProfile {
  const scratch = scratchFor(table)
  return members.length === 1 ? singletonProfile(table, members[0], year, scratch) : countProfile(table, members, year, scratch)
}

/**
 * A one-person group (most people without ties are a community of one): its indices depend only
 * on which single-valued dimensions are known, on the person's value set and on the age. Each
 * such part is computed once and shared by every one-person profile that has it, so ten thousand
 * people alone cost one object each, not ten. Shared parts are plain data that no reader changes.
 */
function singletonProfile(table: PersonTable, i: number, year: number, scratch: Scratch): GroupProfile {
  let counted: GroupProfile | null = null
  const count = (): GroupProfile => (counted ??= countProfile(table, [i], year, scratch))
  let known = 0
  for (let d = 0; d < SINGLE_DIMENSIONS.length; d++) if (table.single[SINGLE_DIMENSIONS[d]].codes[i] >= 0) known |= 1 << d
  const set = table.valueSetOf[i] + 1
  const diversityKey = known + set * (1 << SINGLE_DIMENSIONS.length)
  let diversity = scratch.singleDiversity.get(diversityKey)
  if (diversity === undefined) {
    diversity = count().diversity
    scratch.singleDiversity.set(diversityKey, diversity)
  }
  let circumplex = scratch.singleCircumplex.get(set)
  if (circumplex === undefined) {
    circumplex = count().circumplex
    scratch.singleCircumplex.set(set, circumplex)
  }
  const age = year - table.birthYears[i]
  let ageSpread = scratch.singleAge.get(age)
  if (ageSpread === undefined) {
    ageSpread = count().ageSpread
    scratch.singleAge.set(age, ageSpread)
  }
  return { size: 1, diversity, ageSpread, circumplex }
}

/** The profile by counting the members' codes. */
function countProfile(table: PersonTable, members: ArrayLike<number>, year: number, scratch: Scratch): GroupProfile {
  const size = members.length
  const { counts, touched, holders, sets, ages } = scratch
  const diversity = {} as Record<DimensionId, Diversity>
  for (const dimension of SINGLE_DIMENSIONS) {
    const { codes, k } = table.single[dimension]
    let missing = 0
    let touchedCount = 0
    for (let m = 0; m < size; m++) {
      const code = codes[members[m]]
      if (code < 0) missing++
      else if (counts[code]++ === 0) touched[touchedCount++] = code
    }
    diversity[dimension] = diversityOfTouched(scratch, touchedCount, size - missing, missing, k)
  }
  sets.length = 0
  let known = 0
  let withValues = 0
  for (let m = 0; m < size; m++) {
    const i = members[m]
    const set = table.valueSetOf[i]
    if (set >= 0) {
      if (holders[set]++ === 0) sets.push(set)
      withValues++
    }
    const birthYear = table.birthYears[i]
    if (!Number.isNaN(birthYear)) ages[known++] = year - birthYear
  }
  let x = 0
  let y = 0
  let withAngles = 0
  let withGroups = 0
  // In the table's canonical set order, whatever the members' order.
  sets.sort((a, b) => a - b)
  let valueCount = 0
  for (const s of sets) {
    const set = table.valueSets[s]
    const count = holders[s]
    for (const code of set.valueCodes) {
      if (counts[code] === 0) touched[valueCount++] = code
      counts[code] += count / set.valueCodes.length
    }
    if (set.vector) {
      x += count * set.vector[0]
      y += count * set.vector[1]
      withAngles += count
    }
  }
  diversity.values = diversityOfTouched(scratch, valueCount, withValues, size - withValues, table.values.k)
  let groupCount = 0
  for (const s of sets) {
    const set = table.valueSets[s]
    const count = holders[s]
    // A person whose values map to no group (unknown ids) is missing on the group dimension.
    if (set.groupCodes.length > 0) withGroups += count
    for (const code of set.groupCodes) {
      if (counts[code] === 0) touched[groupCount++] = code
      counts[code] += count / set.groupCodes.length
    }
    holders[s] = 0
  }
  diversity['value-group'] = diversityOfTouched(scratch, groupCount, withGroups, size - withGroups, table.valueGroups.k)
  return {
    size,
    diversity,
    ageSpread: ageSpreadOf(ages.subarray(0, known), size - known),
    circumplex: circumplexFromSum(x, y, withAngles, size - withAngles),
  }
}
