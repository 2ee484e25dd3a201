/**
 * Every person's categories, read once and coded as small integers, so that profiling the
 * advisors, the whole network and each community is counting into typed arrays instead of
 * re-reading (and re-allocating) each profile per group.
 *
 * Single-valued dimensions: one code per person, −1 when missing. Codes 0..k−1 are the taxonomy's
 * categories in taxonomy order; a value outside the taxonomy (an old or custom id) gets a code
 * after them, so it still counts as its own category, exactly as `measureDiversity` counts it.
 *
 * Values: people hold a small set of Schwartz values, and a network holds few distinct sets, so
 * each person points to one entry of a table of distinct value sets, sorted by a canonical key.
 * A group's fractional counts and circumplex vector are then sums over that table in its fixed
 * order, weighted by how many members hold each set: the result depends on the group's members,
 * never on their order or their ids (tests/property/analysis-invariance.test.ts).
 */
import type { Profile } from '../graph'
import { categoriesOf, SINGLE_DIMENSIONS, setCategories, singleCategory, valueAngle } from './dimensions'
import type { SetDimensionId, SingleDimensionId } from './dimensions'

export interface CodedDimension {
  /** Category ids by code: the taxonomy's first, then any others met in the data. */
  categories: string[]
  /** The taxonomy's number of categories k. */
  k: number
}

export interface ValueSet {
  /** Codes into `values.categories` and `valueGroups.categories`, distinct. */
  valueCodes: number[]
  groupCodes: number[]
  /** The set's unit-weight circumplex vector (as in measureCircumplexSpread); null without angles. */
  vector: [number, number] | null
}

export interface PersonTable {
  size: number
  single: Record<SingleDimensionId, { codes: Int32Array } & CodedDimension>
  values: CodedDimension
  valueGroups: CodedDimension
  /** Index into `valueSets` per person; −1 when the person has no values. */
  valueSetOf: Int32Array
  valueSets: ValueSet[]
  /** Birth year per person, NaN when unknown. */
  birthYears: Float64Array
}

function codedDimension(taxonomy: string[]): CodedDimension & { codeOf: Map<string, number> } {
  return { categories: [...taxonomy], k: taxonomy.length, codeOf: new Map(taxonomy.map((id, code) => [id, code])) }
}

function codeFor(dimension: CodedDimension & { codeOf: Map<string, number> }, category: string): number {
  let code = dimension.codeOf.get(category)
  if (code === undefined) {
    code = dimension.categories.length
    dimension.categories.push(category)
    dimension.codeOf.set(category, code)
  }
  return code
}

/** Reads every person's categories as of `year`; `genders` sets the gender taxonomy. */
export function buildPersonTable(people: readonly Profile[], year: number, genders: readonly { id: string }[]): PersonTable {
  const n = people.length
  const single = {} as PersonTable['single']
  for (const dimension of SINGLE_DIMENSIONS) {
    const coded = codedDimension(categoriesOf(dimension, genders))
    const codes = new Int32Array(n)
    for (let i = 0; i < n; i++) {
      const category = singleCategory(people[i], dimension, year)
      codes[i] = category === null ? -1 : codeFor(coded, category)
    }
    single[dimension] = { codes, categories: coded.categories, k: coded.k }
  }
  const values = codedDimension(categoriesOf('values', genders))
  const valueGroups = codedDimension(categoriesOf('value-group', genders))
  // Most people share a value list with someone else, so each distinct list as written is read
  // once; lists that differ only in order or repeats land on the same canonical set.
  const listKeyOf: string[] = new Array<string>(n)
  const setKeyOfList = new Map<string, string>()
  const distinct = new Map<string, readonly string[]>()
  for (let i = 0; i < n; i++) {
    const listKey = people[i].values.join('\u0000')
    listKeyOf[i] = listKey
    if (setKeyOfList.has(listKey)) continue
    const set = setCategories(people[i], 'values')
    const key = set.join('\u0000')
    setKeyOfList.set(listKey, key)
    if (set.length > 0 && !distinct.has(key)) distinct.set(key, set)
  }
  // Canonical order of the table, so group sums run in the same order whoever is in the data.
  const keys = [...distinct.keys()].sort()
  const indexOfKey = new Map(keys.map((key, index) => [key, index]))
  const valueSets = keys.map((key): ValueSet => {
    const set = distinct.get(key)!
    const groups = setCategories({ values: [...set] }, 'value-group')
    return { valueCodes: set.map((value) => codeFor(values, value)), groupCodes: groups.map((group) => codeFor(valueGroups, group)), vector: unitVector(set) }
  })
  const valueSetOf = new Int32Array(n)
  const birthYears = new Float64Array(n)
  for (let i = 0; i < n; i++) {
    valueSetOf[i] = indexOfKey.get(setKeyOfList.get(listKeyOf[i])!) ?? -1
    birthYears[i] = people[i].birthYear ?? Number.NaN
  }
  return {
    size: n,
    single,
    values: { categories: values.categories, k: values.k },
    valueGroups: { categories: valueGroups.categories, k: valueGroups.k },
    valueSetOf,
    valueSets,
    birthYears,
  }
}

/** One person's circumplex vector, computed as measureCircumplexSpread does for one set. */
function unitVector(set: readonly string[]): [number, number] | null {
  const angles = set.map(valueAngle).filter((angle): angle is number => angle !== undefined)
  if (angles.length === 0) return null
  let vx = 0
  let vy = 0
  for (const angle of angles.sort((a, b) => a - b)) {
    vx += Math.cos((angle * Math.PI) / 180) / angles.length
    vy += Math.sin((angle * Math.PI) / 180) / angles.length
  }
  return [vx, vy]
}

/** The categories of person `i` on `dimension`, as ids (empty when unknown). */
export function tableCategories(table: PersonTable, i: number, dimension: SingleDimensionId | SetDimensionId): string[] {
  if (dimension === 'values' || dimension === 'value-group') {
    const set = table.valueSetOf[i]
    if (set < 0) return []
    const coded = dimension === 'values' ? table.values : table.valueGroups
    const codes = dimension === 'values' ? table.valueSets[set].valueCodes : table.valueSets[set].groupCodes
    return codes.map((code) => coded.categories[code])
  }
  const entry = table.single[dimension]
  const code = entry.codes[i]
  return code < 0 ? [] : [entry.categories[code]]
}
