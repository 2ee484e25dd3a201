/**
 * Duplicate candidates for an import: each incoming person against the vault's live people and
 * against the people before them in the same file, each candidate either certain (evidence) or a
 * suggestion, by the rule in match-evidence.ts.
 *
 * Reasons, strongest first:
 *   same-key      the vault already holds a person with this import key (the same file, imported
 *                 before) or, for Kizuna JSON, the same id
 *   unchanged     a vault candidate already holds everything this entry carries: an earlier
 *                 import merged it in (by evidence, or on a suggestion someone accepted), so
 *                 merging again changes nothing and is certain (not for Kizuna JSON: ids decide)
 *   email, phone  a handle equal after normalisation (normalize.ts)
 *   own-handles   (with email or phone) each also has contact details of their own: a suggestion
 *   same-name     an equal name key (`FindDuplicatesOptions.nameKeys`): a suggestion
 *   same-name-other-script  an equal spoken key (`FindDuplicatesOptions.spokenKeys`: romaji of the
 *                 reading or name, words sorted) between names written in two scripts (kanji,
 *                 kana, other): a suggestion
 *   similar-name  name similarity >= NAME_SIMILARITY_THRESHOLD (name-similarity.ts) AND the same
 *                 non-empty organisation after folding: a suggestion
 * Blocking: handles, name keys and spoken keys are matched through hash maps (a key against at most
 * MAX_PER_NAME_KEY earlier holders, so a key many people share costs nothing), similar names only
 * within one organisation, and there only for pairs that pass `mayBeSimilar`'s exact length and
 * character-signature bound (name-similarity.ts); the edit distance runs for the few pairs left.
 * Name forms are computed once per person, lazily (a vault person whose organisation no incoming
 * person shares is never folded), and organisations are folded once per distinct string; spoken
 * keys convert each distinct word once per call (memoRomajiKey) and only words of at most
 * MAX_SPOKEN_WORD characters, so keying costs a bounded amount per person, and none at all when
 * every name is in one script (`scriptsMeet`). The cost is about
 * linear in people for realistic files (10,000 against 10,000: ~0.2 s warm).
 */
import { memoRomajiKey, nameScript, spokenNameKey, type GraphSnapshot, type NameScript, type Person, type PersonId } from '../graph'
import { ITEMS_PER_STEP, runSteps, type Steps } from './import-steps'
import type { ImportedPerson, ImportPreview } from './import-types'
import { mayBeSimilar, NAME_SIMILARITY_THRESHOLD, nameForms, nameSignature, nameSimilarity, type NameForms, type NameSignature } from './name-similarity'
import { defaultNameKeys, judgeMatch, REASON_ORDER, type DuplicateReason, type NameKeyInput, type NameKeys } from './match-evidence'
import { isContainedIn } from './merge-values'
import { normalizeEmail, normalizeName, normalizePhone } from './normalize'

export type { DuplicateReason, NameKeys } from './match-evidence'
export type MatchTarget = { kind: 'vault'; personId: PersonId } | { kind: 'file'; index: number }

export interface DuplicateCandidate {
  /** Index of the incoming person in `preview.people`. */
  index: number
  target: MatchTarget
  reasons: DuplicateReason[]
  /** 1 for key, handle and name-key matches; the name similarity otherwise. */
  score: number
  /**
   * Evidence enough to merge without asking (the same key, or a shared email or phone with nothing
   * contradicting it); false for a suggestion, which only a person's decision merges.
   */
  certain: boolean
}

export interface FindDuplicatesOptions {
  /** Name keys for "same name" suggestions; default: the folded name with its words sorted. */
  nameKeys?: NameKeys
  /**
   * Keys for "same name in another script" suggestions; default: the spoken key (romaji words
   * sorted), so "Hanako Sato" meets 佐藤 花子 read さとう はなこ.
   */
  spokenKeys?: NameKeys
}

/** The default spoken keys: one per person, each distinct word converted once per call. */
function spokenKeysOf(): NameKeys {
  const romaji = memoRomajiKey()
  return (person) => {
    const key = spokenNameKey(person, romaji)
    return key === null ? [] : [key]
  }
}

/**
 * True when two of these names are written in two scripts and may share a sound (a kanji name
 * only through its reading); otherwise no spoken key can meet another and none need computing
 * (an address book all in Latin letters pays nothing for them).
 */
function scriptsMeet(...groups: readonly (readonly NameKeyInput[])[]): boolean {
  let seen: NameScript | null = null
  for (const group of groups) {
    for (const p of group) {
      const script = nameScript(p.name)
      if (script === 'kanji' && (p.reading ?? '').trim() === '') continue
      if (seen === null) seen = script
      else if (script !== seen) return true
    }
  }
  return false
}

/** How to key a name, for one findDuplicates call. */
interface Keying {
  nameKeys: NameKeys
  spokenKeys: NameKeys
  orgs: OrgFolder
}

/** How many earlier holders of one name key a person is compared with. */
export const MAX_PER_NAME_KEY = 3

interface Comparable {
  target: MatchTarget
  key: string
  emails: string[]
  phones: string[]
  org: string
  name: string
  nameKeys: readonly string[]
  spokenKeys: readonly string[]
  /** The script of the name: a shared spoken key counts only between two scripts. */
  script: NameScript
  /** Computed on first use: the signature for every pair in one organisation, forms for pairs it lets through. */
  forms: NameForms | null
  signature: NameSignature | null
}

/** Folds each distinct organisation once per findDuplicates call (most people share a few). */
class OrgFolder {
  private readonly folded = new Map<string, string>()

  fold(org: string | null): string {
    if (org === null || org === '') return ''
    let out = this.folded.get(org)
    if (out === undefined) {
      out = normalizeName(org)
      this.folded.set(org, out)
    }
    return out
  }
}

function comparableOf(target: MatchTarget, key: string, p: Pick<ImportedPerson, 'name' | 'reading' | 'organization' | 'emails' | 'phones'>, keying: Keying): Comparable {
  const emails: string[] = []
  for (const e of p.emails) {
    const n = normalizeEmail(e)
    if (n !== '') emails.push(n)
  }
  const phones: string[] = []
  for (const ph of p.phones) {
    const n = normalizePhone(ph)
    if (n !== null) phones.push(n)
  }
  const named = { name: p.name, reading: p.reading }
  return {
    target,
    key,
    emails,
    phones,
    org: keying.orgs.fold(p.organization),
    name: p.name,
    nameKeys: keying.nameKeys(named),
    spokenKeys: keying.spokenKeys(named),
    script: nameScript(p.name),
    forms: null,
    signature: null,
  }
}

function fromPerson(p: Person, keying: Keying): Comparable {
  const emails: string[] = []
  const phones: string[] = []
  for (const h of p.handles) {
    if (h.kind === 'email') emails.push(h.value)
    else if (h.kind === 'phone') phones.push(h.value)
  }
  return comparableOf({ kind: 'vault', personId: p.id }, p.id, { name: p.name, reading: p.reading, organization: p.organization, emails, phones }, keying)
}

function signatureOf(c: Comparable): NameSignature {
  if (c.signature === null) c.signature = nameSignature(c.name)
  return c.signature
}

function formsOf(c: Comparable): NameForms {
  if (c.forms === null) c.forms = nameForms(c.name)
  return c.forms
}

function push<T>(map: Map<string, T[]>, key: string, value: T): void {
  const list = map.get(key)
  if (list === undefined) map.set(key, [value])
  else list.push(value)
}

/** Indexes `c` under each of its distinct keys that fewer than MAX_PER_NAME_KEY people hold yet. */
function addKeys(map: Map<string, Comparable[]>, keys: readonly string[], c: Comparable): void {
  for (let i = 0; i < keys.length; i++) {
    const holders = map.get(keys[i])
    if (keys.indexOf(keys[i]) !== i || (holders !== undefined && holders.length >= MAX_PER_NAME_KEY)) continue
    push(map, keys[i], c)
  }
}

interface Found {
  target: Comparable
  reasons: DuplicateReason[]
  score: number
}

class Index {
  private readonly byKey = new Map<string, Comparable>()
  private readonly byEmail = new Map<string, Comparable[]>()
  private readonly byPhone = new Map<string, Comparable[]>()
  private readonly byOrg = new Map<string, Comparable[]>()
  private readonly byNameKey = new Map<string, Comparable[]>()
  private readonly bySpokenKey = new Map<string, Comparable[]>()

  add(c: Comparable): void {
    if (c.target.kind === 'vault') this.byKey.set(c.key, c)
    // A person listing one handle twice is indexed once.
    for (let i = 0; i < c.emails.length; i++) if (c.emails.indexOf(c.emails[i]) === i) push(this.byEmail, c.emails[i], c)
    for (let i = 0; i < c.phones.length; i++) if (c.phones.indexOf(c.phones[i]) === i) push(this.byPhone, c.phones[i], c)
    if (c.org !== '') push(this.byOrg, c.org, c)
    addKeys(this.byNameKey, c.nameKeys, c)
    addKeys(this.bySpokenKey, c.spokenKeys, c)
  }

  /** Appends this index's matches of `c` to `out`, each target once, reasons in the order found. */
  match(c: Comparable, out: Found[]): void {
    const from = out.length
    const note = (t: Comparable, reason: DuplicateReason, score: number) => {
      for (let i = from; i < out.length; i++) {
        const entry = out[i]
        if (entry.target !== t) continue
        if (!entry.reasons.includes(reason)) entry.reasons.push(reason)
        if (score > entry.score) entry.score = score
        return
      }
      out.push({ target: t, reasons: [reason], score })
    }
    const same = this.byKey.get(c.key)
    if (same !== undefined) note(same, 'same-key', 1)
    for (const e of c.emails) for (const t of this.byEmail.get(e) ?? []) note(t, 'email', 1)
    for (const n of c.phones) for (const t of this.byPhone.get(n) ?? []) note(t, 'phone', 1)
    for (const k of c.nameKeys) for (const t of this.byNameKey.get(k) ?? []) note(t, 'same-name', 1)
    for (const k of c.spokenKeys) for (const t of this.bySpokenKey.get(k) ?? []) if (c.script !== t.script) note(t, 'same-name-other-script', 1)
    if (c.org === '') return
    const colleagues = this.byOrg.get(c.org)
    if (colleagues === undefined) return
    const signature = signatureOf(c)
    for (const t of colleagues) {
      if (!mayBeSimilar(signature, signatureOf(t))) continue
      const score = nameSimilarity(formsOf(c), formsOf(t))
      if (score >= NAME_SIMILARITY_THRESHOLD) note(t, 'similar-name', score)
    }
  }
}

const reasonRank = (r: DuplicateReason) => REASON_ORDER.indexOf(r)

/**
 * Candidates ordered by incoming index, then certain before suggested, then strongest reason,
 * then score, vault before file.
 */
export function findDuplicates(preview: ImportPreview, vault: Pick<GraphSnapshot, 'people'>, options: FindDuplicatesOptions = {}): DuplicateCandidate[] {
  return runSteps(findDuplicatesSteps(preview, vault, options))
}

/** findDuplicates as steps (import-steps.ts): the vault indexed, then each incoming person matched. */
export function* findDuplicatesSteps(preview: ImportPreview, vault: Pick<GraphSnapshot, 'people'>, options: FindDuplicatesOptions = {}): Steps<DuplicateCandidate[]> {
  const total = preview.people.length
  const spokenKeys = options.spokenKeys ?? (scriptsMeet(vault.people, preview.people) ? spokenKeysOf() : () => [])
  const keying: Keying = { nameKeys: options.nameKeys ?? defaultNameKeys, spokenKeys, orgs: new OrgFolder() }
  const inVault = new Index()
  const byId = new Map<PersonId, Person>()
  for (let i = 0; i < vault.people.length; i++) {
    if (i % (ITEMS_PER_STEP * 4) === 0) yield { phase: 'match', done: 0, total }
    const p = vault.people[i]
    byId.set(p.id, p)
    inVault.add(fromPerson(p, keying))
  }
  // A backup's people are distinct by id: never matched with each other, and only ids are evidence.
  const idsDecide = preview.format === 'kizuna-json'
  const inFile = new Index()
  const out: DuplicateCandidate[] = []
  const matches: Found[] = []
  for (let index = 0; index < total; index++) {
    if (index % ITEMS_PER_STEP === 0) yield { phase: 'match', done: index, total }
    const person = preview.people[index]
    const c = comparableOf({ kind: 'file', index }, person.key, person, keying)
    matches.length = 0
    inVault.match(c, matches)
    if (!idsDecide) {
      inFile.match(c, matches)
      inFile.add(c)
    }
    if (matches.length === 0) continue
    const found: DuplicateCandidate[] = []
    for (const { target, reasons, score } of matches) {
      const judged = judgeMatch(reasons, c, target, idsDecide)
      if (judged === null) continue
      const vaultPerson = target.target.kind === 'vault' ? byId.get(target.target.personId)! : null
      // Merging changes nothing: an earlier import (or a person's decision) already merged it in.
      if (vaultPerson !== null && isContainedIn(person, vaultPerson)) {
        judged.reasons.splice(judged.reasons.indexOf('same-key') + 1, 0, 'unchanged')
        if (!idsDecide) judged.certain = true
      }
      found.push({ index, target: target.target, reasons: judged.reasons, score, certain: judged.certain })
    }
    const rank = (d: DuplicateCandidate) => reasonRank(d.reasons[0])
    found.sort(
      (x, y) => Number(y.certain) - Number(x.certain) || rank(x) - rank(y) || y.score - x.score || (x.target.kind === 'vault' ? -1 : 1) - (y.target.kind === 'vault' ? -1 : 1),
    )
    for (const d of found) out.push(d)
  }
  return out
}
