/**
 * Restoring a backup snapshot into the live vault, the CRDT way.
 *
 * A backup is a Yjs state. Replacing the document would fork it from every other device, so a
 * restore is a normal write instead: ONE transaction (with the caller's origin) that makes the
 * vault's visible content equal to the snapshot's. Every person, tie, record and gender entry of
 * the snapshot is written back (writeSnapshot: ids and times kept, fields set back); people the
 * snapshot does not know go to the trash (restorable, nothing purged); ties it does not hold are
 * unlinked; records it does not hold are removed. The result syncs to other devices like any
 * edit, and the caller keeps the state before the restore as another backup, so a restore can
 * itself be restored back.
 */
import * as Y from 'yjs'
import {
  deletePerson,
  readGraph,
  readStoredGenders,
  readTrashedTies,
  removeEvent,
  removeInteraction,
  removeOpportunity,
  removeProject,
  unlinkPeople,
  writeSnapshot,
  type GraphSnapshot,
} from '../graph'

/** What a snapshot holds, for the "restore this?" preview. */
export interface VaultSummary {
  people: number
  trash: number
  ties: number
  /** Interactions, projects, events and opportunities. */
  records: number
  /** Names of the first `MAX_SUMMARY_NAMES` live people, sorted. */
  names: string[]
}

export const MAX_SUMMARY_NAMES = 50

export function summarizeGraph(graph: GraphSnapshot): VaultSummary {
  return {
    people: graph.people.length,
    trash: graph.trash.length,
    ties: graph.ties.length,
    records: graph.interactions.length + graph.projects.length + graph.events.length + graph.opportunities.length,
    names: graph.people
      .map((p) => p.name)
      .sort((a, b) => a.localeCompare(b))
      .slice(0, MAX_SUMMARY_NAMES),
  }
}

/** A backup's Yjs update as a summary; throws when the bytes are not a Yjs update. */
export function summarizeUpdate(update: Uint8Array): VaultSummary {
  const doc = new Y.Doc()
  Y.applyUpdate(doc, update)
  return summarizeGraph(readGraph(doc))
}

export interface RestoreResult {
  /** People the snapshot does not hold, moved to the trash. */
  trashed: number
  unlinked: number
  removedRecords: number
}

/** Makes `doc`'s visible content equal to the state in `update`, in one transaction with `origin`. */
export function restoreVault(doc: Y.Doc, update: Uint8Array, origin: unknown): RestoreResult {
  const source = new Y.Doc()
  Y.applyUpdate(source, update)
  const wanted = readGraph(source)
  const wantedTrashedTies = readTrashedTies(source)
  const current = readGraph(doc)
  const currentTrashedTies = readTrashedTies(doc)
  const keepPeople = new Set([...wanted.people, ...wanted.trash].map((p) => p.id))
  const keepTies = new Set([...wanted.ties, ...wantedTrashedTies].map((t) => t.id))
  const result: RestoreResult = { trashed: 0, unlinked: 0, removedRecords: 0 }
  const options = { origin }
  doc.transact(() => {
    // Unlink first: unlinking needs no live ends, and the people below may go to the trash.
    for (const tie of [...current.ties, ...currentTrashedTies]) {
      if (keepTies.has(tie.id)) continue
      unlinkPeople(doc, tie.a, tie.b, options)
      result.unlinked++
    }
    writeSnapshot(doc, { graph: wanted, trashedTies: wantedTrashedTies, genders: readStoredGenders(source) }, options)
    for (const p of current.people) {
      if (keepPeople.has(p.id)) continue
      deletePerson(doc, p.id, options)
      result.trashed++
    }
    const removals = [
      [current.interactions, wanted.interactions, removeInteraction],
      [current.projects, wanted.projects, removeProject],
      [current.events, wanted.events, removeEvent],
      [current.opportunities, wanted.opportunities, removeOpportunity],
    ] as const
    for (const [now, then, remove] of removals) {
      const kept = new Set(then.map((r) => r.id))
      for (const r of now) {
        if (kept.has(r.id)) continue
        remove(doc, r.id, options)
        result.removedRecords++
      }
    }
  }, origin)
  return result
}
