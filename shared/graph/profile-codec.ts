/**
 * Reads and writes the PROFILE KEYS (see schema.ts) of one Y.Map: a person's row or the `me` root.
 *
 * Writers skip a key whose value would not change: every overwrite of a Y.Map key leaves a
 * tombstone, so a no-op write still grows the document.
 * Readers never trust the stored shape: a value of the wrong type (an older or newer writer, a
 * hand-edited file) reads as the field's default. That is the "migrate on read" rule.
 */
import type * as Y from 'yjs'
import { ageBandSchema, genderBasisSchema, handleKindSchema, iscoMajorSchema, isicSectionSchema, valueSchema, type CleanProfilePatch } from './inputs'
import { SET_PREFIX, type SetName } from './schema'
import { ISCO_SUB_MAJOR_GROUPS, MAX_VALUES_PER_PERSON, type SchwartzValueId } from './taxonomy'
import type { Handle, Occupation, Profile } from './types'

type AnyMap = Y.Map<unknown>

export const SCALAR_PROFILE_KEYS = [
  'name',
  'reading',
  'gender',
  'genderBasis',
  'birthYear',
  'ageBand',
  'industry',
  'organization',
  'location',
  'notes',
] as const satisfies readonly (keyof Profile)[]

export function setIfChanged(map: AnyMap, key: string, value: unknown): void {
  const current = map.get(key)
  if (current === value) return
  if (value !== null && typeof value === 'object' && JSON.stringify(current) === JSON.stringify(value)) return
  map.set(key, value)
}

/** The element keys a set should hold, e.g. "tag:UX" for the tag "UX". */
function elementKeys(set: SetName, elements: readonly (string | Handle)[]): string[] {
  return elements.map((e) => SET_PREFIX[set] + (typeof e === 'string' ? e : `${e.kind}:${e.value}`))
}

/**
 * Makes the set hold exactly `elements`, touching only keys that change, so a concurrent add of
 * another element on another machine survives this replacement.
 */
export function replaceSet(map: AnyMap, set: SetName, elements: readonly (string | Handle)[], now: number): void {
  const wanted = new Set(elementKeys(set, elements))
  for (const key of [...map.keys()]) {
    if (key.startsWith(SET_PREFIX[set]) && !wanted.has(key)) map.delete(key)
  }
  // A value's stamp is when it was entered, one millisecond apart within a write, so the values
  // read back in the order they were given (the first is the main value, profile-rules.ts).
  let entered = 0
  for (const key of wanted) if (!map.has(key)) map.set(key, set === 'values' ? now + entered++ : true)
}

export function addToSet(map: AnyMap, set: SetName, element: string | Handle, now: number): void {
  const [key] = elementKeys(set, [element])
  if (key !== undefined && !map.has(key)) map.set(key, set === 'values' ? now : true)
}

export function removeFromSet(map: AnyMap, set: SetName, element: string | Handle): void {
  const [key] = elementKeys(set, [element])
  if (key !== undefined && map.has(key)) map.delete(key)
}

export function writeProfilePatch(map: AnyMap, patch: CleanProfilePatch, now: number): void {
  for (const key of SCALAR_PROFILE_KEYS) {
    const value = patch[key]
    if (value !== undefined) setIfChanged(map, key, value)
  }
  if (patch.occupation !== undefined) setIfChanged(map, 'occupation', patch.occupation)
  if (patch.tags !== undefined) replaceSet(map, 'tags', patch.tags, now)
  if (patch.fieldTags !== undefined) replaceSet(map, 'fieldTags', patch.fieldTags, now)
  if (patch.values !== undefined) replaceSet(map, 'values', patch.values, now)
  if (patch.handles !== undefined) replaceSet(map, 'handles', patch.handles, now)
}

/**
 * A reader of one enumerated field: it accepts exactly the ids the writers' schema accepts (a Set
 * lookup, because reading runs for every person on every snapshot).
 */
function idReader<T extends string>(ids: readonly T[]): (v: unknown) => T | null {
  const known = new Set<string>(ids)
  return (v) => (typeof v === 'string' && known.has(v) ? (v as T) : null)
}
const readMajor = idReader(iscoMajorSchema.options)
const readSection = idReader(isicSectionSchema.options)
const readAgeBand = idReader(ageBandSchema.options)
const readHandleKind = idReader(handleKindSchema.options)
const readGenderBasis = idReader(genderBasisSchema.options)
const SUB_MAJORS = new Set<string>(ISCO_SUB_MAJOR_GROUPS.map((g) => g.id))
const VALUE_ORDER = new Map<string, number>(valueSchema.options.map((id, i) => [id, i]))

export function textOrNull(v: unknown): string | null {
  return typeof v === 'string' ? v : null
}
export function numberOrNull(v: unknown): number | null {
  return typeof v === 'number' && Number.isFinite(v) ? v : null
}

function readOccupation(v: unknown): Occupation | null {
  if (v === null || typeof v !== 'object') return null
  const { major, subMajor } = v as Record<string, unknown>
  const m = readMajor(major)
  if (m === null) return null
  const s = typeof subMajor === 'string' && SUB_MAJORS.has(subMajor) && subMajor.startsWith(m) ? subMajor : null
  return { major: m, subMajor: s }
}

/** Set elements of one Y.Map, in a deterministic (code unit) order. */
export interface SetElements {
  tags: string[]
  fieldTags: string[]
  values: SchwartzValueId[]
  roles: string[]
  handles: Handle[]
}

export function readSets(map: AnyMap): SetElements {
  const tags: string[] = []
  const fieldTags: string[] = []
  const roles: string[] = []
  const handles: Handle[] = []
  const values: { id: SchwartzValueId; addedAt: number }[] = []
  // forEach rather than entries(): Yjs's entries iterator allocates a few objects per key, and a
  // list of 30,000 people reads every key of every person.
  map.forEach((v, key) => {
    if (key.startsWith(SET_PREFIX.tags)) tags.push(key.slice(SET_PREFIX.tags.length))
    else if (key.startsWith(SET_PREFIX.fieldTags)) fieldTags.push(key.slice(SET_PREFIX.fieldTags.length))
    else if (key.startsWith(SET_PREFIX.roles)) roles.push(key.slice(SET_PREFIX.roles.length))
    else if (key.startsWith(SET_PREFIX.values)) {
      const id = key.slice(SET_PREFIX.values.length)
      if (VALUE_ORDER.has(id)) values.push({ id: id as SchwartzValueId, addedAt: numberOrNull(v) ?? 0 })
    } else if (key.startsWith(SET_PREFIX.handles)) {
      const rest = key.slice(SET_PREFIX.handles.length)
      const at = rest.indexOf(':')
      const kind = readHandleKind(rest.slice(0, at))
      if (at > 0 && kind !== null) handles.push({ kind, value: rest.slice(at + 1) })
    }
  })
  const byCodeUnit = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0)
  // Concurrent adds on several machines can leave more than three values; the three most
  // recently added win, and they read in the order they were entered. Equal stamps (data written
  // before values were stamped apart) fall back to circumplex order.
  const circumplex = (a: { id: string }, b: { id: string }) => VALUE_ORDER.get(a.id)! - VALUE_ORDER.get(b.id)!
  const kept = values
    .sort((a, b) => b.addedAt - a.addedAt || circumplex(a, b))
    .slice(0, MAX_VALUES_PER_PERSON)
    .sort((a, b) => a.addedAt - b.addedAt || circumplex(a, b))
  return {
    tags: tags.sort(byCodeUnit),
    fieldTags: fieldTags.sort(byCodeUnit),
    roles: roles.sort(byCodeUnit),
    values: kept.map((v) => v.id),
    handles: handles.sort((a, b) => byCodeUnit(a.kind, b.kind) || byCodeUnit(a.value, b.value)),
  }
}

export function readProfile(map: AnyMap, sets: SetElements = readSets(map)): Profile {
  return {
    name: textOrNull(map.get('name')) ?? '',
    reading: textOrNull(map.get('reading')),
    gender: textOrNull(map.get('gender')),
    genderBasis: readGenderBasis(map.get('genderBasis')),
    birthYear: numberOrNull(map.get('birthYear')),
    ageBand: readAgeBand(map.get('ageBand')),
    occupation: readOccupation(map.get('occupation')),
    industry: readSection(map.get('industry')),
    fieldTags: sets.fieldTags,
    values: sets.values,
    organization: textOrNull(map.get('organization')),
    location: textOrNull(map.get('location')),
    handles: sets.handles,
    tags: sets.tags,
    notes: textOrNull(map.get('notes')) ?? '',
  }
}
