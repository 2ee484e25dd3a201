/**
 * When two entries are the same person: identity needs evidence, similarity only suggests.
 *
 * Evidence (a "certain" match, merged by default):
 *   same-key   the same import key (the same file imported before) or, for Kizuna JSON, the same id
 *   email      a normalised email both hold
 *   phone      a normalised phone number both hold
 * Suggestions (listed for a person to decide; never merged unless asked):
 *   same-name  an equal name key (`NameKeys`, below): by default the folded name with its words
 *              sorted
 *   same-name-other-script  the same name in another script: the same spoken key (romaji of a
 *              reading, of a kana or of a Latin name, words sorted: shared/graph spokenNameKey) for
 *              names written in two scripts, so "Hanako Sato" and 佐藤 花子 read さとう はなこ;
 *              within one script a shared sound is another name or spelling (小野 and 大野, both
 *              "ono" once long vowels fold; Satou and Sato), left to the rules above
 *   similar-name  name similarity >= NAME_SIMILARITY_THRESHOLD at the same organisation
 *
 * Contradiction: two entries that EACH have an email (or a phone) the other lacks have their own
 * contact details ("own-handles"). Two such entries that share no handle are not the same person
 * whatever their names ("Ken Sato" and "Kei Sato" at one company, each with their own email and
 * mobile): no suggestion at all. When they do share a handle, what is shared decides:
 *   - an email and a phone both shared: the same person;
 *   - an email shared, and not each with another email of their own: the same person (phone
 *     numbers change and multiply: a new mobile is no contradiction);
 *   - a phone shared, and not each with their own email nor each with another phone of their
 *     own: the same person;
 *   - otherwise a suggestion: a company's main line on two colleagues' cards, each with their own
 *     email, or a family address shared by two people who each have their own.
 *
 * Kizuna JSON carries ids: into a vault that has people, only the same id is evidence and
 * everything else a suggestion; within one backup people are distinct by construction and are
 * never matched with each other.
 */
import { sortedNameKey } from './name-similarity'

export type DuplicateReason = 'same-key' | 'unchanged' | 'email' | 'phone' | 'own-handles' | 'same-name' | 'same-name-other-script' | 'similar-name'

/** Strongest first: the order reasons are listed in, and candidates ranked by. */
export const REASON_ORDER: readonly DuplicateReason[] = ['same-key', 'unchanged', 'email', 'phone', 'own-handles', 'same-name', 'same-name-other-script', 'similar-name']

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
export function judgeMatch(found: readonly DuplicateReason[], a: Handles, b: Handles, idsDecide = false): { reasons: DuplicateReason[]; certain: boolean } | null {
  const sameKey = found.includes('same-key')
  const sharedEmail = found.includes('email')
  const sharedPhone = found.includes('phone')
  const ownEmails = eachHasOwn(a.emails, b.emails)
  const ownPhones = eachHasOwn(a.phones, b.phones)
  if (!sameKey && !sharedEmail && !sharedPhone && (ownEmails || ownPhones)) return null
  const evidence = (sharedEmail && sharedPhone) || (sharedEmail && !ownEmails) || (sharedPhone && !ownEmails && !ownPhones)
  const contradicted = (sharedEmail || sharedPhone) && !evidence
  // An equal name key already says more than the same name in another script, and either more
  // than a similar name.
  const equalName = found.includes('same-name') ? ['same-name-other-script', 'similar-name'] : found.includes('same-name-other-script') ? ['similar-name'] : []
  const named = found.filter((r) => !equalName.includes(r))
  const reasons = contradicted && !sameKey ? [...named, 'own-handles' as const] : [...named]
  reasons.sort((x, y) => REASON_ORDER.indexOf(x) - REASON_ORDER.indexOf(y))
  return { reasons, certain: sameKey || (!idsDecide && evidence) }
}
