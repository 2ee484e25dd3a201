/**
 * Building an ImportedPerson from whatever a format carries: trimming, the vault's length
 * limits (shared/graph/inputs.ts: name 300, one-line text 1000, tags 200, handles 1000, notes
 * 100,000 characters; longer values are cut with a warning), name order, and the deterministic key.
 *
 * Key: "i-" + 16 hex digits of a 64-bit FNV-1a hash (two 32-bit lanes) over the format and the
 * person's identity (folded name, organisation, first email, first phone). The same file imported
 * twice gives the same keys, so the second import finds the people it wrote the first time. Two
 * people with the same identity in one file get "-2", "-3"... in file order.
 */
import type { ImportedPerson, ImportFormat, ImportWarning, SourcePosition } from './import-types'
import { normalizeEmail, normalizeName, normalizePhone } from './normalize'

export const LIMITS = { name: 300, text: 1000, tag: 200, handle: 1000, notes: 100_000 } as const

export interface PersonDraft {
  name?: string | null
  given?: string | null
  middle?: string | null
  family?: string | null
  reading?: string | null
  organization?: string | null
  title?: string | null
  emails?: (string | null | undefined)[]
  phones?: (string | null | undefined)[]
  urls?: (string | null | undefined)[]
  tags?: (string | null | undefined)[]
  notes?: string | null
  metAt?: string | null
  metWhere?: string | null
}

const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u

/** Given/family in the order the name is written: family first for CJK names ("山田 太郎"). */
export function joinName(given: string, middle: string, family: string): string {
  const parts = CJK.test(given + family) ? [family, given] : [given, middle, family]
  return parts
    .map((p) => p.trim())
    .filter((p) => p !== '')
    .join(' ')
}

export function fnv1a64(text: string): string {
  let h1 = 0x811c9dc5
  let h2 = 0x01000193 ^ 0x9e3779b9
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    h1 = Math.imul(h1 ^ c, 0x01000193)
    h2 = Math.imul(h2 ^ c, 0x5bd1e995) ^ (h2 >>> 15)
  }
  return (h1 >>> 0).toString(16).padStart(8, '0') + (h2 >>> 0).toString(16).padStart(8, '0')
}

export class PersonCollector {
  readonly people: ImportedPerson[] = []
  readonly warnings: ImportWarning[] = []
  /** Every entry offered to `add`, kept or dropped. */
  entries = 0
  private readonly keys = new Map<string, number>()

  constructor(private readonly format: ImportFormat) {}

  warn(message: string, at: SourcePosition): void {
    this.warnings.push({ message, at })
  }

  private cut(value: string | null | undefined, limit: number, what: string, at: SourcePosition): string {
    const text = (value ?? '').normalize('NFC').trim()
    if (text.length <= limit) return text
    this.warn(`${what} is longer than ${limit} characters and was shortened`, at)
    return cutBetweenCharacters(text, limit).trim()
  }

  private list(values: (string | null | undefined)[] | undefined, limit: number, what: string, at: SourcePosition): string[] {
    const out: string[] = []
    for (const value of values ?? []) {
      const text = this.cut(value, limit, what, at)
      if (text !== '' && !out.includes(text)) out.push(text)
    }
    return out
  }

  /** Adds the person, or warns and skips them when they carry nothing to name them by. */
  add(draft: PersonDraft, at: SourcePosition): ImportedPerson | null {
    this.entries++
    const emails = this.list(draft.emails, LIMITS.handle, 'an email', at)
    const phones = this.list(draft.phones, LIMITS.handle, 'a phone number', at)
    const organization = this.cut(draft.organization, LIMITS.text, 'the organisation', at)
    const written = (draft.name ?? '').trim() || joinName(draft.given ?? '', draft.middle ?? '', draft.family ?? '')
    const name = this.cut(written || organization || emails[0] || phones[0], LIMITS.name, 'the name', at)
    if (name === '') {
      this.warn('skipped: no name, organisation, email or phone', at)
      return null
    }
    const metAt = draft.metAt ?? null
    const identity = [this.format, normalizeName(name), normalizeName(organization), normalizeEmail(emails[0] ?? ''), normalizePhone(phones[0] ?? '') ?? '']
    const base = `i-${fnv1a64(identity.join('\u0000'))}`
    const seen = (this.keys.get(base) ?? 0) + 1
    this.keys.set(base, seen)
    const person: ImportedPerson = {
      key: seen === 1 ? base : `${base}-${seen}`,
      source: at,
      name,
      // NFKC: feature phones write readings in half-width katakana ("ﾔﾏﾀﾞ").
      reading: this.cut(draft.reading?.normalize('NFKC'), LIMITS.text, 'the reading', at) || null,
      organization: organization || null,
      title: this.cut(draft.title, LIMITS.text, 'the title', at) || null,
      emails,
      phones,
      urls: this.list(draft.urls, LIMITS.handle, 'a URL', at),
      tags: this.list(draft.tags, LIMITS.tag, 'a tag', at),
      notes: this.cut(draft.notes?.replace(/\r\n?/g, '\n'), LIMITS.notes, 'the notes', at),
      metAt: metAt !== null && isIsoDate(metAt) ? metAt : null,
      metWhere: this.cut(draft.metWhere, LIMITS.text, 'where we met', at) || null,
    }
    if (metAt !== null && person.metAt === null) this.warn(`"${metAt}" is not a date; when we met was left empty`, at)
    this.people.push(person)
    return person
  }
}

export function isIsoDate(text: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text)
  if (match === null) return false
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])))
  return date.toISOString().slice(0, 10) === text
}

/**
 * The longest prefix of `text` of at most `limit` UTF-16 units (what the graph's length checks
 * count) that ends between two user-perceived characters: an emoji, a flag or a letter with its
 * accents is never split.
 */
export function cutBetweenCharacters(text: string, limit: number): string {
  if (text.length <= limit) return text
  // Only a window around the limit is segmented: a grapheme boundary is decided by the characters
  // on both sides of it, and a cluster longer than the window is cut at the window's start.
  // Segmenting a whole long value (a 1,000,000-character note) costs seconds in V8.
  const start = Math.max(0, limit - CUT_WINDOW)
  let end = start
  for (const { index, segment } of graphemes().segment(text.slice(start, limit + 1))) {
    if (index + segment.length > limit - start) break
    end = start + index + segment.length
  }
  return text.slice(0, end)
}

const CUT_WINDOW = 64
let segmenter: Intl.Segmenter | null = null
const graphemes = (): Intl.Segmenter => (segmenter ??= new Intl.Segmenter(undefined, { granularity: 'grapheme' }))
