/**
 * The renderer's side of the analysis worker, free of React and of the DOM so that its logic
 * (what is posted, what is shown, what is dropped) is unit-tested in Node.
 *
 * - A graph is posted only when it is not the one last asked for (snapshots keep their identity
 *   until the graph changes, see vault-store.ts), so re-renders never recompute.
 * - The worker is used latest-wins in 'queue' mode (core/latest-wins-worker.ts): one request in
 *   flight, the newest graph waiting, an overtaken answer dropped, so a burst of edits costs one
 *   extra analysis. The last good report stays visible while computing.
 * - A crashed worker is discarded and replaced on the next request; `retry()` asks again.
 * - A client may start from a report already computed for a graph (`known`), e.g. by the client
 *   of a view the user left and came back to: that graph is then not posted again.
 */
import type { NetworkReport } from '../../../shared/analysis'
import type { GraphSnapshot } from '../../../shared/graph'
import { LatestWinsWorker, type WorkerPort } from '../core/latest-wins-worker'
import type { AnalysisRequest, AnalysisResponse } from './analysis-protocol'

export type AnalysisStatus = 'idle' | 'computing' | 'ready' | 'error'

export interface AnalysisState {
  report: NetworkReport | null
  status: AnalysisStatus
  error: string | null
}

export const IDLE_STATE: AnalysisState = { report: null, status: 'idle', error: null }

/** What the client needs of a Worker. */
export type AnalysisWorker = WorkerPort<AnalysisRequest, AnalysisResponse>

export interface AnalysisInput {
  snapshot: GraphSnapshot
  genders: readonly { id: string }[]
}

/** A report and the graph it was computed from. */
export interface KnownReport {
  input: AnalysisInput
  report: NetworkReport
}

export class AnalysisClient {
  private readonly worker: LatestWinsWorker<AnalysisRequest, AnalysisResponse>
  private latest: AnalysisInput | null = null
  private state: AnalysisState = IDLE_STATE
  private disposed = false
  private readonly clock: () => number
  private readonly onReport: (known: KnownReport) => void

  constructor(
    createWorker: () => AnalysisWorker,
    private readonly onState: (state: AnalysisState) => void,
    options: { clock?: () => number; known?: KnownReport | null; onReport?: (known: KnownReport) => void } = {},
  ) {
    this.clock = options.clock ?? Date.now
    this.onReport = options.onReport ?? (() => undefined)
    if (options.known) {
      this.latest = options.known.input
      this.state = { report: options.known.report, status: 'ready', error: null }
    }
    this.worker = new LatestWinsWorker(createWorker, { onReply: (response) => this.onResponse(response), onFailure: (message) => this.onCrash(message) }, { supersede: 'queue' })
  }

  /** The state to show before the first change (ready when started from a known report). */
  get current(): AnalysisState {
    return this.state
  }

  /** Asks for the analysis of `input` unless it is the graph last asked for. */
  analyze(input: AnalysisInput): void {
    if (this.disposed) return
    if (this.latest !== null && this.latest.snapshot === input.snapshot && this.latest.genders === input.genders) return
    this.latest = input
    this.worker.request((id) => ({ id, snapshot: input.snapshot, genders: input.genders, now: this.clock() }))
    this.publish({ ...this.state, status: 'computing' })
  }

  /** Asks again for the graph last asked for (the Retry button after a failure). */
  retry(): void {
    const input = this.latest
    if (this.disposed || input === null || this.worker.busy) return
    this.latest = null
    this.analyze(input)
  }

  /** Stops the worker; later answers and requests are ignored. */
  dispose(): void {
    this.disposed = true
    this.worker.dispose()
  }

  private onResponse(response: AnalysisResponse): void {
    if (response.ok && this.latest !== null) this.onReport({ input: this.latest, report: response.report })
    this.publish(response.ok ? { report: response.report, status: 'ready', error: null } : { report: this.state.report, status: 'error', error: response.error })
  }

  private onCrash(message: string): void {
    // Asking again for the same graph after a crash must be possible.
    this.latest = null
    this.publish({ report: this.state.report, status: 'error', error: message })
  }

  private publish(state: AnalysisState): void {
    this.state = state
    this.onState(state)
  }
}
