/**
 * How two records of one person become one, for import merges and the manual "merge these two".
 *
 * Rule: nothing is lost.
 *  - Sets (handles, tags, field tags, roles) are united.
 *  - Empty scalar fields (reading, organisation, location, gender with its basis, birth year, age
 *    band, occupation, industry, how we met) are filled from the other side.
 *  - When both sides have a different value, the kept (existing) side wins and the other value is
 *    appended to the notes as one line "<field>: <value>", e.g. "organization: Acme".
 *  - Schwartz values keep the existing ones, then the other side's up to the limit of three; the
 *    rest become a "values: ..." line. A job title (which Kizuna has no field for) is always a
 *    "title: ..." line.
 *  - The other side's notes are appended after a blank line.
 * Every appended line or note is skipped when the notes already contain it, so merging the same
 * data twice (re-importing a file) changes nothing.
 */
import type { ImportedPerson } from './import-types'
import { blankProfile, MAX_VALUES_PER_PERSON, type Person, type PersonInput, type PersonPatch } from '../graph'
import { normalizeName } from './normalize'

/** A person's content without identity and times, plus an optional job title. */
export type MergeableProfile = Omit<Person, 'id' | 'createdAt' | 'updatedAt' | 'deletedAt'> & { title: string | null }

const NOTES_LIMIT = 100_000

export function fromImported(p: ImportedPerson): MergeableProfile {
  return {
    ...blankProfile(p.name),
    reading: p.reading,
    organization: p.organization,
    title: p.title,
    handles: [
      ...p.emails.map((value) => ({ kind: 'email' as const, value })),
      ...p.phones.map((value) => ({ kind: 'phone' as const, value })),
      ...p.urls.map((value) => ({ kind: 'url' as const, value })),
    ],
    tags: p.tags,
    notes: p.notes,
    roles: [],
    howWeMet: { where: p.metWhere, when: p.metAt, introducedBy: null },
  }
}

function union<T>(a: readonly T[], b: readonly T[], key: (x: T) => string = String): T[] {
  const seen = new Map(a.map((x) => [key(x), x]))
  for (const x of b) if (!seen.has(key(x))) seen.set(key(x), x)
  return [...seen.values()]
}

function addLine(notes: string, line: string): string {
  if (notes.split('\n').includes(line)) return notes
  return notes === '' ? line : `${notes}\n${line}`
}

function addBlock(notes: string, block: string): string {
  if (block.trim() === '' || notes.includes(block)) return notes
  return notes === '' ? block : `${notes}\n\n${block}`
}

export function mergeProfiles(base: MergeableProfile, other: MergeableProfile): MergeableProfile {
  const out: MergeableProfile = { ...base, howWeMet: { ...base.howWeMet } }
  const lines: string[] = []
  const fill = <K extends keyof MergeableProfile>(key: K, label: string = key, same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b)) => {
    const theirs = other[key]
    if (theirs === null || theirs === '') return
    if (out[key] === null || out[key] === '') out[key] = theirs
    else if (!same(out[key], theirs)) lines.push(`${label}: ${typeof theirs === 'object' ? JSON.stringify(theirs) : String(theirs)}`)
  }
  // normalizeName is normalizeForSearch's folding without its per-character regex (normalize.ts).
  const sameText = (a: unknown, b: unknown) => normalizeName(String(a)) === normalizeName(String(b))
  fill('name', 'name', sameText)
  fill('reading', 'reading', sameText)
  fill('organization', 'organization', sameText)
  fill('location', 'location', sameText)
  if (out.gender === null && other.gender !== null) {
    out.gender = other.gender
    out.genderBasis = other.genderBasis
  } else if (other.gender !== null && other.gender !== out.gender) lines.push(`gender: ${other.gender}`)
  fill('birthYear', 'birth year')
  fill('ageBand', 'age band')
  fill('occupation')
  fill('industry')
  for (const part of ['where', 'when', 'introducedBy'] as const) {
    const theirs = other.howWeMet[part]
    if (theirs === null) continue
    if (out.howWeMet[part] === null) out.howWeMet[part] = theirs
    else if (out.howWeMet[part] !== theirs && part !== 'introducedBy') lines.push(`met ${part}: ${theirs}`)
  }
  out.handles = union(base.handles, other.handles, (h) => `${h.kind}:${h.value}`)
  out.tags = union(base.tags, other.tags)
  out.fieldTags = union(base.fieldTags, other.fieldTags)
  out.roles = union(base.roles, other.roles)
  const values = union(base.values, other.values)
  out.values = values.slice(0, MAX_VALUES_PER_PERSON)
  if (values.length > MAX_VALUES_PER_PERSON) lines.push(`values: ${values.slice(MAX_VALUES_PER_PERSON).join(', ')}`)
  if (out.title === null) out.title = other.title
  else if (other.title !== null && !sameText(out.title, other.title)) lines.push(`title: ${other.title}`)
  let notes = addBlock(base.notes, other.notes)
  for (const line of lines) notes = addLine(notes, line)
  out.notes = notes
  return out
}

/** True when merging `incoming` into `person` would change nothing: it was imported before. */
export function isContainedIn(incoming: ImportedPerson, person: Person): boolean {
  return Object.keys(patchBetween(person, mergeProfiles({ ...person, title: null }, fromImported(incoming)))).length === 0
}

/** The notes with the title line the vault stores in place of a title field. */
function notesWithTitle(p: MergeableProfile): string {
  return p.title === null ? p.notes : addLine(p.notes, `title: ${p.title}`)
}

export function checkNotesLength(p: MergeableProfile): string | null {
  return notesWithTitle(p).length > NOTES_LIMIT ? `the merged notes would exceed ${NOTES_LIMIT} characters` : null
}

export function toPersonInput(id: string, p: MergeableProfile): PersonInput {
  const { title: _title, ...rest } = p
  return { ...rest, id, notes: notesWithTitle(p) }
}

/** Only the fields that change from `before` to `after`, as an updatePerson patch. */
export function patchBetween(before: Person, after: MergeableProfile): PersonPatch {
  const { title: _title, ...target } = { ...after, notes: notesWithTitle(after) }
  const patch: Record<string, unknown> = {}
  for (const [key, value] of Object.entries(target)) {
    const old = (before as unknown as Record<string, unknown>)[key]
    if (JSON.stringify(old) !== JSON.stringify(value)) patch[key] = value
  }
  return patch
}
