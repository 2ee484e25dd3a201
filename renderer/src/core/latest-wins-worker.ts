/**
 * The one way the renderer works with a Web Worker: the latest request wins and a failure is
 * reported, never swallowed. Free of React and of the DOM, so it is unit-tested in Node with a
 * fake worker.
 *
 * Every request gets an id and every reply names it; only replies to the newest request reach the
 * listener. How a newer request supersedes a running one depends on the work:
 * - 'post': posted at once; the worker drops the stale work itself (the layout worker checks for
 *   a newer id between slices).
 * - 'restart': the busy worker is terminated and the request starts on a fresh one (work that
 *   cannot be interrupted, e.g. parsing a file).
 * - 'queue': one request in flight and the newest one waiting; when the overtaken reply arrives it
 *   is dropped and the waiting request posted, so a burst of edits costs one extra run.
 * A worker that fails (an uncaught exception: 'error'; a reply that cannot be deserialised:
 * 'messageerror') is terminated and replaced on the next request; the listener hears of the
 * failure unless a waiting request was posted in its place. `retry()` posts the last request again.
 */

/** What the helper needs of a Worker (a real `Worker` has all of it). */
export interface WorkerPort<Request, Reply> {
  postMessage(request: Request): void
  terminate(): void
  onmessage: ((event: { data: Reply }) => void) | null
  onerror: ((event: { message?: string; preventDefault?: () => void }) => void) | null
  onmessageerror: ((event: unknown) => void) | null
}

export type Supersede = 'post' | 'restart' | 'queue'

export interface LatestWinsListener<Reply> {
  /** A reply to the newest request. */
  onReply(reply: Reply): void
  /** The worker failed while working on the newest request; `message` is for the log, not the user. */
  onFailure(message: string): void
}

export interface LatestWinsOptions<Reply> {
  supersede: Supersede
  /** Whether `reply` is the last one for its request (a worker may report progress first). */
  isFinal?: (reply: Reply) => boolean
}

export class LatestWinsWorker<Request extends { id: number }, Reply extends { id: number }> {
  private worker: WorkerPort<Request, Reply> | null = null
  private nextId = 1
  private newest = 0
  private inFlight: number | null = null
  private waiting: Request | null = null
  private lastBuild: ((id: number) => Request) | null = null
  private disposed = false
  private readonly isFinal: (reply: Reply) => boolean

  constructor(
    private readonly createWorker: () => WorkerPort<Request, Reply>,
    private readonly listener: LatestWinsListener<Reply>,
    private readonly options: LatestWinsOptions<Reply>,
  ) {
    this.isFinal = options.isFinal ?? (() => true)
  }

  /** Asks for `build(id)`; every earlier request is superseded. Returns the id. */
  request(build: (id: number) => Request): number {
    if (this.disposed) return 0
    this.lastBuild = build
    const request = build(this.nextId++)
    this.newest = request.id
    if (this.inFlight !== null && this.options.supersede === 'queue') this.waiting = request
    else {
      if (this.inFlight !== null && this.options.supersede === 'restart') this.discardWorker()
      this.post(request)
    }
    return request.id
  }

  /** Asks again for the last request (after a failure, say). */
  retry(): void {
    if (this.lastBuild !== null) this.request(this.lastBuild)
  }

  /** Whether a request is being worked on or waiting. */
  get busy(): boolean {
    return this.inFlight !== null || this.waiting !== null
  }

  /** Terminates the worker; later replies and requests are ignored. */
  dispose(): void {
    this.disposed = true
    this.discardWorker()
    this.waiting = null
  }

  private post(request: Request): void {
    this.inFlight = request.id
    this.ensureWorker().postMessage(request)
  }

  private ensureWorker(): WorkerPort<Request, Reply> {
    if (this.worker) return this.worker
    const worker = this.createWorker()
    worker.onmessage = (event) => this.onMessage(worker, event.data)
    worker.onerror = (event) => {
      // Handled here: the browser need not log it as uncaught as well.
      event.preventDefault?.()
      this.onCrash(worker, event.message ?? 'the worker stopped')
    }
    worker.onmessageerror = () => this.onCrash(worker, 'a reply from the worker could not be read')
    this.worker = worker
    return worker
  }

  private onMessage(worker: WorkerPort<Request, Reply>, reply: Reply): void {
    if (this.disposed || worker !== this.worker || reply.id !== this.inFlight) return
    const final = this.isFinal(reply)
    if (final) this.inFlight = null
    if (this.waiting !== null) {
      // Overtaken: a newer request waits. Drop this reply; post the newer one once this ends.
      if (final) this.postWaiting()
      return
    }
    if (reply.id === this.newest) this.listener.onReply(reply)
  }

  private onCrash(worker: WorkerPort<Request, Reply>, message: string): void {
    if (this.disposed || worker !== this.worker) return
    const wasWorking = this.inFlight !== null
    this.discardWorker()
    if (this.waiting !== null) return this.postWaiting()
    if (wasWorking) this.listener.onFailure(message)
  }

  private postWaiting(): void {
    const next = this.waiting!
    this.waiting = null
    this.post(next)
  }

  private discardWorker(): void {
    if (this.worker) {
      this.worker.onmessage = null
      this.worker.onerror = null
      this.worker.onmessageerror = null
      this.worker.terminate()
    }
    this.worker = null
    this.inFlight = null
  }
}
