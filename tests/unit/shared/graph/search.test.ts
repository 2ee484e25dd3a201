import { describe, expect, it } from 'vitest'
import { blankPerson, comparePeople, matchesQuery, normalizeForSearch, type Person } from '../../../../shared/graph'

function person(id: string, name: string, reading: string | null, extra: Partial<Person> = {}): Person {
  return blankPerson(id, name, { reading, ...extra })
}

describe('search normalisation', () => {
  it.each([
    ['カタカナ', 'かたかな'],
    ['ｻﾄｳ ﾊﾅｺ', 'さとうはなこ'],
    ['ｶﾞｯｺｳ', 'がっこう'],
    ['ＡＢＣ１２３', 'abc123'],
    ['Ｓａｔｏ　Hanako', 'satohanako'],
    ['ヴァイオリン', 'ゔぁいおりん'],
    ['コーヒー', 'こーひー'],
  ])('folds %s to %s', (input, expected) => {
    expect(normalizeForSearch(input)).toBe(expected)
  })

  it('matches by kana reading in either script, name, organisation and tags, every term', () => {
    const hanako = person('1', '佐藤 花子', 'さとう はなこ', { organization: 'Ｋｉｚｕｎａ Lab', tags: ['生成AI'] })
    const results = ['サトウ', 'さとうはな', 'ｻﾄｳ', '佐藤', 'kizuna', '生成ai', 'さとう lab', '', 'すずき', 'さとう acme'].map((q) => matchesQuery(hanako, q))
    expect(results).toEqual([true, true, true, true, true, true, true, true, false, false])
  })

  it('sorts by reading with a fallback to the name, and by name', () => {
    const people = [person('1', '渡辺', 'わたなべ'), person('2', '阿部', 'アベ'), person('3', 'Sato', null), person('4', '加藤', 'かとう')]
    expect([...people].sort((a, b) => comparePeople(a, b, 'reading')).map((p) => p.id)).toEqual(['3', '2', '4', '1'])
    // Kanji order depends on the ICU version, so the name sort is checked on kana names.
    const kana = people.map((p) => ({ ...p, name: p.reading ?? p.name }))
    expect(kana.sort((a, b) => comparePeople(a, b, 'name')).map((p) => p.name)).toEqual(['Sato', 'アベ', 'かとう', 'わたなべ'])
  })
})
