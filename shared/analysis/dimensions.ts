/**
 * The dimensions the essay asks about (gender, age, values) plus occupation and industry, read
 * from a profile as plain categories, with each dimension's taxonomy size k.
 *
 * Age band: the person's `ageBand` when set, else derived from `birthYear` as of the analysis
 * year. Values: a set of Schwartz values; `value-group` maps each to its higher-order group.
 */
import type { Profile } from '../graph'
import { AGE_BANDS, ISCO_MAJOR_GROUPS, ISIC_SECTIONS, SCHWARTZ_GROUPS, SCHWARTZ_VALUES, effectiveAgeBand } from '../graph'

export type SingleDimensionId = 'gender' | 'age-band' | 'occupation' | 'industry'
export type SetDimensionId = 'values' | 'value-group'
export type DimensionId = SingleDimensionId | SetDimensionId

export const SINGLE_DIMENSIONS: readonly SingleDimensionId[] = ['gender', 'age-band', 'occupation', 'industry']
export const SET_DIMENSIONS: readonly SetDimensionId[] = ['values', 'value-group']
export const DIMENSIONS: readonly DimensionId[] = [...SINGLE_DIMENSIONS, ...SET_DIMENSIONS]

const GROUP_OF_VALUE = new Map<string, string>(SCHWARTZ_VALUES.map((value) => [value.id, value.group]))
const ANGLE_OF_VALUE = new Map<string, number>(SCHWARTZ_VALUES.map((value) => [value.id, value.angle]))

export function valueAngle(value: string): number | undefined {
  return ANGLE_OF_VALUE.get(value)
}

/** Every category id of a dimension, in taxonomy order. */
export function categoriesOf(dimension: DimensionId, genders: readonly { id: string }[]): string[] {
  switch (dimension) {
    case 'gender':
      return genders.map((gender) => gender.id)
    case 'age-band':
      return AGE_BANDS.map((band) => band.id)
    case 'occupation':
      return ISCO_MAJOR_GROUPS.map((group) => group.id)
    case 'industry':
      return ISIC_SECTIONS.map((section) => section.id)
    case 'values':
      return SCHWARTZ_VALUES.map((value) => value.id)
    case 'value-group':
      return SCHWARTZ_GROUPS.map((group) => group.id)
  }
}

/** A profile's category on a single-valued dimension, or null when unknown. */
export function singleCategory(profile: Profile, dimension: SingleDimensionId, year: number): string | null {
  switch (dimension) {
    case 'gender':
      return profile.gender
    case 'age-band':
      return effectiveAgeBand(profile, year)
    case 'occupation':
      return profile.occupation?.major ?? null
    case 'industry':
      return profile.industry
  }
}

/** A profile's set of categories on a set-valued dimension (empty when unknown). */
export function setCategories(profile: { values: readonly string[] }, dimension: SetDimensionId): string[] {
  const values = [...new Set(profile.values)]
  if (dimension === 'values') return values.sort()
  return [...new Set(values.map((value) => GROUP_OF_VALUE.get(value)).filter((group) => group !== undefined))].sort()
}

/** All categories of a profile on any dimension, as a list (empty when unknown). */
export function categoriesOfProfile(profile: Profile, dimension: DimensionId, year: number): string[] {
  if (dimension === 'values' || dimension === 'value-group') return setCategories(profile, dimension)
  const category = singleCategory(profile, dimension, year)
  return category === null ? [] : [category]
}
