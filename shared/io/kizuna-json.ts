/**
 * The Kizuna JSON backup: a documented, versioned export of a whole vault (docs/json-format.md).
 * Version 1 carries the full graph snapshot including the trash, the ties the trash hides, and
 * the user's gender entries; importing it into an empty vault reads back the same graph.
 * Additive since then (still version 1): `workflow`, the follow-up and keep-in-touch settings,
 * per-person cadence overrides and snoozes. Written only when something is stored; a file without
 * it leaves the vault's workflow alone on import.
 */
import type * as Y from 'yjs'
import { z } from 'zod'
import {
  IMPORT_ORIGIN,
  SCHEMA_VERSION,
  readGraph,
  readGraphIds,
  readListedTie,
  readMe,
  readPerson,
  readStoredGenders,
  readTrashedTies,
  readWorkflow,
  readWorkflowRecords,
  vaultDataSchema,
  writeSnapshot,
  type GenderEntry,
  type GraphSnapshot,
  type Person,
  type PersonId,
  type Tie,
  type WorkflowData,
} from '../graph'
import { replaceWorkflow, workflowDataSchema } from '../graph'
import { LazyJsonArray } from './json-chunks'

export const KIZUNA_JSON_VERSION = 1

export interface KizunaJson {
  format: 'kizuna'
  version: typeof KIZUNA_JSON_VERSION
  /** ISO 8601 instant (UTC). */
  exportedAt: string
  graph: GraphSnapshot
  /** Linked ties with an end in the trash: hidden in `graph.ties`, back on restore. */
  trashedTies: Tie[]
  /** Only the user's own gender entries and changes to the built-in ones. */
  genders: GenderEntry[]
  /** Workflow settings, cadence overrides and snoozes (absent in files from before it was added). */
  workflow?: WorkflowData
}

const kizunaJsonSchema = z.object({
  format: z.literal('kizuna'),
  version: z.literal(KIZUNA_JSON_VERSION),
  exportedAt: z.iso.datetime({ offset: true }),
  ...vaultDataSchema.shape,
  workflow: workflowDataSchema.optional(),
})
export type ParsedKizunaJson = z.output<typeof kizunaJsonSchema>

/** Thrown by parseVaultJson; `path` is the JSON path of the first bad field, e.g. "graph.people[3].values". */
export class KizunaJsonError extends Error {
  override readonly name = 'KizunaJsonError'
  constructor(
    message: string,
    readonly path: string,
  ) {
    super(message)
  }
}

export function exportVaultJson(doc: Y.Doc, now: Date = new Date()): KizunaJson {
  return {
    format: 'kizuna',
    version: KIZUNA_JSON_VERSION,
    exportedAt: now.toISOString(),
    graph: readGraph(doc),
    trashedTies: readTrashedTies(doc),
    genders: readStoredGenders(doc),
    ...workflowOf(doc),
  }
}

/** The export with the people, the trash and the ties read from the doc one at a time as it is written. */
export type StreamedKizunaJson = Omit<KizunaJson, 'graph'> & {
  graph: Omit<GraphSnapshot, 'people' | 'ties' | 'trash'> & { people: LazyJsonArray<Person>; ties: LazyJsonArray<Tie>; trash: LazyJsonArray<Person> }
}

/** People read from the doc as they are iterated; `ids` are listed people (readGraphIds), so each is there. */
export function lazyPeople(doc: Y.Doc, ids: readonly PersonId[]): LazyJsonArray<Person> {
  return new LazyJsonArray(ids.length, function* () {
    for (const id of ids) yield readPerson(doc, id)!
  })
}

/**
 * exportVaultJson for exports of any size: written with jsonChunks (depth 3 and more), one person
 * or tie exists at a time beside the doc; JSON.stringify of it equals JSON.stringify of
 * exportVaultJson. The doc must not change until it is written.
 */
export function streamVaultJson(doc: Y.Doc, now: Date = new Date()): StreamedKizunaJson {
  const ids = readGraphIds(doc)
  return {
    format: 'kizuna',
    version: KIZUNA_JSON_VERSION,
    exportedAt: now.toISOString(),
    // readGraph's fields, in its order.
    graph: {
      schemaVersion: SCHEMA_VERSION,
      me: readMe(doc),
      people: lazyPeople(doc, ids.people),
      ties: new LazyJsonArray(ids.ties.length, function* () {
        for (const id of ids.ties) yield readListedTie(doc, id)
      }),
      trash: lazyPeople(doc, ids.trash),
      ...readWorkflowRecords(doc),
    },
    trashedTies: readTrashedTies(doc),
    genders: readStoredGenders(doc),
    ...workflowOf(doc),
  }
}

/** Present only when something is stored: an untouched vault exports exactly as before. */
function workflowOf(doc: Y.Doc): { workflow?: WorkflowData } {
  const workflow = readWorkflow(doc)
  return workflow.people.length === 0 && Object.keys(workflow.settings).length === 0 ? {} : { workflow }
}

/** The export as text: two-space indented, one trailing newline. */
export function stringifyVaultJson(doc: Y.Doc, now?: Date): string {
  return `${JSON.stringify(exportVaultJson(doc, now), null, 2)}\n`
}

function jsonPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>((out, key) => (typeof key === 'number' ? `${out}[${key}]` : out === '' ? String(key) : `${out}.${String(key)}`), '')
}

export function parseVaultJson(text: string): ParsedKizunaJson {
  let raw: unknown
  try {
    raw = JSON.parse(text)
  } catch (error) {
    throw new KizunaJsonError(`not JSON: ${error instanceof Error ? error.message : String(error)}`, '')
  }
  if (typeof raw === 'object' && raw !== null && (raw as Record<string, unknown>).format === 'kizuna') {
    const version = (raw as Record<string, unknown>).version
    if (typeof version === 'number' && version > KIZUNA_JSON_VERSION) {
      throw new KizunaJsonError(`version ${version} is newer than this app reads (${KIZUNA_JSON_VERSION}); update Kizuna`, 'version')
    }
  }
  const result = kizunaJsonSchema.safeParse(raw)
  if (result.success) return result.data
  const issue = result.error.issues[0]
  const path = jsonPath(issue.path)
  throw new KizunaJsonError(`${path === '' ? 'file' : path}: ${issue.message}`, path)
}

/** Writes a parsed export into `doc` in one transaction, keeping every id and time. */
export function importVaultJson(doc: Y.Doc, parsed: ParsedKizunaJson, origin: unknown = IMPORT_ORIGIN): void {
  const { workflow } = parsed
  const inFile = [...parsed.graph.people, ...parsed.graph.trash].map((p) => p.id)
  if (workflow !== undefined) {
    // Checked before anything is written: a transaction cannot be rolled back halfway.
    const known = new Set(inFile)
    workflow.people.forEach((p, i) => {
      if (!known.has(p.personId)) throw new KizunaJsonError(`workflow.people[${i}].personId: "${p.personId}" is not a person of this file`, `workflow.people[${i}].personId`)
    })
  }
  // One transaction: the nested writes below join it and take its origin.
  doc.transact(() => {
    writeSnapshot(doc, { graph: parsed.graph, trashedTies: parsed.trashedTies, genders: parsed.genders }, { origin })
    if (workflow !== undefined) replaceWorkflow(doc, workflow, inFile)
  }, origin)
}
