/**
 * The two writes of this feature, bound to the open vault: applying a previewed import and
 * merging two people. Both run with the local origin in one transaction, as one undo step
 * (`asUndoStep`, the same grouping as every other write).
 */
import { LOCAL_ORIGIN, type PersonId } from '../../../shared/graph'
import { applyImport, mergePeople, type ImportDecision, type ImportPreview, type ImportResult } from '../../../shared/io'
import { asUndoStep } from '../vault/graph-actions'
import type { VaultStore } from '../vault/vault-store'

export function applyPreview(store: VaultStore, preview: ImportPreview, decisions: readonly ImportDecision[]): ImportResult {
  return asUndoStep(store, () => applyImport(store.session.doc, preview, decisions, { origin: LOCAL_ORIGIN }))
}

export function mergeIntoPerson(store: VaultStore, keepId: PersonId, mergeId: PersonId): void {
  asUndoStep(store, () => mergePeople(store.session.doc, keepId, mergeId, { origin: LOCAL_ORIGIN }))
}
