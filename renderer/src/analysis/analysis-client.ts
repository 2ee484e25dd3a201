/**
 * The renderer's side of the analysis worker, free of React and of the DOM so that its logic
 * (what is posted, what is shown, what is dropped) is unit-tested in Node.
 *
 * - A graph is posted only when it is not the one last asked for (snapshots keep their identity
 *   until the graph changes, see vault-store.ts), so re-renders never recompute.
 * - At most one request is in flight. A graph that arrives meanwhile waits as `pending`; a newer
 *   one replaces it, so a burst of edits costs one extra analysis, not one per edit.
 * - An answer is shown only when it answers the newest graph; an overtaken answer is dropped and
 *   the waiting graph is posted instead. The last good report stays visible while computing.
 * - A crashed worker is discarded and replaced on the next request.
 * - A client may start from a report already computed for a graph (`known`), e.g. by the client
 *   of a view the user left and came back to: that graph is then not posted again.
 */
import type { NetworkReport } from '../../../shared/analysis'
import type { GraphSnapshot } from '../../../shared/graph'
import type { AnalysisRequest, AnalysisResponse } from './analysis-protocol'

export type AnalysisStatus = 'idle' | 'computing' | 'ready' | 'error'

export interface AnalysisState {
  report: NetworkReport | null
  status: AnalysisStatus
  error: string | null
}

export const IDLE_STATE: AnalysisState = { report: null, status: 'idle', error: null }

/** What the client needs of a Worker. */
export interface AnalysisWorker {
  postMessage(request: AnalysisRequest): void
  terminate(): void
  onmessage: ((event: { data: AnalysisResponse }) => void) | null
  onerror: ((event: { message?: string }) => void) | null
}

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
  private worker: AnalysisWorker | null = null
  private nextId = 1
  /** The request the worker is working on, if any. */
  private inFlight: AnalysisRequest | null = null
  private pending: AnalysisInput | null = null
  private latest: AnalysisInput | null = null
  private state: AnalysisState = IDLE_STATE
  private disposed = false

  constructor(
    private readonly createWorker: () => AnalysisWorker,
    private readonly onState: (state: AnalysisState) => void,
    options: { clock?: () => number; known?: KnownReport | null; onReport?: (known: KnownReport) => void } = {},
  ) {
    this.clock = options.clock ?? Date.now
    this.onReport = options.onReport ?? (() => undefined)
    if (options.known) {
      this.latest = options.known.input
      this.state = { report: options.known.report, status: 'ready', error: null }
    }
  }

  private readonly clock: () => number
  private readonly onReport: (known: KnownReport) => void

  /** The state to show before the first change (ready when started from a known report). */
  get current(): AnalysisState {
    return this.state
  }

  /** Asks for the analysis of `input` unless it is the graph last asked for. */
  analyze(input: AnalysisInput): void {
    if (this.disposed) return
    if (this.latest !== null && this.latest.snapshot === input.snapshot && this.latest.genders === input.genders) return
    this.latest = input
    if (this.inFlight !== null) this.pending = input
    else this.post(input)
    this.publish({ ...this.state, status: 'computing' })
  }

  /** Stops the worker; later answers and requests are ignored. */
  dispose(): void {
    this.disposed = true
    this.worker?.terminate()
    this.worker = null
    this.inFlight = null
    this.pending = null
  }

  private post(input: AnalysisInput): void {
    const request: AnalysisRequest = { id: this.nextId++, snapshot: input.snapshot, genders: input.genders, now: this.clock() }
    this.inFlight = request
    this.ensureWorker().postMessage(request)
  }

  private ensureWorker(): AnalysisWorker {
    if (this.worker) return this.worker
    const worker = this.createWorker()
    worker.onmessage = (event) => this.onResponse(worker, event.data)
    worker.onerror = (event) => this.onCrash(worker, event.message ?? 'The analysis worker stopped.')
    this.worker = worker
    return worker
  }

  private onResponse(worker: AnalysisWorker, response: AnalysisResponse): void {
    if (this.disposed || worker !== this.worker || this.inFlight === null || response.id !== this.inFlight.id) return
    this.inFlight = null
    if (this.pending !== null) {
      // Overtaken: the graph changed while this was computed. Drop it and analyse the newest.
      const next = this.pending
      this.pending = null
      this.post(next)
      return
    }
    if (response.ok && this.latest !== null) this.onReport({ input: this.latest, report: response.report })
    this.publish(response.ok ? { report: response.report, status: 'ready', error: null } : { report: this.state.report, status: 'error', error: response.error })
  }

  private onCrash(worker: AnalysisWorker, message: string): void {
    if (this.disposed || worker !== this.worker) return
    worker.terminate()
    this.worker = null
    this.inFlight = null
    const next = this.pending
    this.pending = null
    if (next !== null) {
      this.post(next)
      return
    }
    // Asking again for the same graph after a crash must be possible.
    this.latest = null
    this.publish({ report: this.state.report, status: 'error', error: message })
  }

  private publish(state: AnalysisState): void {
    this.state = state
    this.onState(state)
  }
}
