/**
 * The layout of the vault's Y.Doc. Only `shared/graph/` reads or writes these types.
 *
 *   meta           Y.Map  schemaVersion: number   (written only when absent or lower; never seeded)
 *                         setting:<name> -> value  workflow settings, flat keys (workflow-records.ts)
 *   me             Y.Map  the user's own profile, flat PROFILE KEYS (below), plus updatedAt
 *   people         Y.Map  personId -> Y.Map with flat PROFILE KEYS plus
 *                           metWhere, metWhen, introducedBy        how we met, one key each
 *                           role:<role> -> true                    roles toward me (a set)
 *                           createdAt, updatedAt, deletedAt        ms since epoch; deletedAt null unless in trash
 *                           cadence -> days | 'off'                keep-in-touch override (schema 2)
 *                           snooze:<item> -> { until, dueOn }      a postponed Today item (schema 2)
 *   ties           Y.Map  FLAT, one entry per tie field: "<tieId>/<field>" -> value
 *                           <tieId> = "<a>:<b>" with a < b (see tieIdOf)
 *                           fields: linked (boolean), kind, strength (1-3), since (ISO date | null), notes
 *   genders        Y.Map  genderId -> { label: { en, ja }, hidden: boolean }
 *                           only the user's own entries and changes; DEFAULT_GENDERS live in code
 *   interactions   Y.Map  id -> Y.Map: date, kind, note; person:<id> -> true; deletedAt
 *   events         Y.Map  id -> Y.Map: name, kind, where, date; met:<id> -> exchange,
 *                           followUp:<id> -> true; deletedAt
 *   projects       Y.Map  id -> Y.Map: name, start, end, deadline, finishedAt, myRole, notes,
 *                           learned, tookUnownedChores; member:<id> -> true; deletedAt
 *   opportunities  Y.Map  id -> Y.Map: date, kind, title, field, note, viaPersonIds (one ordered
 *                           array: a chain of introductions is a path, not a set); deletedAt
 *                  (records.ts lists the fields; keyed-records.ts the per-element set keys)
 *
 * Schema history: 1 the graph and records with list fields as single array values; 2 (additive)
 * set-valued record fields as one key per element, the follow-up flag, learned and
 * tookUnownedChores on projects, workflow settings in `meta`, cadence and snoozes on people.
 * A schema-1 row reads as schema 2 (absent keys are defaults; array list values are read and
 * moved into keys on the row's next write).
 *
 * PROFILE KEYS (shared by me and people), one Y.Map entry per field so that concurrent edits of
 * different fields both survive:
 *   name, reading, gender, genderBasis, birthYear, ageBand, industry, organization, location,
 *   notes                                 scalars (last writer wins per field)
 *   occupation                            { major, subMajor } | null, ONE entry because the
 *                                         sub-major must start with the major: merging the two
 *                                         parts from different writers could pair them wrongly
 *   tag:<tag>, field:<tag>                -> true            sets
 *   value:<schwartzId>                    -> ms added        a set; readers keep the 3 newest
 *   handle:<kind>:<value>                 -> true            a set
 *
 * Why sets are keys: the same element added on two machines writes the same key, so it appears
 * once; removal deletes the key, and a concurrent re-add wins over the removal (Y.Map semantics).
 * Why ties are flat: a nested Y.Map created for the same pair on two machines would resolve to
 * one map and drop the other machine's later field edits; flat keys merge field by field.
 * A person keeps a nested map because its id is random (two machines never create the same one).
 *
 * Soft deletion: people and records carry deletedAt; ties carry linked=false. Keys other devices
 * may still write are not removed, except by an explicit purge.
 * Derived values (last contact, tie strength over time, age band from birth year) are never
 * stored: they are computed from the log when read.
 * Migration: a reader fills absent keys with defaults, so data from an older schema reads as the
 * current one; schema changes only add keys.
 */
import * as Y from 'yjs'
import type { PersonId, TieId } from './types'

/** Bump when keys are added; readers of older documents fill defaults (migrate on read). */
export const SCHEMA_VERSION = 2

export const ROOT_NAMES = ['meta', 'me', 'people', 'ties', 'genders', 'interactions', 'events', 'projects', 'opportunities'] as const
export type RootName = (typeof ROOT_NAMES)[number]

export type RecordRootName = 'interactions' | 'events' | 'projects' | 'opportunities'

export function root(doc: Y.Doc, name: RootName): Y.Map<unknown> {
  return doc.getMap(name)
}

/** The nested row maps of `people` and the record roots. */
export type Row = Y.Map<unknown>

export function rowOf(doc: Y.Doc, name: 'people' | RecordRootName, id: string): Row | undefined {
  const row = root(doc, name).get(id)
  return row instanceof Y.Map ? (row as Row) : undefined
}

export const SET_PREFIX = {
  tags: 'tag:',
  fieldTags: 'field:',
  values: 'value:',
  roles: 'role:',
  handles: 'handle:',
} as const
export type SetName = keyof typeof SET_PREFIX

/** The deterministic id of the tie between two people: both orders give the same id. */
export function tieIdOf(a: PersonId, b: PersonId): TieId {
  return a < b ? `${a}:${b}` : `${b}:${a}`
}

export function tieEnds(id: TieId): [PersonId, PersonId] {
  const at = id.indexOf(':')
  return [id.slice(0, at), id.slice(at + 1)]
}

export const TIE_FIELDS = ['linked', 'kind', 'strength', 'since', 'notes'] as const
export type TieField = (typeof TIE_FIELDS)[number]

export function tieKey(id: TieId, field: TieField): string {
  return `${id}/${field}`
}

/** Inside a write transaction: records the schema version once, never overwriting a newer one. */
export function stampSchemaVersion(doc: Y.Doc): void {
  const meta = root(doc, 'meta')
  const stored = meta.get('schemaVersion')
  if (typeof stored !== 'number' || stored < SCHEMA_VERSION) meta.set('schemaVersion', SCHEMA_VERSION)
}

/** The version of the newest writer that touched this document, or null for an empty one. */
export function readSchemaVersion(doc: Y.Doc): number | null {
  const stored = root(doc, 'meta').get('schemaVersion')
  return typeof stored === 'number' ? stored : null
}
