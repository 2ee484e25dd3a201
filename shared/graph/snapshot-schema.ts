/**
 * Zod schemas for the plain snapshot types (types.ts): what a JSON backup, an IPC payload or an
 * import must look like before `writeSnapshot` puts it into a document. Unknown keys are dropped
 * rather than rejected, so a file from a newer version with added optional fields still reads.
 */
import { z } from 'zod'
import { genderEntrySchema } from './genders'
import {
  classifyingProfileShape,
  handleSchema,
  idSchema,
  isoDateSchema,
  nameSchema,
  personIdSchema,
  roleSchema,
  tagSchema,
  tieKindSchema,
  tieStrengthSchema,
  valuesSchema,
} from './inputs'
import { eventShape, interactionShape, opportunityShape, projectShape } from './records'
import { tieIdOf } from './schema'
import type { GraphSnapshot, Me, Person, Profile, Tie } from './types'

const text = z.string().max(100_000)
const time = z.number().finite()

/** The profile as stored: one schema for me and for a person, checked against `Profile`. */
const profileSchema = z.object({
  name: z.string().max(300),
  reading: z.string().max(1000).nullable(),
  ...classifyingProfileShape,
  fieldTags: z.array(tagSchema),
  values: valuesSchema,
  organization: z.string().max(1000).nullable(),
  location: z.string().max(1000).nullable(),
  handles: z.array(handleSchema),
  tags: z.array(tagSchema),
  notes: text,
}) satisfies z.ZodType<Profile, unknown>

export const meSnapshotSchema = profileSchema.extend({ updatedAt: time }) satisfies z.ZodType<Me, unknown>

export const personSnapshotSchema = profileSchema.extend({
  id: personIdSchema,
  name: nameSchema,
  roles: z.array(roleSchema),
  howWeMet: z.object({
    where: z.string().max(1000).nullable(),
    when: isoDateSchema.nullable(),
    introducedBy: personIdSchema.nullable(),
  }),
  createdAt: time,
  updatedAt: time,
  deletedAt: time.nullable(),
}) satisfies z.ZodType<Person, unknown>

export const tieSnapshotSchema = z
  .object({
    id: z.string(),
    a: personIdSchema,
    b: personIdSchema,
    kind: tieKindSchema,
    strength: tieStrengthSchema,
    since: isoDateSchema.nullable(),
    notes: text,
  })
  .refine((t) => t.a < t.b && t.id === tieIdOf(t.a, t.b), { error: 'a tie needs a < b and id "<a>:<b>"', path: ['id'] }) satisfies z.ZodType<Tie, unknown>

export const graphSnapshotSchema = z.object({
  schemaVersion: z.int().min(1),
  me: meSnapshotSchema,
  people: z.array(personSnapshotSchema),
  ties: z.array(tieSnapshotSchema),
  trash: z.array(personSnapshotSchema),
  interactions: z.array(z.object({ id: idSchema, ...interactionShape })),
  projects: z.array(z.object({ id: idSchema, ...projectShape })),
  events: z.array(z.object({ id: idSchema, ...eventShape })),
  opportunities: z.array(z.object({ id: idSchema, ...opportunityShape })),
}) satisfies z.ZodType<GraphSnapshot, unknown>

/** Everything a backup holds: the snapshot, the ties hidden by the trash, the gender list. */
export const vaultDataSchema = z.object({
  graph: graphSnapshotSchema,
  trashedTies: z.array(tieSnapshotSchema).default([]),
  genders: z.array(genderEntrySchema).default([]),
})
export type VaultData = z.input<typeof vaultDataSchema>
