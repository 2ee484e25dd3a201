/** The analysis' codes worded in English and Japanese: my advisors in one line, a spread, a chamber's name. */
import i18next from 'i18next'
import { adviceEn, adviceJa, adviceText } from '../../../../shared/i18n'
import { beforeAll, describe, expect, it } from 'vitest'
import { DEFAULT_GENDERS } from '../../../../shared/graph/taxonomy'
import { en as coreEn } from '../../../../renderer/src/i18n/en'
import { ja as coreJa } from '../../../../renderer/src/i18n/ja'
import { insightEn } from '../../../../renderer/src/review/i18n-en'
import { insightJa } from '../../../../renderer/src/review/i18n-ja'
import { wordChamberName } from '../../../../renderer/src/review/chamber-names'
import { advisorReading, propertyAdvice, spreadSentence } from '../../../../renderer/src/review/readings'
import { analyzeNetwork } from '../../../../shared/analysis'
import { generateSampleNetwork } from '../../../../shared/sample'

const i18n = i18next.createInstance()
beforeAll(async () => {
  // The analysis wording lives in the review feature's dictionary, mounted under `insight` by the shell.
  const en = { ...coreEn, insight: insightEn }
  const ja = { ...coreJa, insight: insightJa }
  await i18n.init({ lng: 'en', fallbackLng: false, resources: { en: { translation: en }, ja: { translation: ja } }, interpolation: { escapeValue: false } })
})

const traits = [
  { dimension: 'gender' as const, category: 'man' },
  { dimension: 'age-band' as const, category: '30s' },
  { dimension: 'industry' as const, category: 'J' },
]

describe('readings', () => {
  it('reads my advisors in one line, in both languages, and says when there are too few', () => {
    const words = (['en', 'ja'] as const).map((language) => {
      const t = i18n.getFixedT(language)
      return [
        advisorReading({ advisors: 8, alike: 7, traits }, t, language, DEFAULT_GENDERS),
        advisorReading({ advisors: 8, alike: 8, traits: traits.slice(0, 1) }, t, language, DEFAULT_GENDERS),
        advisorReading({ advisors: 1, alike: 0, traits: [] }, t, language, DEFAULT_GENDERS),
      ]
    })
    expect(words).toEqual([
      [
        '7 of your 8 advisors are men in their 30s who work in Information and communication.',
        'All 8 of your advisors are men.',
        'You have one advisor: with one advisor there is no spread to measure yet.',
      ],
      ['相談相手8人のうち7人が30代・情報通信業の男性です。', '相談相手8人全員が男性です。', '相談相手は1人です。1人では、まだ違いを測れません。'],
    ])
  })

  it('words a spread plainly, and a single person as too few to measure', () => {
    const t = i18n.getFixedT('en')
    const label = (category: string) => ({ man: 'men', woman: 'women' })[category] ?? category
    expect([
      spreadSentence('Gender', { categories: ['woman', 'man'], counts: [1, 7], iqv: 0.2 }, label, t),
      spreadSentence('Gender', { categories: ['woman', 'man'], counts: [0, 1], iqv: 0 }, label, t),
      spreadSentence('Gender', { categories: ['woman', 'man'], counts: [4, 4], iqv: 1 }, label, t),
    ]).toEqual(['Gender: mostly men (7 of 8).', 'Gender: with one person there is no spread to measure yet.', 'Gender: spread widely over 2 kinds.'])
  })

  it('names an echo chamber by its traits and size, numbering twins', () => {
    const name = { circle: 1, traits: [traits[2], traits[1], traits[0]], size: 18, ordinal: null }
    expect([
      wordChamberName(name, i18n.getFixedT('en'), 'en', DEFAULT_GENDERS),
      wordChamberName(name, i18n.getFixedT('ja'), 'ja', DEFAULT_GENDERS),
      wordChamberName({ ...name, ordinal: 2 }, i18n.getFixedT('en'), 'en', DEFAULT_GENDERS),
    ]).toEqual(['Information and communication, 30s, men — 18 people', '情報通信業・30代・男性 — 18人', 'Information and communication, 30s, men — 18 people (2)'])
  })

  it('words the next step of each property from its advice code, in the same words as the command line', () => {
    const sample = generateSampleNetwork(1, { today: '2025-06-15' })
    const report = analyzeNetwork({ schemaVersion: 1, trash: [], ...sample }, { now: Date.parse('2025-06-15') })
    const words = { en: adviceEn, ja: adviceJa }
    const ours = (['en', 'ja'] as const).map((language) => report.quality.map((review) => propertyAdvice(review, i18n.getFixedT(language))))
    expect(ours).toEqual((['en', 'ja'] as const).map((language) => report.quality.map((review) => adviceText(words[language], review.property, review.advice))))
    expect(report.quality.map((review) => review.advice.kind)).toContain('ingredient')
  })
})
