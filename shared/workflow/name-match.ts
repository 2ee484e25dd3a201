/**
 * Finding the people a typed name refers to, for quick capture. Deterministic, no fuzzy scoring:
 *
 *   3  the whole name or the whole reading ("佐藤 花子", "さとうはなこ", "Alice Martin")
 *   2  one word of the name or reading ("佐藤", "Martin", "はなこ"), or the romaji of a reading
 *      word ("Sato" for さとう, "Hanako" for はなこ)
 *   1  a prefix of at least two characters of the name, a name word or a reading word
 *
 * Names are compared through shared/graph name-keys: text forms (NFKC, case, katakana to
 * hiragana, no spaces, kanji variants folded) and romaji keys (wanakana, long vowels folded), so
 * "Satou", "Satō", "Sato" and "Sato Hanako" (either order) all find 佐藤 花子 read さとう はなこ. Only the best score is kept: several people at that score
 * make the mention ambiguous, and the caller asks the user to choose.
 */
import { nameKeys, nameText, romajiKey, type NameKeys } from '../graph'
import { comparePeople } from '../graph'
import type { Person, PersonId } from '../graph'

export type NamedPerson = Pick<Person, 'id' | 'name' | 'reading'>

export interface PersonCandidate {
  personId: PersonId
  name: string
  score: 1 | 2 | 3
}

function scoreOf(mention: string, romaji: string | null, keys: NameKeys): 0 | 1 | 2 | 3 {
  if (keys.whole.includes(mention) || (romaji !== null && keys.romajiWhole.includes(romaji))) return 3
  if (keys.words.includes(mention) || (romaji !== null && keys.romajiWords.includes(romaji))) return 2
  if ([...mention].length < 2) return 0
  const prefix = (list: string[], key: string | null) => key !== null && list.some((k) => k.startsWith(key))
  return prefix([...keys.whole, ...keys.words], mention) || prefix([...keys.romajiWords, ...keys.romajiWhole], romaji) ? 1 : 0
}

/** The people `text` may name, best score only, in name order. */
export function matchPeople(text: string, people: readonly NamedPerson[]): PersonCandidate[] {
  const mention = nameText(text)
  if (mention === '') return []
  const words = text.split(/\s+/u).filter((w) => w !== '')
  const keys = words.map(romajiKey)
  const romaji = keys.length > 0 && keys.every((k) => k !== null) ? keys.join('') : null
  let best = 0
  let found: { person: NamedPerson; score: 1 | 2 | 3 }[] = []
  for (const person of people) {
    const score = scoreOf(mention, romaji, nameKeys(person))
    if (score === 0 || score < best) continue
    if (score > best) {
      best = score
      found = []
    }
    found.push({ person, score })
  }
  return found.sort((a, b) => comparePeople(a.person, b.person, 'name')).map(({ person, score }) => ({ personId: person.id, name: person.name, score }))
}
