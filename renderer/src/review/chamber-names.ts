/**
 * Words for the analysis' echo-chamber names (shared/analysis/echo-chamber-name.ts): the same
 * string on the map, the echo-chamber page, the review and the overview, because all four call
 * `useChamberNames`.
 */
import type { Language } from '../../../shared/i18n'
import { useMemo } from 'react'
import { useTranslation } from 'react-i18next'
import type { TFunction } from 'i18next'
import { nameEchoChambers } from '../../../shared/analysis'
import type { ChamberTrait, EchoChamber, EchoChamberName } from '../../../shared/analysis'
import type { Label } from '../../../shared/graph'
import { useGenders } from '../core/vault-context'
import { categoryLabel, uiLanguage } from './review-format'

/** A trait as a short phrase: a gender as a group ("men"), other categories by their label. */
export function traitWord(trait: ChamberTrait, t: TFunction, language: Language, genders: readonly { id: string; label: Label }[]): string {
  const groupKey = `insight.groupOf.${trait.dimension}.${trait.category}`
  const group = t(groupKey, { defaultValue: '' })
  return group !== '' ? group : categoryLabel(trait.dimension, trait.category, language, genders)
}

export function wordChamberName(name: EchoChamberName, t: TFunction, language: Language, genders: readonly { id: string; label: Label }[]): string {
  const traits = name.traits.map((trait) => traitWord(trait, t, language, genders)).join(t('insight.traitSeparator'))
  const base = traits === '' ? t('insight.chamberUnnamed', { count: name.size }) : t('insight.chamberName', { traits, count: name.size })
  return name.ordinal === null ? base : t('insight.chamberOrdinal', { name: base, ordinal: name.ordinal })
}

/** Each flagged chamber's name in the UI language, by its circle number (unique per chamber). */
export function useChamberNames(chambers: readonly EchoChamber[] | undefined): Map<number, string> {
  const { t, i18n } = useTranslation()
  const genders = useGenders()
  const language = uiLanguage(i18n.language)
  return useMemo(() => new Map(nameEchoChambers(chambers ?? []).map((name) => [name.circle, wordChamberName(name, t, language, genders)])), [chambers, t, language, genders])
}
