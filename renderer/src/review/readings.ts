/**
 * Plain sentences from the analysis' codes: the finding of each of the essay's four properties
 * (from its weakest ingredient and that ingredient's data), and the one-line reading of my
 * advisors (shared/analysis/advisor-summary.ts). No index names: those live behind "How is this
 * measured?" disclosures.
 */
import type { Language } from '../../../shared/i18n'
import type { TFunction } from 'i18next'
import type { AdvisorSummary, PropertyReview } from '../../../shared/analysis'
import type { Label } from '../../../shared/graph'
import { categoryLabel, percent } from './review-format'

/** The main count of each ingredient's data, for plural rules. */
const COUNT_OF: Record<string, string> = {
  'advisor-count': 'advisors',
  'recent-consultations': 'consultations',
  'consulted-by-others': 'consultations',
  helping: 'helps',
  'fields-helped': 'fields',
  projects: 'projects',
  collaborators: 'collaborators',
  'worked-together': 'sessions',
}

/** What a property's score rests on, as one sentence. */
export function propertyFinding(review: PropertyReview, t: TFunction, language: Language): string {
  const known = review.ingredients.filter((ingredient) => ingredient.value !== null)
  if (known.length === 0) return t(`insight.finding.noData.${review.property}`)
  const weakest = [...known].sort((a, b) => a.value! - b.value!)[0]
  if (weakest.value! >= 1) return t('insight.finding.allGood')
  const params: Record<string, string | number> = { ...weakest.data }
  if ('echoAdvisorShare' in weakest.data) params.share = percent(weakest.data.echoAdvisorShare, language)
  const countKey = COUNT_OF[weakest.id]
  if (countKey !== undefined) params.count = weakest.data[countKey] ?? 0
  const key = `insight.finding.${weakest.id}`
  return t(key, { ...params, defaultValue: t('insight.finding.generic') })
}

/** The next step for a property: the analysis's advice code (its weakest ingredient) in the UI's words. */
export function propertyAdvice(review: PropertyReview, t: TFunction): string {
  const advice = review.advice
  if (advice.kind === 'no-data') return t(`insight.advice.noData.${review.property}`)
  if (advice.kind === 'all-good') return t('insight.advice.allGood')
  return t(`insight.advice.${advice.ingredient}`, { defaultValue: t(`insight.advice.noData.${review.property}`) })
}

/** "7 of your 8 advisors are men in their 30s who work in Information and communication." */
export function advisorReading(summary: AdvisorSummary, t: TFunction, language: Language, genders: readonly { id: string; label: Label }[]): string {
  if (summary.advisors === 0) return t('insight.advisors.none')
  if (summary.advisors === 1) return t('insight.advisors.one')
  if (summary.traits.length === 0) return t('insight.advisors.varied', { count: summary.advisors })
  const word = (dimension: string): string | null => {
    const trait = summary.traits.find((candidate) => candidate.dimension === dimension)
    if (!trait) return null
    const phrase = t(`insight.phraseOf.${trait.dimension}.${trait.category}`, { defaultValue: '' })
    return phrase !== '' ? phrase : categoryLabel(trait.dimension, trait.category, language, genders)
  }
  const who = word('gender') ?? t('insight.advisors.people')
  const industry = word('industry')
  const attributes = [word('age-band'), industry === null ? null : t('insight.advisors.field', { field: industry })].filter((part): part is string => part !== null)
  const traits = attributes.length === 0 ? who : t('insight.advisors.traits', { who, attributes: attributes.join(t('insight.advisors.attributeSeparator')) })
  return t(summary.alike === summary.advisors ? 'insight.advisors.alikeAll' : 'insight.advisors.alike', { alike: summary.alike, count: summary.advisors, traits })
}

export interface Spread {
  /** Count per category (fractional for multi-valued dimensions). */
  counts: readonly number[]
  categories: readonly string[]
  /** The index of qualitative variation of the same people (0 alike … 1 evenly spread). */
  iqv: number
}

/** How far below NARROW a group reads "mostly X", at or above WIDE "spread widely" (as diversity-data.ts). */
const NARROW = 0.35
const WIDE = 0.7

/** "Gender: mostly men (7 of 8)." — a group's spread on one dimension, in words. */
export function spreadSentence(who: string, spread: Spread, label: (category: string) => string, t: TFunction): string {
  const n = Math.round(spread.counts.reduce((sum, c) => sum + c, 0))
  if (n === 0) return t('insight.spread.unknown', { who })
  if (n === 1) return t('insight.spread.smallSample', { who })
  const top = spread.counts.indexOf(Math.max(...spread.counts))
  const params = { who, n, kinds: spread.counts.filter((c) => c > 0).length, top: label(spread.categories[top]), topCount: Math.round(spread.counts[top]) }
  return t(spread.iqv < NARROW ? 'insight.spread.narrow' : spread.iqv < WIDE ? 'insight.spread.some' : 'insight.spread.wide', params)
}
