/**
 * Words for codes that shared/analysis returns, worded once for every surface (the app's Review,
 * Overview and Echo chambers, and `kizuna analyze`): the next step the quality review suggests
 * (`ReviewAdvice`) and a dimension's name inside a sentence.
 */
import type { DimensionId, ReviewAdvice } from '../analysis'
import type { Translation } from './translate'

export const adviceEn = {
  allGood: 'Keep it up: every part is at its target.',
  noData: {
    'consult-anytime': 'Record whom you consult to see this score.',
    'give-value': 'No data yet: record when people consult you or you help them.',
    'raise-each-other': 'No data yet: record what you give and receive.',
    'do-together': 'No data yet: add a project you do with others.',
  },
  'advisor-count': 'Find a few more people you can consult: aim for five.',
  'advisor-diversity': 'Ask people of another gender, age or set of values for advice.',
  'outside-echo-chambers': 'Most of your advice comes from one close circle; seek a view from outside it.',
  'recent-consultations': 'You have not consulted anyone lately; share what you are thinking with someone.',
  'consulted-by-others': 'Let people know what you can help with, so they come to you.',
  helping: 'Offer help or an introduction to someone this month.',
  'fields-helped': 'Help someone outside your own field: it widens you.',
  reciprocity: 'Make relationships two-way: give back to those who help you.',
  'two-way-roles': 'Keep both people you learn from and people who grow with you.',
  projects: 'Start something together with someone: a project bonds most.',
  collaborators: 'Invite a new person into a joint project.',
  'finished-on-time': 'Finish before the deadline: it leaves the best impression.',
  'worked-together': 'Spend time working side by side with your peers.',
  'follow-up-promptness': 'Contact people within a few days of meeting them: a short thank-you is enough.',
  learned: 'After each project, note what you learned from the people you worked with.',
  'unowned-chores': 'Pick up the chores nobody owns: it is what makes people trust you.',
} as const

export const adviceJa: Translation<typeof adviceEn> = {
  allGood: 'この調子です。すべての項目が目標に届いています。',
  noData: {
    'consult-anytime': '相談した記録をつけると、このスコアが表示されます。',
    'give-value': 'まだデータがありません。相談されたことや手助けしたことを記録しましょう。',
    'raise-each-other': 'まだデータがありません。与えたこと・受け取ったことを記録しましょう。',
    'do-together': 'まだデータがありません。誰かと一緒に取り組むプロジェクトを追加しましょう。',
  },
  'advisor-count': '相談できる人をもう少し増やしましょう。目安は5人です。',
  'advisor-diversity': '性別・年代・価値観の違う人にも相談してみましょう。',
  'outside-echo-chambers': '相談がいつもの仲良しの輪に偏っています。輪の外の人の意見も聞きましょう。',
  'recent-consultations': '最近誰にも相談していません。考えていることを誰かに聞いてもらいましょう。',
  'consulted-by-others': '自分が力になれることを周りに伝え、相談される機会をつくりましょう。',
  helping: '今月、誰かに手助けや紹介を申し出てみましょう。',
  'fields-helped': '自分の分野の外の人を手伝うと、視野が広がります。',
  reciprocity: '助けてくれる人にお返しをし、関係を双方向にしましょう。',
  'two-way-roles': '学べる相手と、一緒に成長できる仲間の両方を持ちましょう。',
  projects: '誰かと一緒に何かを始めましょう。共同作業が一番の絆になります。',
  collaborators: '共同プロジェクトに新しい人を誘ってみましょう。',
  'finished-on-time': '納期より早めに仕上げると、良い印象が残ります。',
  'worked-together': '仲間と並んで作業する時間をつくりましょう。',
  'follow-up-promptness': '出会ってから数日以内に連絡しましょう。短いお礼のメッセージで十分です。',
  learned: 'プロジェクトが終わるたびに、一緒に取り組んだ人から学んだことを書き留めましょう。',
  'unowned-chores': '誰の担当でもない雑用を進んで引き受けましょう。信頼はそこから生まれます。',
}

/** A dimension's name inside a sentence ("…where gender, age are much the same"). */
export const dimensionInlineEn = {
  gender: 'gender',
  'age-band': 'age',
  occupation: 'occupation',
  industry: 'industry',
  values: 'values',
  'value-group': 'values',
} as const satisfies Record<DimensionId, string>

export const dimensionInlineJa: Translation<typeof dimensionInlineEn> = {
  gender: '性別',
  'age-band': '年代',
  occupation: '職業',
  industry: '産業',
  values: '価値観',
  'value-group': '価値観',
}

type AdviceWords = typeof adviceEn | typeof adviceJa

/** The words of a review's advice for its property (the property's no-data line for an ingredient without its own). */
export function adviceText(words: AdviceWords, property: keyof typeof adviceEn.noData, advice: ReviewAdvice): string {
  if (advice.kind === 'no-data') return words.noData[property]
  if (advice.kind === 'all-good') return words.allGood
  const own = (words as Record<string, unknown>)[advice.ingredient]
  return typeof own === 'string' ? own : words.noData[property]
}
