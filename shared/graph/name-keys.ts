/**
 * Name keys: the forms under which a person's name can be typed, whatever the script.
 *
 * A Japanese name is written in kanji (佐藤 花子), read in kana (さとう はなこ) and, in an address
 * book exported abroad, spelled in romaji in either order ("Hanako Sato", "Sato Hanako",
 * "Satou", "Satoh"). Two folds make those meet:
 *
 *   text   normalizeForSearch (NFKC, case, katakana to hiragana, no spaces) plus the common
 *          variant forms of family-name kanji folded to one (斎/齋/齊 -> 斉, 邊/邉 -> 辺, 髙 -> 高, ...),
 *          so 斎藤 finds 斉藤 and 齋藤.
 *   romaji every kana or romaji word goes through kana (wanakana) and back to Hepburn romaji, which
 *          makes Kunrei and Hepburn spellings one ("si" and "shi" are both し), then long vowels are
 *          folded (ou, oo -> o; uu -> u; a final "oh" -> o) so "Sato", "Satou", "Satoh" and さとう
 *          give one key. Kanji words have no romaji key: their reading carries it.
 *
 * A query term matches a person when its text occurs in one of the person's texts, or its romaji
 * key starts one of the person's romaji keys (a word of the reading or of a Latin name, or the
 * whole name in either order, for "satohanako").
 *
 * Cost: wanakana's conversion grows faster than the word (a 5,000-letter word takes most of a
 * second, a 20,000-letter one overflows the stack), so a word longer than MAX_SPOKEN_WORD has no
 * romaji key: no name's word is that long, and a pasted paragraph stays cheap. Callers keying many
 * people (import matching) pass a memoised `romaji` (`memoRomajiKey`): names share most words.
 */
import { isHiragana, isKana, toHiragana, toRomaji } from 'wanakana'
import { normalizeForSearch } from './search'
import type { Person } from './types'

/** Variant kanji of common family names and the form searches fold them to. */
const KANJI_VARIANTS: Readonly<Record<string, string>> = {
  斎: '斉',
  齋: '斉',
  齊: '斉',
  邊: '辺',
  邉: '辺',
  髙: '高',
  﨑: '崎',
  嵜: '崎',
  埼: '崎',
  濱: '浜',
  濵: '浜',
  澤: '沢',
  嶋: '島',
  嶌: '島',
  廣: '広',
  國: '国',
  櫻: '桜',
  眞: '真',
  關: '関',
  德: '徳',
  惠: '恵',
  冨: '富',
  槇: '槙',
  峯: '峰',
  龍: '竜',
  藪: '薮',
  栁: '柳',
  曾: '曽',
  瀨: '瀬',
  蘆: '芦',
  '𠮷': '吉',
}

export function foldKanjiVariants(text: string): string {
  let out = ''
  for (const ch of text) out += KANJI_VARIANTS[ch] ?? ch
  return out
}

/** normalizeForSearch with kanji variants folded: the text form of names and queries. */
export function nameText(text: string): string {
  return foldKanjiVariants(normalizeForSearch(text))
}

const LATIN_WORD = /^[a-z]+$/u
/** Letters romaji never uses (l, q, x; c outside "ch"): such a word is kept as it is spelled. */
const NOT_ROMAJI = /[lqx]|c(?!h)/u
/** The longest word given a romaji key, in UTF-16 units ("Wolfeschlegelsteinhausenbergerdorff" is 35). */
export const MAX_SPOKEN_WORD = 48

/** Long vowels and spelling habits folded, on Hepburn romaji. */
function foldLong(romaji: string): string {
  return romaji
    .replace(/[^a-z]/gu, '')
    .replace(/ou|oo/gu, 'o')
    .replace(/uu/gu, 'u')
}

/**
 * The romaji key of one word: kana or romaji in, folded Hepburn out; null for a word in any other
 * script (kanji, hangul) or empty.
 */
export function romajiKey(word: string): string | null {
  if (word.length > MAX_SPOKEN_WORD) return null
  const text = normalizeForSearch(word)
  if (text === '' || text.length > MAX_SPOKEN_WORD) return null
  if (isKana(text)) return foldLong(toRomaji(text)) || null
  const latin = text.normalize('NFKD').replace(/\p{M}/gu, '')
  if (!LATIN_WORD.test(latin)) return null
  // "Satoh", "Ohno": an h after o lengthens the vowel; "Namba": m before b/p/m is ん.
  const spelled = latin.replace(/oh(?![aiueoy])/gu, 'o').replace(/m(?=[bpm])/gu, 'n')
  if (NOT_ROMAJI.test(spelled)) return spelled
  const kana = toHiragana(spelled)
  return foldLong(isHiragana(kana) ? toRomaji(kana) : spelled) || null
}

/** romajiKey remembering every word it was asked: for keying many names that share words. */
export function memoRomajiKey(): (word: string) => string | null {
  const known = new Map<string, string | null>()
  return (word) => {
    let key = known.get(word)
    if (key === undefined) {
      key = romajiKey(word)
      known.set(word, key)
    }
    return key
  }
}

type Named = Pick<Person, 'name' | 'reading'>

export interface NameKeys {
  /** Text forms of the whole name and the whole reading. */
  whole: string[]
  /** Text forms of each word of the name and the reading. */
  words: string[]
  /** Romaji keys of each spoken word. */
  romajiWords: string[]
  /** Romaji keys of the whole name, in its order and reversed. */
  romajiWhole: string[]
}

const wordsOf = (text: string | null): string[] => (text ?? '').split(/[\s\u3000・]+/u).filter((w) => w !== '')

/** The words whose romaji speaks for the person: the reading's, else a Latin or kana name's. */
function spokenWords(person: Named, romaji: (word: string) => string | null = romajiKey): string[] {
  const reading = wordsOf(person.reading).map(romaji)
  if (reading.length > 0 && reading.every((k) => k !== null)) return reading
  const name = wordsOf(person.name).map(romaji)
  return name.filter((k): k is string => k !== null)
}

const distinct = (list: string[]): string[] => [...new Set(list.filter((t) => t !== ''))]

export function nameKeys(person: Named): NameKeys {
  const spoken = spokenWords(person)
  return {
    whole: distinct([person.name, person.reading ?? ''].map(nameText)),
    words: distinct([...wordsOf(person.name), ...wordsOf(person.reading)].map(nameText)),
    romajiWords: distinct(spoken),
    romajiWhole: spoken.length > 1 ? distinct([spoken.join(''), [...spoken].reverse().join('')]) : [],
  }
}

/** One whitespace-separated term of a query, in both forms. */
export interface QueryTerm {
  text: string
  romaji: string | null
}

export function queryTermsOf(query: string): QueryTerm[] {
  return wordsOf(query)
    .map((word) => ({ text: nameText(word), romaji: romajiKey(word) }))
    .filter((term) => term.text !== '')
}

/** True when `term` names the person: its text within a text key, or its romaji starting a romaji key. */
export function termMatchesName(keys: NameKeys, term: QueryTerm): boolean {
  if (keys.whole.some((t) => t.includes(term.text))) return true
  const romaji = term.romaji
  return romaji !== null && (keys.romajiWords.some((k) => k.startsWith(romaji)) || keys.romajiWhole.some((k) => k.startsWith(romaji)))
}

/**
 * Keys under which a name is the same name in any script, order or spelling: its text form
 * (kanji variants folded) and, when it can be spoken, its romaji words sorted ("Hanako Sato" and
 * 佐藤 花子 read さとう はなこ share "r:hanako sato"). Two names match when they share a key, so
 * a caller comparing many people (import suggestions) buckets them by key instead of comparing
 * every pair.
 */
export function nameMatchKeys(person: Named): string[] {
  const text = `t:${nameText(person.name)}`
  const spoken = spokenNameKey(person)
  return spoken === null ? [text] : [text, spoken]
}

/**
 * The name as it sounds: its romaji words sorted, as "r:hanako sato" (nameMatchKeys' romaji key),
 * or null when no word of it can be spoken (a kanji name without a reading).
 */
export function spokenNameKey(person: Named, romaji: (word: string) => string | null = romajiKey): string | null {
  const spoken = spokenWords(person, romaji)
  return spoken.length === 0 ? null : `r:${spoken.sort().join(' ')}`
}

/** True when two names are the same name in any script (see nameMatchKeys). */
export function namesMatch(a: Named, b: Named): boolean {
  const keys = new Set(nameMatchKeys(a))
  return nameMatchKeys(b).some((k) => keys.has(k))
}

const HAN = /\p{Script=Han}/u
const KANA = /[\p{Script=Hiragana}\p{Script=Katakana}]/u

/** The script a name is written in, as name matching tells them apart. */
export type NameScript = 'kanji' | 'kana' | 'other'

/**
 * The script a name is written in: kanji if any, else kana if any, else other (Latin and the
 * rest). Two names that sound alike in one script are two names or two spellings (小野 and 大野
 * are both "ono" once long vowels fold; 佐藤 花子 and 佐藤 華子 are both さとう はなこ; Satou and
 * Sato): only across scripts is a shared sound the same name written another way.
 */
export function nameScript(name: string): NameScript {
  return HAN.test(name) ? 'kanji' : KANA.test(name) ? 'kana' : 'other'
}

/**
 * How well a query names a person, for ordering: 3 the whole name or reading, 2 starts a name
 * word, 1 matches otherwise, 0 not at all. Every term must match.
 */
export function nameMatchScore(keys: NameKeys, terms: readonly QueryTerm[]): 0 | 1 | 2 | 3 {
  if (terms.length === 0) return 0
  if (!terms.every((term) => termMatchesName(keys, term))) return 0
  const joinedText = terms.map((t) => t.text).join('')
  const joinedRomaji = terms.every((t) => t.romaji !== null) ? terms.map((t) => t.romaji).join('') : null
  if (keys.whole.includes(joinedText) || (joinedRomaji !== null && keys.romajiWhole.includes(joinedRomaji))) return 3
  if (terms.every((t) => keys.words.some((k) => k.startsWith(t.text)) || (t.romaji !== null && keys.romajiWords.some((k) => k.startsWith(t.romaji ?? ''))))) return 2
  return 1
}

/**
 * People search in one function, for the palette, quick capture and pickers: the people every
 * term of `query` names, best matches first (then in the order given), at most `limit`.
 * `keysOf` lets a caller cache keys per person.
 */
export function searchPeopleByName<P extends Named>(people: readonly P[], query: string, options: { limit?: number; keysOf?: (p: P) => NameKeys } = {}): P[] {
  const terms = queryTermsOf(query)
  if (terms.length === 0) return []
  const keysOf = options.keysOf ?? nameKeys
  const scored: { person: P; score: number; at: number }[] = []
  people.forEach((person, at) => {
    const score = nameMatchScore(keysOf(person), terms)
    if (score > 0) scored.push({ person, score, at })
  })
  scored.sort((x, y) => y.score - x.score || x.at - y.at)
  return scored.slice(0, options.limit ?? scored.length).map((s) => s.person)
}
