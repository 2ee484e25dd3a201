/**
 * The analysis worker: runs `analyzeNetwork` off the UI thread. One request at a time; the
 * client (analysis-client.ts) never posts a second one before this one has answered.
 */
import { analyzeNetwork } from '../../../shared/analysis'
import { runAnalysis } from './analysis-protocol'
import type { AnalysisRequest, AnalysisResponse } from './analysis-protocol'

/** The part of a dedicated worker's global scope used here (the web tsconfig has no WebWorker lib). */
interface WorkerScope {
  onmessage: ((event: MessageEvent<AnalysisRequest>) => void) | null
  postMessage(message: AnalysisResponse): void
}

const scope = self as unknown as WorkerScope
scope.onmessage = (event) => scope.postMessage(runAnalysis(event.data, analyzeNetwork))
