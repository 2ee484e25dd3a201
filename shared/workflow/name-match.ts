/**
 * Finding the people a typed name refers to, for quick capture. Deterministic, no fuzzy scoring:
 *
 *   3  the whole name or the whole reading ("佐藤 花子", "さとうはなこ", "Alice Martin")
 *   2  one word of the name or reading ("佐藤", "Martin", "はなこ"), or the Hepburn romanisation of
 *      a reading word ("Sato" for さとう, "Hanako" for はなこ)
 *   1  a prefix of at least two characters of the name, a name word or a reading word
 *
 * Text is compared after normalizeForSearch (NFKC, case, katakana to hiragana, no spaces).
 * Romaji is compared with long vowels folded (ou, oo, uu -> o, u; macrons dropped), so "Satou",
 * "Satō" and "Sato" all find さとう. Only the best score is kept: several people at that score
 * make the mention ambiguous, and the caller asks the user to choose.
 */
import { comparePeople, normalizeForSearch } from '../graph'
import type { Person, PersonId } from '../graph'

export type NamedPerson = Pick<Person, 'id' | 'name' | 'reading'>

export interface PersonCandidate {
  personId: PersonId
  name: string
  score: 1 | 2 | 3
}

const ROMAJI: Record<string, string> = {
  あ: 'a', い: 'i', う: 'u', え: 'e', お: 'o', か: 'ka', き: 'ki', く: 'ku', け: 'ke', こ: 'ko',
  さ: 'sa', し: 'shi', す: 'su', せ: 'se', そ: 'so', た: 'ta', ち: 'chi', つ: 'tsu', て: 'te', と: 'to',
  な: 'na', に: 'ni', ぬ: 'nu', ね: 'ne', の: 'no', は: 'ha', ひ: 'hi', ふ: 'fu', へ: 'he', ほ: 'ho',
  ま: 'ma', み: 'mi', む: 'mu', め: 'me', も: 'mo', や: 'ya', ゆ: 'yu', よ: 'yo',
  ら: 'ra', り: 'ri', る: 'ru', れ: 're', ろ: 'ro', わ: 'wa', を: 'o', ん: 'n',
  が: 'ga', ぎ: 'gi', ぐ: 'gu', げ: 'ge', ご: 'go', ざ: 'za', じ: 'ji', ず: 'zu', ぜ: 'ze', ぞ: 'zo',
  だ: 'da', ぢ: 'ji', づ: 'zu', で: 'de', ど: 'do', ば: 'ba', び: 'bi', ぶ: 'bu', べ: 'be', ぼ: 'bo',
  ぱ: 'pa', ぴ: 'pi', ぷ: 'pu', ぺ: 'pe', ぽ: 'po', ぁ: 'a', ぃ: 'i', ぅ: 'u', ぇ: 'e', ぉ: 'o', ゔ: 'vu',
}
const SMALL_Y: Record<string, string> = { ゃ: 'a', ゅ: 'u', ょ: 'o' }

/** Hepburn romaji of a hiragana word; null when it holds anything else (kanji, Latin). */
export function romanize(kana: string): string | null {
  let out = ''
  let geminate = false
  for (const ch of kana) {
    if (ch === 'っ') {
      geminate = true
      continue
    }
    if (ch === 'ー') {
      out += out.at(-1) ?? ''
      continue
    }
    let syllable: string
    const small = SMALL_Y[ch]
    if (small !== undefined && out.length > 0 && out.endsWith('i')) {
      // き + ゃ = kya, し + ゃ = sha, ち + ゃ = cha, じ + ゃ = ja
      const stem = out.slice(0, -1)
      out = /(?:sh|ch|j)$/u.test(stem) ? stem : `${stem}y`
      syllable = small
    } else {
      const r = ROMAJI[ch]
      if (r === undefined) return null
      syllable = r
    }
    if (geminate) syllable = (syllable.startsWith('ch') ? 't' : syllable[0]) + syllable
    geminate = false
    out += syllable
  }
  return out
}

/** Folds long vowels and macrons so spellings of one reading compare equal. */
export function foldRomaji(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z]/gu, '')
    .replace(/ou|oo/gu, 'o')
    .replace(/uu/gu, 'u')
}

interface Keys {
  whole: string[]
  words: string[]
  romaji: string[]
}

function keysOf(person: NamedPerson): Keys {
  const nameWords = person.name.split(/\s+/u).filter((w) => w !== '')
  const readingWords = (person.reading ?? '').split(/\s+/u).filter((w) => w !== '')
  const words = [...nameWords, ...readingWords].map(normalizeForSearch)
  const romaji = readingWords.map((w) => romanize(normalizeForSearch(w))).filter((r): r is string => r !== null).map(foldRomaji)
  const whole = [person.name, person.reading ?? ''].map(normalizeForSearch).filter((w) => w !== '')
  return { whole, words, romaji }
}

function scoreOf(mention: string, folded: string, keys: Keys): 0 | 1 | 2 | 3 {
  if (keys.whole.includes(mention)) return 3
  if (keys.words.includes(mention) || (folded !== '' && keys.romaji.includes(folded))) return 2
  if ([...mention].length >= 2 && [...keys.whole, ...keys.words].some((k) => k.startsWith(mention))) return 1
  return 0
}

/** The people `text` may name, best score only, in name order. */
export function matchPeople(text: string, people: readonly NamedPerson[]): PersonCandidate[] {
  const mention = normalizeForSearch(text)
  if (mention === '') return []
  const folded = foldRomaji(text)
  let best = 0
  let found: { person: NamedPerson; score: 1 | 2 | 3 }[] = []
  for (const person of people) {
    const score = scoreOf(mention, folded, keysOf(person))
    if (score === 0 || score < best) continue
    if (score > best) {
      best = score
      found = []
    }
    found.push({ person, score })
  }
  return found
    .sort((a, b) => comparePeople(a.person, b.person, 'name'))
    .map(({ person, score }) => ({ personId: person.id, name: person.name, score }))
}
