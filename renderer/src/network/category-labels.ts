/** Names of "cluster by" categories in the UI language (taxonomy labels; communities numbered). */
import type { Language } from '../../../shared/i18n'
import type { TFunction } from 'i18next'
import { AGE_BANDS, effectiveAgeBand, ISCO_MAJOR_GROUPS, ISIC_SECTIONS, SCHWARTZ_GROUPS, SCHWARTZ_VALUES } from '../../../shared/graph'
import type { Label } from '../../../shared/graph'
import type { Person } from '../../../shared/graph'
import { OTHER, UNKNOWN } from './layout/cluster-keys'
import type { ClusterBy } from './layout/cluster-keys'

const TAXONOMY: Record<Exclude<ClusterBy, 'community'>, Map<string, Label>> = {
  'age-band': new Map(AGE_BANDS.map((band) => [band.id, band.label])),
  occupation: new Map(ISCO_MAJOR_GROUPS.map((group) => [group.id, group.label])),
  industry: new Map(ISIC_SECTIONS.map((section) => [section.id, section.label])),
  'value-group': new Map(SCHWARTZ_GROUPS.map((group) => [group.id, group.label])),
}
const VALUE_LABELS = new Map(SCHWARTZ_VALUES.map((value) => [value.id, value.label]))

export function categoryLabel(by: ClusterBy, id: string, t: TFunction, language: Language): string {
  if (id === UNKNOWN) return t('network.notRecorded')
  if (id === OTHER) return t('insight.map.other')
  if (by === 'community') return t('network.community', { number: Number(id) + 1 })
  return TAXONOMY[by].get(id)?.[language] ?? id
}

/** One line per fact for the hover card and the focused-node announcement. */
export function describePerson(person: Person, t: TFunction, language: Language, year: number): { roles: string; field: string; age: string; values: string } {
  const occupation = person.occupation ? TAXONOMY.occupation.get(person.occupation.major)?.[language] : undefined
  const industry = person.industry ? TAXONOMY.industry.get(person.industry)?.[language] : undefined
  const band = effectiveAgeBand(person, year)
  const none = t('network.notRecorded')
  return {
    roles: person.roles.length > 0 ? person.roles.map((role) => t(`network.role.${role}`)).join(', ') : t('network.noRole'),
    field: [occupation, industry, ...person.fieldTags].filter(Boolean).join(' · ') || none,
    age: band ? (TAXONOMY['age-band'].get(band)?.[language] ?? none) : none,
    values: person.values.map((value) => VALUE_LABELS.get(value)?.[language] ?? value).join(', ') || none,
  }
}
