import { describe, expect, it } from 'vitest'
import { MAX_SPOKEN_WORD, memoRomajiKey, nameKeys, nameScript, namesMatch, romajiKey, searchPeopleByName, spokenNameKey } from '../../../../shared/graph'

const hanako = { name: '佐藤 花子', reading: 'さとう はなこ' }
const people = [
  { name: '加藤 花', reading: 'かとう はな' },
  hanako,
  { name: '斉藤 翔', reading: 'さいとう しょう' },
  { name: 'Hanako Sato', reading: null },
  { name: '渡邊 健', reading: null },
  { name: '髙橋 誠', reading: 'たかはし まこと' },
  { name: 'Alice Martin', reading: null },
  { name: '大野 翔', reading: 'おおの しょう' },
]
const find = (query: string) => searchPeopleByName(people, query).map((p) => p.name)

describe('name keys', () => {
  it('folds romaji spellings, kana and long vowels to one key', () => {
    expect(['sato', 'Satou', 'Satoh', 'Satō', 'さとう', 'サトウ', 'ｻﾄｳ', 'Ohno', 'おおの', 'shi', 'si', 'namba', 'なんば', '佐藤', 'Martin'].map(romajiKey)).toEqual([
      'sato',
      'sato',
      'sato',
      'sato',
      'sato',
      'sato',
      'sato',
      'ono',
      'ono',
      'shi',
      'shi',
      'nanba',
      'nanba',
      null,
      'martin',
    ])
  })

  it('keys a name by its text forms and the romaji of its reading in both orders', () => {
    expect(nameKeys(hanako)).toEqual({
      whole: ['佐藤花子', 'さとうはなこ'],
      words: ['佐藤', '花子', 'さとう', 'はなこ'],
      romajiWords: ['sato', 'hanako'],
      romajiWhole: ['satohanako', 'hanakosato'],
    })
  })
})

describe('searchPeopleByName', () => {
  it('finds 佐藤 花子 by romaji, kana, kanji and either name order, best match first', () => {
    expect(['sato', 'さとう', 'サトウ', 'Sato Hanako', 'hanako sato', 'satohanako', '佐藤花子', 'はなこ', 'Satoh'].map(find)).toEqual([
      ['佐藤 花子', 'Hanako Sato'],
      ['佐藤 花子', 'Hanako Sato'],
      ['佐藤 花子', 'Hanako Sato'],
      ['佐藤 花子', 'Hanako Sato'],
      ['佐藤 花子', 'Hanako Sato'],
      ['佐藤 花子', 'Hanako Sato'],
      ['佐藤 花子'],
      ['佐藤 花子', 'Hanako Sato'],
      ['佐藤 花子', 'Hanako Sato'],
    ])
  })

  it('treats the variant kanji of common family names as one', () => {
    expect(['斎藤', '齋藤', '斉藤', 'saito', '渡辺', '渡邉', '高橋', 'takahashi', 'ono', '大野'].map(find)).toEqual([
      ['斉藤 翔'],
      ['斉藤 翔'],
      ['斉藤 翔'],
      ['斉藤 翔'],
      ['渡邊 健'],
      ['渡邊 健'],
      ['髙橋 誠'],
      ['髙橋 誠'],
      ['大野 翔'],
      ['大野 翔'],
    ])
  })

  it('does not find a different name that merely shares letters', () => {
    expect([find('kato hanako'), find('alice'), find('ai'), find('')]).toEqual([[], ['Alice Martin'], [], []])
  })
})

describe('namesMatch', () => {
  it('matches one name across scripts and orders, and nothing looser', () => {
    expect([
      namesMatch(hanako, { name: 'Hanako Sato', reading: null }),
      namesMatch(hanako, { name: 'SATOU Hanako', reading: null }),
      namesMatch(hanako, { name: 'さとう はなこ', reading: null }),
      namesMatch({ name: '斎藤 翔', reading: null }, { name: '齋藤 翔', reading: null }),
      namesMatch(hanako, { name: 'Sato', reading: null }),
      namesMatch(hanako, { name: '加藤 花子', reading: 'かとう はなこ' }),
      namesMatch({ name: 'Alice Martin', reading: null }, { name: 'Martin Alice', reading: null }),
    ]).toEqual([true, true, true, true, false, false, true])
  })
})

describe('spokenNameKey and nameScript', () => {
  it('keys a name by its sound in any script and order, and tells the scripts apart', () => {
    const romaji = memoRomajiKey()
    const named = [
      hanako,
      { name: 'Hanako Sato', reading: null },
      { name: 'SATOU Hanako', reading: null },
      { name: 'さとう はなこ', reading: null },
      { name: '佐藤 花子', reading: null },
    ]
    expect(named.map((p) => [spokenNameKey(p), spokenNameKey(p, romaji), nameScript(p.name)])).toEqual([
      ['r:hanako sato', 'r:hanako sato', 'kanji'],
      ['r:hanako sato', 'r:hanako sato', 'other'],
      ['r:hanako sato', 'r:hanako sato', 'other'],
      ['r:hanako sato', 'r:hanako sato', 'kana'],
      [null, null, 'kanji'],
    ])
  })

  it("gives no romaji key to a word longer than any name's, so a pasted paragraph stays cheap", () => {
    // wanakana overflows the stack on a 20,000-letter word and takes most of a second on 5,000.
    const long = 'sato'.repeat(5_000)
    expect([
      romajiKey('s'.repeat(MAX_SPOKEN_WORD - 4) + 'sato'),
      romajiKey(long),
      romajiKey('さ'.repeat(20_000)),
      spokenNameKey({ name: `Hanako ${long}`, reading: null }),
    ]).toEqual([`${'s'.repeat(MAX_SPOKEN_WORD - 4)}sato`, null, null, 'r:hanako'])
  })
})
