/**
 * The messages between the renderer and its analysis worker. Both carry plain data only (they
 * cross by structured clone): the graph snapshot in, the report out. `id` lets the client tell
 * the answer to its latest request from an answer that the graph has already overtaken.
 */
import type { AnalysisOptions, NetworkReport } from '../../../shared/analysis'
import type { GraphSnapshot } from '../../../shared/graph'

export interface AnalysisRequest {
  id: number
  snapshot: GraphSnapshot
  /** The vault's genders (they set the gender dimension's k). */
  genders: readonly { id: string }[]
  /** The analysis date, in ms since the epoch: fixed by the sender so a report is replayable. */
  now: number
}

export type AnalysisResponse = { id: number; ok: true; report: NetworkReport } | { id: number; ok: false; error: string }

/** Runs one request; never throws, so the worker always answers. */
export function runAnalysis(request: AnalysisRequest, analyze: (snapshot: GraphSnapshot, options: AnalysisOptions) => NetworkReport): AnalysisResponse {
  try {
    return { id: request.id, ok: true, report: analyze(request.snapshot, { now: request.now, genders: request.genders }) }
  } catch (error) {
    return { id: request.id, ok: false, error: error instanceof Error ? error.message : String(error) }
  }
}
