/**
 * Words for the review: category labels from the taxonomies (in the UI language), names for
 * person ids, numbers and shares formatted for the language, and plain-language readings of the
 * indices. Pure, so the view components stay thin.
 */
import { languageOfLocale, type Language } from '../../../shared/i18n'
import type { DimensionId } from '../../../shared/analysis'
import { AGE_BANDS, ISCO_MAJOR_GROUPS, ISIC_SECTIONS, SCHWARTZ_GROUPS, SCHWARTZ_VALUES } from '../../../shared/graph'
import type { Label } from '../../../shared/graph'

/** IQV below this reads "narrow", at or above WIDE_IQV "wide" (the echo-chamber test uses 0.5). */
export const NARROW_IQV = 0.5
export const WIDE_IQV = 0.8
/** Mean resultant length above which a group's values sit on one side of Schwartz's circle. */
export const CONCENTRATED_VALUES = 0.5

export function uiLanguage(language: string | undefined): Language {
  return languageOfLocale(language)
}

const TAXONOMIES: Record<Exclude<DimensionId, 'gender'>, readonly { id: string; label: Label }[]> = {
  'age-band': AGE_BANDS,
  occupation: ISCO_MAJOR_GROUPS,
  industry: ISIC_SECTIONS,
  values: SCHWARTZ_VALUES,
  'value-group': SCHWARTZ_GROUPS,
}

/** The label of a category in the UI language; unknown ids are shown as they are. */
export function categoryLabel(dimension: DimensionId, id: string, language: Language, genders: readonly { id: string; label: Label }[]): string {
  const list = dimension === 'gender' ? genders : TAXONOMIES[dimension]
  return list.find((entry) => entry.id === id)?.label[language] ?? id
}

export function percent(value: number, language: Language): string {
  return new Intl.NumberFormat(language, { style: 'percent', maximumFractionDigits: 0 }).format(value)
}

export function decimal(value: number, language: Language, digits = 2): string {
  return new Intl.NumberFormat(language, { minimumFractionDigits: digits, maximumFractionDigits: digits }).format(value)
}

export function integer(value: number, language: Language): string {
  return new Intl.NumberFormat(language, { maximumFractionDigits: 0 }).format(value)
}

export type DiversityReading = 'readingNone' | 'readingNarrow' | 'readingSome' | 'readingWide'

/** The i18n key (under `review.`) of the plain reading of an IQV over `n` known members. */
export function diversityReading(n: number, iqv: number): DiversityReading {
  if (n === 0) return 'readingNone'
  return iqv < NARROW_IQV ? 'readingNarrow' : iqv < WIDE_IQV ? 'readingSome' : 'readingWide'
}

/** A name lookup that falls back to the id (the report may be one edit behind the graph). */
export function nameLookup(people: readonly { id: string; name: string }[]): (id: string) => string {
  const names = new Map(people.map((person) => [person.id, person.name]))
  return (id) => names.get(id) ?? id
}
