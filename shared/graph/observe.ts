/**
 * Watching the graph, and undo limited to one origin.
 */
import * as Y from 'yjs'
import { LOCAL_ORIGIN } from './origins'
import { root, ROOT_NAMES, type RootName } from './schema'
import type { PersonId } from './types'

export interface GraphChange {
  /** The origin of the transaction, e.g. LOCAL_ORIGIN or the sync layer's; lets callers skip their own. */
  origin: unknown
  /** False when the change came from applying a remote update. */
  local: boolean
  /** The root maps touched, e.g. ['people', 'ties']. */
  roots: RootName[]
  /** People whose row was added, removed or edited (trash state included). */
  people: PersonId[]
}

/**
 * Calls `listener` once after every transaction that changed the graph (never for other roots a
 * document may hold). Returns the unsubscribe function.
 */
export function observeGraph(doc: Y.Doc, listener: (change: GraphChange) => void): () => void {
  const names = new Map<unknown, RootName>(ROOT_NAMES.map((n) => [root(doc, n), n]))
  const people = root(doc, 'people')
  const onTransaction = (tr: Y.Transaction) => {
    const roots = new Set<RootName>()
    const changedPeople = new Set<PersonId>()
    for (const [type, keys] of tr.changed) {
      let top = type
      while (top._item !== null && top._item.parent instanceof Y.AbstractType) top = top._item.parent as typeof type
      const name = names.get(top)
      if (name === undefined) continue
      roots.add(name)
      if ((type as unknown) === people) for (const key of keys) if (key !== null) changedPeople.add(key)
      if ((type._item?.parent as unknown) === people && type._item !== null && type._item.parentSub !== null) changedPeople.add(type._item.parentSub)
    }
    if (roots.size === 0) return
    listener({ origin: tr.origin, local: tr.local, roots: [...roots].sort(), people: [...changedPeople].sort() })
  }
  doc.on('afterTransaction', onTransaction)
  return () => doc.off('afterTransaction', onTransaction)
}

/**
 * An undo manager over the whole model that undoes only transactions with `origin` (by default
 * LOCAL_ORIGIN): never what sync, import or the CLI wrote. The schema stamp in `meta` is not in
 * scope, so undo never lowers it.
 */
export function createUndoManager(doc: Y.Doc, { origin = LOCAL_ORIGIN, captureTimeout = 500 }: { origin?: unknown; captureTimeout?: number } = {}): Y.UndoManager {
  const scope = ROOT_NAMES.filter((n) => n !== 'meta').map((n) => root(doc, n))
  return new Y.UndoManager(scope, { trackedOrigins: new Set([origin]), captureTimeout })
}
