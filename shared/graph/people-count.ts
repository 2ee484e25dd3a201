/**
 * Cheap counts of the people root, for guards that must not read the whole graph on every sync
 * message (electron/node/sync/deletion-guard.ts): O(rows), no snapshot objects built.
 */
import * as Y from 'yjs'
import { isTrashed } from './people'
import { root } from './schema'
import { ME_ID } from './types'

/** Rows in the people root, trashed ones included. */
export const peopleRowCount = (doc: Y.Doc): number => root(doc, 'people').size

/** People not in the trash ("me" not counted). */
export function countLivePeople(doc: Y.Doc): number {
  let live = 0
  for (const [id, row] of root(doc, 'people')) if (id !== ME_ID && row instanceof Y.Map && !isTrashed(row as Y.Map<unknown>)) live++
  return live
}
