/**
 * The sample vault's content. Only the vault named 'sample' is ever seeded, and only while it
 * holds nobody (not even in the trash): the user's own vault is never written to here.
 * The generated network is deterministic (same ids; the same times within a month), so two
 * machines that each seed their sample vault and later sync merge into one copy rather than
 * duplicating it.
 */
import type * as Y from 'yjs'
import { IMPORT_ORIGIN, readGraphSummary, SCHEMA_VERSION, tieIdOf, writeSnapshot } from '../../../shared/graph'
import { generateSampleNetwork } from '../../../shared/sample'

export const SAMPLE_SEED = 1

/**
 * The sample's "today": the first day of the current month (UTC). Its interactions then look
 * recent, so the review's "recent" ingredients have data, while two machines that seed it in the
 * same month still write identical values.
 */
export function sampleToday(now: Date): string {
  return `${now.getUTCFullYear()}-${String(now.getUTCMonth() + 1).padStart(2, '0')}-01`
}

/**
 * Writes the sample network into `doc` if it is empty; returns whether it did. Loaded on demand
 * (the generator is not needed to open the user's own vault).
 */
export function seedSampleIfEmpty(doc: Y.Doc): boolean {
  const current = readGraphSummary(doc)
  if (current.people > 0 || current.trash > 0) return false
  const sample = generateSampleNetwork(SAMPLE_SEED, { today: sampleToday(new Date()) })
  writeSnapshot(
    doc,
    {
      graph: {
        schemaVersion: SCHEMA_VERSION,
        me: sample.me,
        people: sample.people,
        // The generator names ties "tie:<a>:<b>"; the graph derives a tie's id from its pair.
        ties: sample.ties.map((t) => ({ ...t, id: tieIdOf(t.a, t.b) })),
        trash: [],
        interactions: sample.interactions,
        projects: sample.projects,
        events: sample.events,
        opportunities: sample.opportunities,
      },
    },
    // Not the local origin: the user cannot "undo" the sample away.
    { origin: IMPORT_ORIGIN },
  )
  return true
}
