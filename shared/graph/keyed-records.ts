/**
 * Set-valued fields of record rows stored one key per element, so that two machines adding
 * different elements concurrently both keep their element (one atomic array value would keep only
 * the last writer's array). Used for an interaction's people, a project's members and the people
 * met at an event.
 *
 *   person:<personId>    -> true           interaction.personIds
 *   member:<personId>    -> true           project.memberIds
 *   met:<personId>       -> exchange text  event.met (one line on what exchange we could have)
 *   followUp:<personId>  -> true           event.met[].followUp
 *
 * Migration on read: schema 1 stored each list as one array under the field's name (personIds,
 * memberIds, met), and the JSON import still writes that shape. Readers return the union of the
 * legacy array and the element keys; the first keyed write to a row moves the legacy elements
 * into keys and deletes the array, so from then on removal works element by element.
 * Sets read in person id order, so every replica reads the same list.
 */
import type { Row } from './schema'
import { setIfChanged } from './profile-codec'
import type { MetAtEvent, PersonId } from './types'

const byCodeUnit = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0)

/** A keyed set of person ids living under `prefix`, with its schema-1 array under `legacyKey`. */
export interface IdSetField {
  legacyKey: string
  prefix: string
}
export const INTERACTION_PEOPLE: IdSetField = { legacyKey: 'personIds', prefix: 'person:' }
export const PROJECT_MEMBERS: IdSetField = { legacyKey: 'memberIds', prefix: 'member:' }
const MET_PREFIX = 'met:'
const FOLLOW_UP_PREFIX = 'followUp:'

function legacyIds(value: unknown): string[] {
  if (!Array.isArray(value)) return []
  return value.filter((id): id is string => typeof id === 'string')
}

export function readIdSet(row: Row, field: IdSetField): PersonId[] {
  const ids = new Set(legacyIds(row.get(field.legacyKey)))
  for (const [key, value] of row.entries()) if (key.startsWith(field.prefix) && value === true) ids.add(key.slice(field.prefix.length))
  return [...ids].sort(byCodeUnit)
}

function migrateIdSet(row: Row, field: IdSetField): void {
  if (!row.has(field.legacyKey)) return
  for (const id of legacyIds(row.get(field.legacyKey))) if (!row.has(field.prefix + id)) row.set(field.prefix + id, true)
  row.delete(field.legacyKey)
}

/** Makes the set hold exactly `ids`, touching only keys that change. Call inside a transaction. */
export function writeIdSet(row: Row, field: IdSetField, ids: readonly PersonId[]): void {
  migrateIdSet(row, field)
  const wanted = new Set(ids.map((id) => field.prefix + id))
  for (const key of [...row.keys()]) if (key.startsWith(field.prefix) && !wanted.has(key)) row.delete(key)
  for (const key of wanted) if (row.get(key) !== true) row.set(key, true)
}

export function addToIdSet(row: Row, field: IdSetField, id: PersonId): void {
  migrateIdSet(row, field)
  if (row.get(field.prefix + id) !== true) row.set(field.prefix + id, true)
}

export function removeFromIdSet(row: Row, field: IdSetField, id: PersonId): void {
  migrateIdSet(row, field)
  if (row.has(field.prefix + id)) row.delete(field.prefix + id)
}

function legacyMet(value: unknown): MetAtEvent[] {
  if (!Array.isArray(value)) return []
  const out: MetAtEvent[] = []
  for (const entry of value as unknown[]) {
    if (entry === null || typeof entry !== 'object') continue
    const { personId, exchange, followUp } = entry as Record<string, unknown>
    if (typeof personId === 'string') out.push({ personId, exchange: typeof exchange === 'string' ? exchange : '', followUp: followUp === true })
  }
  return out
}

export function readMet(row: Row): MetAtEvent[] {
  const met = new Map(legacyMet(row.get('met')).map((m) => [m.personId, m]))
  for (const [key, value] of row.entries()) {
    if (!key.startsWith(MET_PREFIX)) continue
    const personId = key.slice(MET_PREFIX.length)
    met.set(personId, { personId, exchange: typeof value === 'string' ? value : '', followUp: met.get(personId)?.followUp ?? false })
  }
  for (const entry of met.values()) if (row.get(FOLLOW_UP_PREFIX + entry.personId) === true) entry.followUp = true
  return [...met.values()].sort((a, b) => byCodeUnit(a.personId, b.personId))
}

function migrateMet(row: Row): void {
  if (!row.has('met')) return
  for (const m of legacyMet(row.get('met'))) {
    if (!row.has(MET_PREFIX + m.personId)) row.set(MET_PREFIX + m.personId, m.exchange)
    if (m.followUp === true && !row.has(FOLLOW_UP_PREFIX + m.personId)) row.set(FOLLOW_UP_PREFIX + m.personId, true)
  }
  row.delete('met')
}

/**
 * Makes the event's met set exactly `met`. An entry without `followUp` keeps its stored flag, so a
 * form that only edits the exchange lines never clears a pending follow-up.
 */
export function writeMet(row: Row, met: readonly MetAtEvent[]): void {
  migrateMet(row)
  const wanted = new Map(met.map((m) => [m.personId, m]))
  for (const key of [...row.keys()]) {
    const id = key.startsWith(MET_PREFIX) ? key.slice(MET_PREFIX.length) : key.startsWith(FOLLOW_UP_PREFIX) ? key.slice(FOLLOW_UP_PREFIX.length) : null
    if (id !== null && !wanted.has(id)) row.delete(key)
  }
  for (const m of wanted.values()) {
    setIfChanged(row, MET_PREFIX + m.personId, m.exchange)
    if (m.followUp === true) setIfChanged(row, FOLLOW_UP_PREFIX + m.personId, true)
    else if (m.followUp === false && row.has(FOLLOW_UP_PREFIX + m.personId)) row.delete(FOLLOW_UP_PREFIX + m.personId)
  }
}
