/**
 * Duplicate candidates for an import: each incoming person against the vault's live people and
 * against the people before them in the same file.
 *
 * Reasons, strongest first:
 *   same-key      the vault already holds a person with this import key (the same file, imported
 *                 before) or, for Kizuna JSON, the same id
 *   email, phone  a handle equal after normalisation (normalize.ts)
 *   unchanged     a vault candidate (by key or handle) already holds everything this entry
 *                 carries: it was merged in by an earlier import of the same file
 *   similar-name  name similarity >= NAME_SIMILARITY_THRESHOLD (name-similarity.ts) AND the same
 *                 non-empty organisation after folding
 * Handles are matched through hash maps and names only within one organisation, so the cost is
 * about linear in people for realistic files (10,000 against 10,000 in well under a second).
 */
import type { GraphSnapshot, Person, PersonId } from '../graph'
import type { ImportedPerson, ImportPreview } from './import-types'
import { NAME_SIMILARITY_THRESHOLD, nameForms, nameSimilarity, type NameForms } from './name-similarity'
import { isContainedIn } from './merge-values'
import { normalizeEmail, normalizeName, normalizePhone } from './normalize'

export type DuplicateReason = 'same-key' | 'unchanged' | 'email' | 'phone' | 'similar-name'
export type MatchTarget = { kind: 'vault'; personId: PersonId } | { kind: 'file'; index: number }

export interface DuplicateCandidate {
  /** Index of the incoming person in `preview.people`. */
  index: number
  target: MatchTarget
  reasons: DuplicateReason[]
  /** 1 for key and handle matches; the name similarity otherwise. */
  score: number
}

interface Comparable {
  target: MatchTarget
  key: string
  emails: string[]
  phones: string[]
  org: string
  forms: NameForms
}

function comparableOf(target: MatchTarget, key: string, p: Pick<ImportedPerson, 'name' | 'organization' | 'emails' | 'phones'>): Comparable {
  return {
    target,
    key,
    emails: p.emails.map(normalizeEmail).filter((e) => e !== ''),
    phones: p.phones.map(normalizePhone).filter((n): n is string => n !== null),
    org: normalizeName(p.organization),
    forms: nameForms(p.name),
  }
}

function fromPerson(p: Person): Comparable {
  const of = (kind: string) => p.handles.filter((h) => h.kind === kind).map((h) => h.value)
  return comparableOf({ kind: 'vault', personId: p.id }, p.id, { name: p.name, organization: p.organization, emails: of('email'), phones: of('phone') })
}

class Index {
  private readonly byKey = new Map<string, Comparable>()
  private readonly byEmail = new Map<string, Comparable[]>()
  private readonly byPhone = new Map<string, Comparable[]>()
  private readonly byOrg = new Map<string, Comparable[]>()

  add(c: Comparable): void {
    if (c.target.kind === 'vault') this.byKey.set(c.key, c)
    const push = (map: Map<string, Comparable[]>, k: string) => {
      const list = map.get(k)
      if (list === undefined) map.set(k, [c])
      else list.push(c)
    }
    for (const e of new Set(c.emails)) push(this.byEmail, e)
    for (const n of new Set(c.phones)) push(this.byPhone, n)
    if (c.org !== '') push(this.byOrg, c.org)
  }

  match(c: Comparable): { target: Comparable; reasons: DuplicateReason[]; score: number }[] {
    const found = new Map<Comparable, { reasons: Set<DuplicateReason>; score: number }>()
    const note = (t: Comparable, reason: DuplicateReason, score: number) => {
      const entry = found.get(t) ?? { reasons: new Set<DuplicateReason>(), score: 0 }
      entry.reasons.add(reason)
      entry.score = Math.max(entry.score, score)
      found.set(t, entry)
    }
    const same = this.byKey.get(c.key)
    if (same !== undefined) note(same, 'same-key', 1)
    for (const e of c.emails) for (const t of this.byEmail.get(e) ?? []) note(t, 'email', 1)
    for (const n of c.phones) for (const t of this.byPhone.get(n) ?? []) note(t, 'phone', 1)
    if (c.org !== '') {
      for (const t of this.byOrg.get(c.org) ?? []) {
        const score = nameSimilarity(c.forms, t.forms)
        if (score >= NAME_SIMILARITY_THRESHOLD) note(t, 'similar-name', score)
      }
    }
    return [...found].map(([target, { reasons, score }]) => ({ target, reasons: [...reasons], score }))
  }
}

const REASON_ORDER: DuplicateReason[] = ['same-key', 'unchanged', 'email', 'phone', 'similar-name']

/** Candidates ordered by incoming index, then strongest reason, then score. */
export function findDuplicates(preview: ImportPreview, vault: Pick<GraphSnapshot, 'people'>): DuplicateCandidate[] {
  const inVault = new Index()
  const byId = new Map(vault.people.map((p) => [p.id, p]))
  for (const p of vault.people) inVault.add(fromPerson(p))
  const inFile = new Index()
  const out: DuplicateCandidate[] = []
  preview.people.forEach((person, index) => {
    const c = comparableOf({ kind: 'file', index }, person.key, person)
    const found = [...inVault.match(c), ...inFile.match(c)].map(({ target, reasons, score }) => ({
      index,
      target: target.target,
      reasons: [...reasons, ...(target.target.kind === 'vault' && reasons.some((r) => r !== 'similar-name') && isContainedIn(person, byId.get(target.target.personId)!) ? ['unchanged' as const] : [])].sort((x, y) => REASON_ORDER.indexOf(x) - REASON_ORDER.indexOf(y)),
      score,
    }))
    const rank = (d: DuplicateCandidate) => REASON_ORDER.indexOf(d.reasons[0])
    found.sort((x, y) => rank(x) - rank(y) || y.score - x.score || (x.target.kind === 'vault' ? -1 : 1) - (y.target.kind === 'vault' ? -1 : 1))
    out.push(...found)
    inFile.add(c)
  })
  return out
}
