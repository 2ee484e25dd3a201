/**
 * Zod schemas for what callers pass into the graph's write functions. Parsing normalises as it
 * validates (trims text, turns '' into null, removes duplicates from sets), so the writers only
 * ever see clean values.
 */
import { z } from 'zod'
import { TOO_MANY_VALUES } from './errors'
import {
  AGE_BANDS,
  BIRTH_YEARS,
  ISCO_MAJOR_GROUPS,
  ISCO_SUB_MAJOR_GROUPS,
  ISIC_SECTIONS,
  MAX_VALUES_PER_PERSON,
  SCHWARTZ_VALUES,
  type AgeBandId,
  type IscoMajorId,
  type IsicSectionId,
  type SchwartzValueId,
} from './taxonomy'
import { GENDER_BASES, HANDLE_KINDS, ME_ID, ROLES, TIE_KINDS, type Profile } from './types'

function enumOf<T extends string>(ids: readonly T[]) {
  return z.enum(ids as unknown as [T, ...T[]])
}
function unique<T>(items: T[]): T[] {
  return [...new Set(items)]
}

/** Ids end up inside Y.Map keys ("<a>:<b>/kind"), so ':' and '/' must never occur in them. */
export const idSchema = z.string().regex(/^[A-Za-z0-9._-]{1,64}$/, { error: 'an id is 1-64 letters, digits, ".", "_" or "-"' })
export const personIdSchema = idSchema.refine((id) => id !== ME_ID, { error: `"${ME_ID}" is not a person id` })

const nfc = (s: string) => s.normalize('NFC')
/**
 * Characters that show nothing: controls, format characters (zero-width, bidi overrides),
 * unassigned and lone surrogates, combining marks on their own, separators, and the Hangul fillers.
 */
const INVISIBLE = /^[\p{White_Space}\p{Cc}\p{Cf}\p{Cn}\p{Cs}\p{M}\p{Z}\u115F\u1160\u3164\uFFA0]*$/u
/** Whether `text` has at least one character a person can see. */
export function hasVisibleCharacter(text: string): boolean {
  return !INVISIBLE.test(text)
}
export const nameSchema = z.string().trim().min(1, { error: 'must not be empty' }).max(300).refine(hasVisibleCharacter, { error: 'must have a visible character' }).transform(nfc)
/** Optional one-line text: '' means "not set" and reads back as null. */
export const optionalTextSchema = z
  .string()
  .trim()
  .max(1000)
  .transform((s) => (s === '' ? null : nfc(s)))
  .nullable()
export const notesSchema = z.string().max(100_000).transform(nfc)
export const isoDateSchema = z.iso.date()
export const tagSchema = z.string().trim().min(1, { error: 'a tag must not be empty' }).max(200).transform(nfc)

export const roleSchema = z.enum(ROLES)
export const tieKindSchema = z.enum(TIE_KINDS)
export const tieStrengthSchema = z.union([z.literal(1), z.literal(2), z.literal(3)])
export const valueSchema = enumOf<SchwartzValueId>(SCHWARTZ_VALUES.map((v) => v.id))
export const ageBandSchema = enumOf<AgeBandId>(AGE_BANDS.map((b) => b.id))
export const iscoMajorSchema = enumOf<IscoMajorId>(ISCO_MAJOR_GROUPS.map((g) => g.id))
export const isicSectionSchema = enumOf<IsicSectionId>(ISIC_SECTIONS.map((s) => s.id))
export const handleKindSchema = z.enum(HANDLE_KINDS)
export const genderIdSchema = z.string().trim().min(1).max(100)
export const genderBasisSchema = z.enum(GENDER_BASES)

export const occupationSchema = z
  .object({
    major: iscoMajorSchema,
    subMajor: z
      .string()
      .refine((id) => ISCO_SUB_MAJOR_GROUPS.some((g) => g.id === id), { error: 'not an ISCO-08 sub-major group' })
      .nullable()
      .default(null),
  })
  .refine((o) => o.subMajor === null || o.subMajor.startsWith(o.major), {
    error: 'the sub-major group must belong to the major group',
    path: ['subMajor'],
  })

export const handleSchema = z.object({
  kind: handleKindSchema,
  value: z.string().trim().min(1, { error: 'a handle must not be empty' }).max(1000),
})

const tagsSchema = z.array(tagSchema).transform(unique)
export const valuesSchema = z
  .array(valueSchema)
  .transform(unique)
  .refine((values) => values.length <= MAX_VALUES_PER_PERSON, { error: TOO_MANY_VALUES })
const handlesSchema = z.array(handleSchema).transform((hs) => [...new Map(hs.map((h) => [`${h.kind}:${h.value}`, h])).values()])

/** The profile fields a person is classified by: one schema for a patch and for a stored snapshot. */
export const classifyingProfileShape = {
  gender: genderIdSchema.nullable(),
  genderBasis: genderBasisSchema.nullable(),
  birthYear: z.int().min(BIRTH_YEARS.min).max(BIRTH_YEARS.max).nullable(),
  ageBand: ageBandSchema.nullable(),
  occupation: occupationSchema.nullable(),
  industry: isicSectionSchema.nullable(),
}

/** Every profile field, each optional: a patch. Fields left out are not touched. */
export const profilePatchSchema = z
  .object({
    name: nameSchema,
    reading: optionalTextSchema,
    ...classifyingProfileShape,
    fieldTags: tagsSchema,
    values: valuesSchema,
    organization: optionalTextSchema,
    location: optionalTextSchema,
    handles: handlesSchema,
    tags: tagsSchema,
    notes: notesSchema,
  })
  .partial()
  .strict() satisfies z.ZodType<Partial<Profile>, unknown>
export type ProfilePatch = z.input<typeof profilePatchSchema>
export type CleanProfilePatch = z.output<typeof profilePatchSchema>

export const howWeMetPatchSchema = z
  .object({
    where: optionalTextSchema,
    when: isoDateSchema.nullable(),
    introducedBy: personIdSchema.nullable(),
  })
  .partial()
  .strict()

export const personPatchSchema = profilePatchSchema
  .extend({
    roles: z.array(roleSchema).transform(unique),
    howWeMet: howWeMetPatchSchema,
  })
  .partial()
  .strict()
export type PersonPatch = z.input<typeof personPatchSchema>
export type CleanPersonPatch = z.output<typeof personPatchSchema>

/** A new person: a patch with a name, and optionally the id to use (importers keep their ids). */
export const personInputSchema = personPatchSchema.extend({ id: personIdSchema.optional(), name: nameSchema }).strict()
export type PersonInput = z.input<typeof personInputSchema>
/** What personInputSchema gives: a person's input validated and normalised. */
export type CleanPersonInput = z.output<typeof personInputSchema>

export const tiePatchSchema = z
  .object({
    kind: tieKindSchema,
    strength: tieStrengthSchema,
    since: isoDateSchema.nullable(),
    notes: notesSchema,
  })
  .partial()
  .strict()
export type TiePatch = z.input<typeof tiePatchSchema>
