/**
 * The user-editable gender list. DEFAULT_GENDERS live in code and are never written into the
 * document (two devices would each seed them); the `genders` root holds only the user's own
 * entries and their changes to defaults, each as one atomic value keyed by gender id.
 */
import { uuidv4 } from 'lib0/random'
import type * as Y from 'yjs'
import { z } from 'zod'
import { GraphError, parseInput } from './errors'
import { genderIdSchema } from './inputs'
import { originOf, type WriteOptions } from './origins'
import { setIfChanged } from './profile-codec'
import { root, stampSchemaVersion } from './schema'
import { DEFAULT_GENDERS, type Label } from './taxonomy'

export interface GenderEntry {
  id: string
  label: Label
  /** Hidden entries are not offered for new choices; people who have them keep them. */
  hidden: boolean
}

const labelSchema = z.object({ en: z.string().trim().min(1).max(100), ja: z.string().trim().min(1).max(100) }).strict()
export const genderEntrySchema = z.object({ id: genderIdSchema, label: labelSchema, hidden: z.boolean().default(false) }).strict()
export type GenderEntryInput = z.input<typeof genderEntrySchema>

function readStored(value: unknown): Omit<GenderEntry, 'id'> | null {
  const parsed = genderEntrySchema.omit({ id: true }).safeParse(value)
  return parsed.success ? parsed.data : null
}

/** Adds a gender or changes one (a default included); returns its id. */
export function setGender(doc: Y.Doc, input: Omit<GenderEntryInput, 'id'> & { id?: string }, options?: WriteOptions): string {
  const entry = parseInput(genderEntrySchema, { ...input, id: input.id ?? uuidv4() }, 'gender')
  doc.transact(() => {
    stampSchemaVersion(doc)
    setIfChanged(root(doc, 'genders'), entry.id, { label: entry.label, hidden: entry.hidden })
  }, originOf(options))
  return entry.id
}

export function setGenderHidden(doc: Y.Doc, id: string, hidden: boolean, options?: WriteOptions): void {
  const current = readGenders(doc).find((g) => g.id === id)
  if (current === undefined) throw new GraphError('not-found', `gender: no gender with id "${id}"`, ['id'])
  setGender(doc, { ...current, hidden }, options)
}

/** Only what the user changed or added, in id order: what the JSON export carries. */
export function readStoredGenders(doc: Y.Doc): GenderEntry[] {
  const out: GenderEntry[] = []
  for (const [id, value] of root(doc, 'genders').entries()) {
    const stored = readStored(value)
    if (stored !== null) out.push({ id, ...stored })
  }
  return out.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
}

/** The effective list: defaults (as changed by the user) first, then the user's own, by id. */
export function readGenders(doc: Y.Doc): GenderEntry[] {
  const stored = new Map(readStoredGenders(doc).map((g) => [g.id, g]))
  const defaults = DEFAULT_GENDERS.map((g) => stored.get(g.id) ?? { id: g.id, label: g.label, hidden: false })
  const own = [...stored.values()].filter((g) => !DEFAULT_GENDERS.some((d) => d.id === g.id))
  return [...defaults, ...own]
}
