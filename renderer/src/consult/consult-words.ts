/**
 * The consult and reach results in words: shared/analysis returns reasons as codes and
 * parameters, and these functions word them with the `consult` dictionary in the UI language.
 */
import type { Language } from '../../../shared/i18n'
import type { TFunction } from 'i18next'
import type { ConsultReason, ReachChain, Trait } from '../../../shared/analysis'
import { AGE_BANDS, ISCO_SUB_MAJOR_GROUPS, ISIC_SECTIONS, SCHWARTZ_GROUPS, type Label } from '../../../shared/graph'

export interface Wording {
  t: TFunction
  language: Language
  genders: readonly { id: string; label: Label }[]
  nameOf: (id: string) => string
}

const labelOf = (list: readonly { id: string; label: Label }[], id: string, language: Language): string => list.find((entry) => entry.id === id)?.label[language] ?? id
const lower = (text: string, language: Language): string => (language === 'en' ? text.toLowerCase() : text)

/** "March 2025" / 「2025年3月」 */
export function monthText(iso: string, language: Language): string {
  const [year, month] = iso.split('-').map(Number)
  return new Date(Date.UTC(year, month - 1, 1)).toLocaleDateString(language === 'ja' ? 'ja-JP' : 'en-GB', { year: 'numeric', month: 'long', timeZone: 'UTC' })
}

export function personName(id: string, w: Wording): string {
  return w.t('consult.personName', { name: w.nameOf(id) })
}

export function namesText(ids: readonly string[], w: Wording): string {
  return ids.map((id) => personName(id, w)).join(w.t('consult.nameSeparator'))
}

/** "a woman in her 50s, values openness to change, in health" / 「50代の女性・変化への開放性を重んじる・保健衛生」 */
export function traitsText(traits: readonly Trait[], w: Wording): string {
  const { t, language } = w
  const of = (dimension: Trait['dimension']) => traits.find((trait) => trait.dimension === dimension)?.category
  const gender = of('gender')
  const age = of('age-band')
  const group = of('value-group')
  const field = of('industry')
  const parts: string[] = []
  const ageText = age === undefined ? '' : labelOf(AGE_BANDS, age, language)
  if (gender === 'woman' || gender === 'man') parts.push(t(age ? `consult.trait.${gender}Age` : `consult.trait.${gender}`, { age: ageText }))
  else if (gender !== undefined) parts.push(t('consult.trait.otherGender', { gender: lower(labelOf(w.genders, gender, language), language) }))
  else if (age !== undefined) parts.push(t('consult.trait.personAge', { age: ageText }))
  if (gender !== undefined && gender !== 'woman' && gender !== 'man' && age !== undefined) parts.push(t('consult.trait.personAge', { age: ageText }))
  if (group !== undefined) parts.push(t('consult.trait.values', { group: lower(labelOf(SCHWARTZ_GROUPS, group, language), language) }))
  if (field !== undefined) parts.push(t('consult.trait.field', { field: lower(labelOf(ISIC_SECTIONS, field, language), language) }))
  return parts.join(t('consult.trait.separator'))
}

export function reasonText(reason: ConsultReason, w: Wording): string {
  const { t, language } = w
  switch (reason.code) {
    case 'field-tag':
    case 'related-tag':
      return t(`consult.reason.${reason.code}`, { tag: reason.tag })
    case 'consulted-before':
      return t('consult.reason.consulted-before', { count: reason.count, month: monthText(reason.lastOn, language) })
    case 'mentioned':
      return t('consult.reason.mentioned', { count: reason.count })
    case 'occupation':
      return t('consult.reason.occupation', { occupation: lower(labelOf(ISCO_SUB_MAJOR_GROUPS, reason.subMajor, language), language) })
    case 'industry':
      return t('consult.reason.industry', { industry: lower(labelOf(ISIC_SECTIONS, reason.section, language), language) })
    case 'unlike-advisors':
    case 'unlike-me':
      return t(`consult.reason.${reason.code}`, { traits: traitsText(reason.traits, w) })
    case 'last-contact':
      return t('consult.reason.last-contact', { month: monthText(reason.on, language) })
    case 'through':
      return t('consult.reason.through', { names: reason.via.map((id) => personName(id, w)).join(t('consult.reach.arrow')) })
    case 'notes':
    case 'no-contact':
    case 'unreachable':
      return t(`consult.reason.${reason.code}`)
  }
}

/** The reasons as one sentence: "knows UX research; a woman in her 50s, unlike your other advisors; you last spoke in March 2025". */
export function reasonsText(reasons: readonly ConsultReason[], w: Wording): string {
  const text = reasons.map((reason) => reasonText(reason, w)).join(w.t('consult.reasonSeparator'))
  return w.language === 'ja' ? `${text}。` : text
}

/** "Ask Aiko first, then Ben → Chika" / 「まずAikoさんに頼む、そこからBenさん → Chikaさんへ」 */
export function chainText(chain: ReachChain, w: Wording): string {
  const [first, ...rest] = chain.personIds
  if (rest.length === 0) return w.t('consult.reach.direct', { name: w.nameOf(first) })
  const then = w.t('consult.reach.then', { names: rest.map((id) => personName(id, w)).join(w.t('consult.reach.arrow')) })
  return `${w.t('consult.reach.askFirst', { first: w.nameOf(first) })}${w.language === 'ja' ? '、' : ', '}${then}${w.language === 'ja' ? '。' : '.'}`
}
