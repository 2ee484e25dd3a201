/**
 * Writes built without the vault's document: the update of adding a person is made on an EMPTY
 * Y.Doc and appended to the vault's log as it is, so a short command need not decode a snapshot
 * of 100,000 people to add one.
 *
 * Why this merges like the same edit made on the full document: the new row is a fresh key (a
 * random person id) of the root `people` map, and every field is a fresh key of that new row. No
 * item of the update has a left or right neighbour or a parent outside the update itself, so Yjs
 * integrates it identically into any state. What an add on the full document would also do, and
 * this cannot, is read: it stamps `meta.schemaVersion` when older and checks a gender against the
 * vault's list. Those come from the AppendIndex, read from the full document whenever the vault
 * was last compacted or written with it loaded; `updateStaysOutOf` tells whether a later update
 * may have changed what the index says.
 *
 * The client id of the empty doc must be new to the vault (two writers with one client id would
 * make Yjs drop one's items as already known), so it is drawn avoiding every client id the index
 * and the later updates name.
 */
import * as Y from 'yjs'
import { readGenders, type GenderEntry } from './genders'
import type { PersonInput } from './inputs'
import { originOf, type WriteOptions } from './origins'
import { insertPerson } from './people'
import { readSchemaVersion, SCHEMA_VERSION, type RootName } from './schema'
import type { PersonId } from './types'

/** What a write that does not load the document needs to know about it. */
export interface AppendIndex {
  schemaVersion: number | null
  /** The effective gender list (readGenders). */
  genders: GenderEntry[]
  /** Every client id that has written to the document. */
  clients: number[]
}

/** The roots whose content the AppendIndex reflects. */
export const APPEND_INDEX_ROOTS: readonly RootName[] = ['meta', 'genders']

export function readAppendIndex(doc: Y.Doc): AppendIndex {
  return { schemaVersion: readSchemaVersion(doc), genders: readGenders(doc), clients: [...Y.decodeStateVector(Y.encodeStateVector(doc)).keys()] }
}

/** Whether a person may be added without the document: its schema stamp needs no update. */
export function canAddWithoutDocument(index: AppendIndex): boolean {
  return index.schemaVersion !== null && index.schemaVersion >= SCHEMA_VERSION
}

/** A client id none of `taken` uses (uint32, like Yjs's own). */
function freshClientId(taken: ReadonlySet<number>, random: () => number): number {
  for (;;) {
    const id = Math.floor(random() * 0x1_0000_0000) >>> 0
    if (!taken.has(id)) return id
  }
}

export interface PersonAddition {
  id: PersonId
  /** A Yjs v1 update holding only the new person. */
  update: Uint8Array
}

/**
 * The update that adds `input` as a new person, built on an empty doc. Throws GraphError for bad
 * input, like addPerson. Only for a vault where `canAddWithoutDocument(index)`.
 */
export function encodePersonAddition(input: PersonInput, index: AppendIndex, options?: WriteOptions & { random?: () => number }): PersonAddition {
  if (!canAddWithoutDocument(index)) throw new Error('encodePersonAddition: the vault needs its schema version stamped; add with the document loaded')
  const doc = new Y.Doc()
  doc.clientID = freshClientId(new Set(index.clients), options?.random ?? Math.random)
  try {
    const id = insertPerson(doc, input, { now: options?.now, origin: originOf(options) }, false)
    return { id, update: Y.encodeStateAsUpdate(doc) }
  } finally {
    doc.destroy()
  }
}

export interface UpdateScope {
  /**
   * True when the update surely changes nothing under `roots`: every item hangs from another root
   * through items of the update itself, and nothing is deleted.
   */
  outside: boolean
  /** The client ids the update writes as. */
  clients: number[]
}

/**
 * Whether `update` (Yjs v1) stays out of `roots` without needing any document to tell. An update
 * that refers to an item it does not hold (an edit of an existing value, a deletion) may touch
 * anything, so it counts as inside.
 */
export function updateStaysOutOf(update: Uint8Array, roots: readonly RootName[]): UpdateScope {
  const { structs, ds } = Y.decodeUpdate(update)
  const clients = [...new Set(structs.map((struct) => struct.id.client))]
  const items = structs.filter((struct): struct is Y.Item => struct instanceof Y.Item)
  if (items.length !== structs.length || ds.clients.size > 0) return { outside: false, clients }
  const itemAt = (id: Y.ID): Y.Item | undefined => items.find((item) => item.id.client === id.client && id.clock >= item.id.clock && id.clock < item.id.clock + item.length)
  const rootOf = (item: Y.Item, depth: number): string | null => {
    if (depth > items.length) return null
    const parent = item.parent as unknown
    if (typeof parent === 'string') return parent
    const next = parent instanceof Y.ID ? parent : (item.origin ?? item.rightOrigin)
    const holder = next ? itemAt(next) : undefined
    return holder ? rootOf(holder, depth + 1) : null
  }
  const refersOutside = (item: Y.Item): boolean =>
    [item.origin, item.rightOrigin, item.parent instanceof Y.ID ? item.parent : null].some((id) => id !== null && itemAt(id) === undefined)
  const outside = items.every((item) => {
    if (refersOutside(item)) return false
    const found = rootOf(item, 0)
    return found !== null && !(roots as readonly string[]).includes(found)
  })
  return { outside, clients }
}
