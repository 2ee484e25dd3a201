import { describe, expect, it } from 'vitest'
import { romajiKey } from '../../../../shared/graph'
import { parseQuickCapture } from '../../../../shared/workflow'

const people = [
  { id: 'sato-h', name: '佐藤 花子', reading: 'さとう はなこ' },
  { id: 'sato-k', name: '佐藤 健', reading: 'サトウ ケン' },
  { id: 'tanaka', name: '田中 蓮', reading: 'たなか れん' },
  { id: 'alice', name: 'Alice Martin', reading: null },
  { id: 'shoko', name: '北条 祥子', reading: 'ほうじょう しょうこ' },
]

/** kind, mentions as [text, candidate ids], note, date */
function brief(line: string, today: string | null = '2025-03-10') {
  const parsed = parseQuickCapture(line, people, today)
  return parsed && [parsed.kind, parsed.mentions.map((m) => [m.text, m.candidates.map((c) => c.personId)]), parsed.note, parsed.date]
}

describe('quick capture, English', () => {
  it.each([
    ['consulted Tanaka about the job change', ['consulted-them', [['Tanaka', ['tanaka']]], 'the job change', null]],
    ['Alice consulted me about hiring', ['consulted-me', [['Alice', ['alice']]], 'hiring', null]],
    ['asked Alice Martin for advice on pricing', ['consulted-them', [['Alice Martin', ['alice']]], 'pricing', null]],
    ['helped Hanako with her portfolio.', ['helped-them', [['Hanako', ['sato-h']]], 'her portfolio', null]],
    ['Ren helped me with the move', ['helped-me', [['Ren', ['tanaka']]], 'the move', null]],
    [
      'introduced Alice to Tanaka',
      [
        'introduced',
        [
          ['Alice', ['alice']],
          ['Tanaka', ['tanaka']],
        ],
        '',
        null,
      ],
    ],
    [
      'yesterday: met Alice and Tanaka at UX Tokyo',
      [
        'met',
        [
          ['Alice', ['alice']],
          ['Tanaka', ['tanaka']],
        ],
        'UX Tokyo',
        '2025-03-09',
      ],
    ],
    ['2025-03-01 called Shoko', ['call', [['Shoko', ['shoko']]], '', '2025-03-01']],
    ['emailed Houjou about the talk', ['message', [['Houjou', ['shoko']]], 'the talk', null]],
    ['worked with Alice on the book', ['worked-together', [['Alice', ['alice']]], 'the book', null]],
  ])('%s', (line, expected) => {
    expect(brief(line)).toEqual(expected)
  })

  it('returns every equally good candidate when a name is ambiguous', () => {
    const parsed = parseQuickCapture('consulted Sato about the job change', people)
    expect(parsed?.mentions).toEqual([
      {
        text: 'Sato',
        ambiguous: true,
        candidates: [
          { personId: 'sato-h', name: '佐藤 花子', score: 2 },
          { personId: 'sato-k', name: '佐藤 健', score: 2 },
        ],
      },
    ])
  })

  it('returns null when no rule matches, and no candidates for an unknown name', () => {
    expect([brief('lunch tomorrow?'), brief('called Bob')]).toEqual([null, ['call', [['Bob', []]], '', null]])
  })
})

describe('quick capture, Japanese', () => {
  it.each([
    ['佐藤花子さんに転職の相談をした', ['consulted-them', [['佐藤花子', ['sato-h']]], '転職', null]],
    ['田中さんに相談した', ['consulted-them', [['田中', ['tanaka']]], '', null]],
    ['田中さんから起業について相談を受けた', ['consulted-me', [['田中', ['tanaka']]], '起業', null]],
    ['たなかさんに相談された。', ['consulted-me', [['たなか', ['tanaka']]], '', null]],
    ['田中さんの引っ越しを手伝った', ['helped-them', [['田中', ['tanaka']]], '引っ越し', null]],
    ['北条さんに資料づくりを手伝ってもらった', ['helped-me', [['北条', ['shoko']]], '資料づくり', null]],
    [
      '田中さんをAliceさんに紹介した',
      [
        'introduced',
        [
          ['田中', ['tanaka']],
          ['Alice', ['alice']],
        ],
        '',
        null,
      ],
    ],
    [
      '昨日、UX Tokyoで田中さんと北条さんに会った',
      [
        'met',
        [
          ['田中', ['tanaka']],
          ['北条', ['shoko']],
        ],
        'UX Tokyo',
        '2025-03-09',
      ],
    ],
    ['田中さんに電話した', ['call', [['田中', ['tanaka']]], '', null]],
    ['レンさんにメッセージを送った', ['message', [['レン', ['tanaka']]], '', null]],
    ['田中さんと本の企画で一緒に働いた', ['worked-together', [['田中', ['tanaka']]], '本の企画', null]],
  ])('%s', (line, expected) => {
    expect(brief(line)).toEqual(expected)
  })

  it('is ambiguous for a shared family name, and matches by reading', () => {
    expect([brief('佐藤さんに転職の相談をした'), brief('さとうさんに電話した')]).toEqual([
      ['consulted-them', [['佐藤', ['sato-h', 'sato-k']]], '転職', null],
      ['call', [['さとう', ['sato-h', 'sato-k']]], '', null],
    ])
  })
})

describe('romaji for reading matches', () => {
  it('romanises hiragana in Hepburn and folds long vowels', () => {
    expect(['しょうこ', 'ほうじょう', 'きっちん', 'ちゃん', 'さとう', '佐藤'].map(romajiKey)).toEqual(['shoko', 'hojo', 'kitchin', 'chan', 'sato', null])
    expect(['Satō', 'Satou', 'Satoh', 'Shōko', 'Syoko'].map(romajiKey)).toEqual(['sato', 'sato', 'sato', 'shoko', 'shoko'])
  })
})
