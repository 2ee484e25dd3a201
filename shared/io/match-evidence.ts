/**
 * When two entries are the same person: identity needs evidence, similarity only suggests.
 *
 * Evidence (a "certain" match, merged by default):
 *   same-key   the same import key (the same file imported before) or, for Kizuna JSON, the same id
 *   email      a normalised email both hold
 *   phone      a normalised phone number both hold
 * Suggestions (listed for a person to decide; never merged unless asked):
 *   same-name  an equal name key (`NameKeys`, below): by default the folded name with its words
 *              sorted; the transliterating keys (romaji of a reading against romaji of a name)
 *              plug in here, so cross-script names become suggestions too
 *   similar-name  name similarity >= NAME_SIMILARITY_THRESHOLD at the same organisation
 *
 * Contradiction: two entries that EACH have an email (or a phone) the other lacks, of a kind both
 * have, have their own contact details ("own-handles"). Two such entries that share no handle are
 * not the same person whatever their names ("Ken Sato" and "Kei Sato" at one company, each with
 * their own email and mobile): no suggestion at all. Two such entries that do share a handle are
 * only a suggestion: a company switchboard on two colleagues' cards, or a family address, is
 * shared by different people; a person who changed numbers is the cost (they are suggested, and
 * kept as two until someone says otherwise).
 *
 * Kizuna JSON carries ids: into a vault that has people, only the same id is evidence and
 * everything else a suggestion; within one backup people are distinct by construction and are
 * never matched with each other.
 */
import { sortedNameKey } from './name-similarity'

export type DuplicateReason = 'same-key' | 'unchanged' | 'email' | 'phone' | 'own-handles' | 'same-name' | 'similar-name'

/** Strongest first: the order reasons are listed in, and candidates ranked by. */
export const REASON_ORDER: readonly DuplicateReason[] = ['same-key', 'unchanged', 'email', 'phone', 'own-handles', 'same-name', 'similar-name']

/** What a name key is computed from: the name as written and its reading (kana or romaji), if any. */
export interface NameKeyInput {
  name: string
  reading: string | null
}

/**
 * The keys under which a person's name is looked up for "same name" suggestions; two people who
 * share any key are suggested. Keys must be specific: a key most people share (a common reading
 * alone) makes every pair a suggestion.
 */
export type NameKeys = (person: NameKeyInput) => readonly string[]

export const defaultNameKeys: NameKeys = (person) => {
  const key = sortedNameKey(person.name)
  return key === '' ? [] : [key]
}

/** True when each list has a value the other lacks (both non-empty, neither contained in the other). */
function eachHasOwn(a: readonly string[], b: readonly string[]): boolean {
  if (a.length === 0 || b.length === 0) return false
  return a.some((x) => !b.includes(x)) && b.some((x) => !a.includes(x))
}

/** Normalised handles of one side of a pair. */
export interface Handles {
  emails: readonly string[]
  phones: readonly string[]
}

export function haveOwnHandles(a: Handles, b: Handles): boolean {
  return eachHasOwn(a.emails, b.emails) || eachHasOwn(a.phones, b.phones)
}

/**
 * Judges a pair from the reasons it was found by (key, handle and name matches): the reasons to
 * show, whether the match is certain, or null when the pair is no candidate at all.
 */
export function judgeMatch(found: readonly DuplicateReason[], a: Handles, b: Handles, idsDecide: boolean): { reasons: DuplicateReason[]; certain: boolean } | null {
  const sameKey = found.includes('same-key')
  const shared = found.includes('email') || found.includes('phone')
  const own = haveOwnHandles(a, b)
  if (!sameKey && !shared && own) return null
  // An equal name key already says more than a similar name.
  const named = found.includes('same-name') ? found.filter((r) => r !== 'similar-name') : found
  const reasons = own && shared && !sameKey ? [...named, 'own-handles' as const] : [...named]
  reasons.sort((x, y) => REASON_ORDER.indexOf(x) - REASON_ORDER.indexOf(y))
  const certain = sameKey || (!idsDecide && shared && !own)
  return { reasons, certain }
}
