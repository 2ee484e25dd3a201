/**
 * `kizuna consult` and `kizuna reach` as readable text, in English or Japanese: the reasons come
 * from shared/analysis as codes and parameters and are worded here, as the app words them from its
 * dictionaries. `--json` prints the results as they are.
 */
import type { ConsultReason, ConsultResult, ReachChain, ReachResult, Trait } from '../../shared/analysis'
import { AGE_BANDS, DEFAULT_GENDERS, ISCO_SUB_MAJOR_GROUPS, ISIC_SECTIONS, SCHWARTZ_GROUPS, type Label } from '../../shared/graph'
import type { Language } from '../../shared/i18n'
import { terminalSafe } from './terminal-text'

type Names = (id: string) => string

const labelOf = (list: readonly { id: string; label: Label }[], id: string, lang: Language): string => list.find((entry) => entry.id === id)?.label[lang] ?? id
const count = (n: number, one: string, many: string): string => `${n} ${n === 1 ? one : many}`

function monthOf(iso: string, lang: Language): string {
  const [year, month] = iso.split('-').map(Number)
  if (lang === 'ja') return `${year}年${month}月`
  return new Date(Date.UTC(year, month - 1, 1)).toLocaleString('en', { month: 'long', year: 'numeric', timeZone: 'UTC' })
}

/** "a woman in her 50s, who values openness to change, in Health" / 「50代の女性・変化への開放性を重んじる・保健衛生」 */
function traitsText(traits: readonly Trait[], lang: Language): string {
  const of = (dimension: Trait['dimension']) => traits.find((t) => t.dimension === dimension)?.category
  const gender = of('gender')
  const age = of('age-band')
  const group = of('value-group')
  const industry = of('industry')
  const parts: string[] = []
  if (lang === 'ja') {
    const who = `${age ? labelOf(AGE_BANDS, age, 'ja') : ''}${age && gender ? 'の' : ''}${gender ? labelOf(DEFAULT_GENDERS, gender, 'ja') : ''}`
    if (who) parts.push(who)
    if (group) parts.push(`${labelOf(SCHWARTZ_GROUPS, group, 'ja')}を重んじる`)
    if (industry) parts.push(labelOf(ISIC_SECTIONS, industry, 'ja'))
    return parts.join('・')
  }
  const pronoun = gender === 'woman' ? 'her' : gender === 'man' ? 'his' : 'their'
  const noun = gender === 'woman' ? 'a woman' : gender === 'man' ? 'a man' : gender ? `a ${labelOf(DEFAULT_GENDERS, gender, 'en').toLowerCase()} person` : 'someone'
  if (gender || age) parts.push(age ? `${noun} in ${pronoun} ${labelOf(AGE_BANDS, age, 'en')}` : noun)
  if (group) parts.push(`values ${labelOf(SCHWARTZ_GROUPS, group, 'en').toLowerCase()}`)
  if (industry) parts.push(`in ${labelOf(ISIC_SECTIONS, industry, 'en').toLowerCase()}`)
  return parts.join(', ')
}

export function reasonText(reason: ConsultReason, lang: Language, names: Names): string {
  const ja = lang === 'ja'
  switch (reason.code) {
    case 'field-tag':
      return ja ? `${reason.tag}に詳しい` : `knows ${reason.tag}`
    case 'related-tag':
      return ja ? `${reason.tag}に携わる` : `works on ${reason.tag}`
    case 'consulted-before':
      return ja
        ? `この件で${reason.count}回相談した（最後は${monthOf(reason.lastOn, lang)}）`
        : `you asked them about this ${count(reason.count, 'time', 'times')}, last in ${monthOf(reason.lastOn, lang)}`
    case 'notes':
      return ja ? 'メモにこの話題がある' : 'your notes on them mention it'
    case 'mentioned':
      return ja ? `やり取りで${reason.count}回話題に出た` : `it came up with them ${count(reason.count, 'time', 'times')}`
    case 'occupation':
      return ja ? `職業は${labelOf(ISCO_SUB_MAJOR_GROUPS, reason.subMajor, 'ja')}` : `is among ${labelOf(ISCO_SUB_MAJOR_GROUPS, reason.subMajor, 'en').toLowerCase()}`
    case 'industry':
      return ja ? `${labelOf(ISIC_SECTIONS, reason.section, 'ja')}で働く` : `works in ${labelOf(ISIC_SECTIONS, reason.section, 'en').toLowerCase()}`
    case 'unlike-advisors':
      return ja ? `${traitsText(reason.traits, lang)}という点で、ほかの相談相手とは違う` : `${traitsText(reason.traits, lang)}, unlike your other advisors`
    case 'unlike-me':
      return ja ? `${traitsText(reason.traits, lang)}という点で、あなたとは違う` : `${traitsText(reason.traits, lang)}, unlike you`
    case 'last-contact':
      return ja ? `最後に話したのは${monthOf(reason.on, lang)}` : `you last spoke in ${monthOf(reason.on, lang)}`
    case 'no-contact':
      return ja ? 'やり取りの記録はまだない' : 'no contact logged yet'
    case 'through':
      return ja ? `${reason.via.map((id) => `${names(id)}さん`).join('→')}経由で届く` : `reachable through ${reason.via.map(names).join(' → ')}`
    case 'unreachable':
      return ja ? '知り合いからはたどれない' : 'no one you know is linked to them'
  }
}

export function formatConsult(result: ConsultResult, lang: Language, names: Names): string {
  const ja = lang === 'ja'
  const out: string[] = []
  const topic = terminalSafe(result.query)
  if (result.suggestions.length === 0) {
    out.push(
      ja
        ? `「${topic}」に詳しい人は、まだ見つかりません。分野タグ、職業、産業、メモ、相談の記録から探しています。詳しい人に分野タグを付けてみてください。`
        : `Nobody in your network is known to know about "${topic}" yet. Kizuna looks at field tags, occupations, industries, notes and past consultations: add a field tag to people who know it.`,
    )
  } else {
    out.push(
      ja
        ? `「${topic}」について相談できる人（${result.candidates}人のうち上位${result.suggestions.length}人）：`
        : `Whom to consult about "${topic}" (the best ${result.suggestions.length} of ${count(result.candidates, 'person', 'people')}):`,
    )
    result.suggestions.forEach((s, i) => {
      const reasons = s.reasons.map((reason) => reasonText(reason, lang, names))
      out.push(
        `${String(i + 1).padStart(2)}. ${terminalSafe(names(s.personId))}${ja ? ' — ' : ' — '}${terminalSafe(reasons.join(ja ? '。' : '; '))}${ja ? '。' : ''}  (${s.personId})`,
      )
    })
  }
  if (result.habit !== null) {
    const who = result.habit.personIds.map(names)
    out.push(
      '',
      ja
        ? `この1年、この件は同じ${result.habit.personIds.length}人（${who.map((n) => `${n}さん`).join('、')}）に${result.habit.consultations}回相談しています。`
        : `In the last year you asked the same ${count(result.habit.personIds.length, 'person', 'people')} about this ${count(result.habit.consultations, 'time', 'times')} (${who.join(', ')}).`,
    )
  }
  return `${out.join('\n')}\n`
}

function chainText(chain: ReachChain, lang: Language, names: Names): string {
  const ja = lang === 'ja'
  const [first, ...rest] = chain.personIds
  if (rest.length === 0) return ja ? `${names(first)}さんに直接連絡する` : `write to ${names(first)} directly`
  const hops = rest.map((id) => (ja ? `${names(id)}さん` : names(id))).join(' → ')
  return ja ? `まず${names(first)}さんに頼む → ${hops}` : `ask ${names(first)} first → ${hops}`
}

export function formatReach(result: ReachResult, lang: Language, names: Names, describe: string): string {
  const ja = lang === 'ja'
  const target = terminalSafe(describe)
  if (result.noPath !== null) {
    const text = {
      'unknown-person': ja ? `${target}という人は見つかりません。` : `There is no one called ${target}.`,
      'no-such-people': ja ? `${target}の人は、まだネットワークにいません。` : `No one in your network fits "${target}" yet.`,
      'no-path': ja
        ? `${target}へは、知り合いからたどれる道がありません。誰かとのつながりを記録すると見つかるかもしれません。`
        : `There is no chain of people you know that leads to ${target}. Recording who knows whom may open one.`,
    }[result.noPath]
    return `${text}\n`
  }
  const out = [ja ? `${target}へのたどり方（よい順）：` : `How to reach ${target} (best first):`]
  result.chains.forEach((chain, i) => out.push(`${String(i + 1).padStart(2)}. ${terminalSafe(chainText(chain, lang, names))}`))
  return `${out.join('\n')}\n`
}
