/**
 * The writes the UI can make, bound to the open vault. Components call these and never touch
 * the document; every write goes through shared/graph with the local origin (so undo sees it).
 */
import { addPerson } from '../../../shared/graph'
import type { VaultStore } from './vault-store'

export interface GraphActions {
  addPerson(name: string): string
}

export function bindGraphActions(store: VaultStore): GraphActions {
  const doc = store.session.doc
  return {
    addPerson: (name) => addPerson(doc, { name }),
  }
}
