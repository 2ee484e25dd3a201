/**
 * Rules that turn a profile's stored fields into the categories every layer shows and measures
 * (analysis, consult and reach, the map, the people list, the CLI): each rule is written once here.
 *
 * - Effective age band: the band the user chose, else the band of the birth year in `year`, else
 *   unknown. A chosen band wins over the year because choosing one is how the user corrects it.
 * - Main value: the value the user named first. Values read back in the order they were entered
 *   (profile-codec.ts keeps an entry stamp per value), so it is `values[0]`.
 * - Main value group: the Schwartz higher-order group of the main value.
 */
import { ageBandOf, SCHWARTZ_VALUES, type AgeBandId, type SchwartzGroupId, type SchwartzValueId } from './taxonomy'
import type { Profile } from './types'

/** The person's age band as of the calendar year `year`, or null when neither band nor year is known. */
export function effectiveAgeBand(profile: Pick<Profile, 'ageBand' | 'birthYear'>, year: number): AgeBandId | null {
  return profile.ageBand ?? (profile.birthYear === null ? null : ageBandOf(profile.birthYear, year))
}

const GROUP_OF_VALUE = new Map<string, SchwartzGroupId>(SCHWARTZ_VALUES.map((value) => [value.id, value.group]))

/** The higher-order group a Schwartz value belongs to (undefined for an id that is not a value). */
export function valueGroupOf(value: string): SchwartzGroupId | undefined {
  return GROUP_OF_VALUE.get(value)
}

/** The value named first, or null without values. */
export function mainValueOf(profile: { values: readonly SchwartzValueId[] }): SchwartzValueId | null {
  return profile.values[0] ?? null
}

/** The higher-order group of the main value, or null without values. */
export function mainValueGroupOf(profile: { values: readonly SchwartzValueId[] }): SchwartzGroupId | null {
  const main = mainValueOf(profile)
  return main === null ? null : (GROUP_OF_VALUE.get(main) ?? null)
}
