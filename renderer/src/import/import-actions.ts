/**
 * The two writes of this feature, bound to the open vault: applying a previewed import and
 * merging two people. Both run with the local origin in one transaction, between two
 * `stopCapturing()` calls, so the store's undo manager undoes each in exactly one step.
 */
import { LOCAL_ORIGIN, type PersonId } from '../../../shared/graph'
import { applyImport, mergePeople, type ImportDecision, type ImportPreview, type ImportResult } from '../../../shared/io'
import type { VaultStore } from '../vault/vault-store'

function asOneStep<T>(store: VaultStore, write: () => T): T {
  store.undoManager.stopCapturing()
  try {
    return write()
  } finally {
    store.undoManager.stopCapturing()
  }
}

export function applyPreview(store: VaultStore, preview: ImportPreview, decisions: readonly ImportDecision[]): ImportResult {
  return asOneStep(store, () => applyImport(store.session.doc, preview, decisions, { origin: LOCAL_ORIGIN }))
}

export function mergeIntoPerson(store: VaultStore, keepId: PersonId, mergeId: PersonId): void {
  asOneStep(store, () => mergePeople(store.session.doc, keepId, mergeId, { origin: LOCAL_ORIGIN }))
}
