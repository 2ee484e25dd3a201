/**
 * The latest-wins worker helper with a fake worker that replies on demand: what is posted, which
 * replies reach the listener, and that every failure does (the layout worker's crash once froze
 * the map without a word).
 */
import { describe, expect, it } from 'vitest'
import { LatestWinsWorker, type Supersede, type WorkerPort } from '../../../../renderer/src/core/latest-wins-worker'
import { LayoutClient } from '../../../../renderer/src/network/worker/layout-client'
import type { LayoutProgress, LayoutRequest } from '../../../../renderer/src/network/worker/layout-protocol'
import type { NetworkGraph } from '../../../../renderer/src/network/layout/layout-graph'

interface Ask {
  id: number
  text: string
}
interface Answer {
  id: number
  text: string
  done: boolean
}

class FakeWorker<Request, Reply> implements WorkerPort<Request, Reply> {
  readonly received: Request[] = []
  terminated = false
  defaultPrevented = false
  onmessage: ((event: { data: Reply }) => void) | null = null
  onerror: ((event: { message?: string; preventDefault?: () => void }) => void) | null = null
  onmessageerror: ((event: unknown) => void) | null = null
  postMessage(request: Request): void {
    this.received.push(request)
  }
  terminate(): void {
    this.terminated = true
  }
  reply(data: Reply): void {
    this.onmessage?.({ data })
  }
  crash(message: string): void {
    this.onerror?.({ message, preventDefault: () => (this.defaultPrevented = true) })
  }
}

function setup(supersede: Supersede) {
  const workers: FakeWorker<Ask, Answer>[] = []
  const heard: (string | { failed: string })[] = []
  const helper = new LatestWinsWorker<Ask, Answer>(
    () => {
      const worker = new FakeWorker<Ask, Answer>()
      workers.push(worker)
      return worker
    },
    { onReply: (answer) => heard.push(answer.text), onFailure: (message) => heard.push({ failed: message }) },
    { supersede, isFinal: (answer) => answer.done },
  )
  const ask = (text: string) => helper.request((id) => ({ id, text }))
  const posted = () => workers.map((w) => w.received.map((r) => r.text))
  return { helper, workers, heard, ask, posted }
}

describe('LatestWinsWorker', () => {
  it("'post': posts every request at once and passes on only the newest request's replies", () => {
    const { workers, heard, ask, posted } = setup('post')
    const first = ask('a')
    const second = ask('b')
    workers[0].reply({ id: first, text: 'a half', done: false })
    workers[0].reply({ id: second, text: 'b half', done: false })
    workers[0].reply({ id: first, text: 'a done', done: true })
    workers[0].reply({ id: second, text: 'b done', done: true })
    workers[0].reply({ id: second, text: 'b after done', done: true })
    expect({ posted: posted(), heard }).toEqual({ posted: [['a', 'b']], heard: ['b half', 'b done'] })
  })

  it("'queue': keeps one request in flight and the newest waiting; drops the overtaken reply", () => {
    const { helper, workers, heard, ask, posted } = setup('queue')
    const first = ask('a')
    ask('b')
    const third = ask('c')
    expect({ posted: posted(), busy: helper.busy }).toEqual({ posted: [['a']], busy: true })
    workers[0].reply({ id: first, text: 'a done', done: true })
    workers[0].reply({ id: third, text: 'c done', done: true })
    expect({ posted: posted(), heard, busy: helper.busy }).toEqual({ posted: [['a', 'c']], heard: ['c done'], busy: false })
  })

  it("'restart': terminates a busy worker and starts the newer request on a fresh one", () => {
    const { workers, heard, ask, posted } = setup('restart')
    const first = ask('a')
    const second = ask('b')
    workers[0].reply({ id: first, text: 'a done', done: true })
    workers[1].reply({ id: second, text: 'b done', done: true })
    expect({ posted: posted(), terminated: workers.map((w) => w.terminated), heard }).toEqual({ posted: [['a'], ['b']], terminated: [true, false], heard: ['b done'] })
  })

  it("reports a worker's 'error', replaces the worker on the next request, and retries the last request", () => {
    const { helper, workers, heard, ask, posted } = setup('post')
    ask('a')
    workers[0].crash('boom')
    helper.retry()
    workers[1].reply({ id: workers[1].received[0].id, text: 'a again', done: true })
    expect({ posted: posted(), terminated: workers.map((w) => w.terminated), prevented: workers[0].defaultPrevented, heard }).toEqual({
      posted: [['a'], ['a']],
      terminated: [true, false],
      prevented: true,
      heard: [{ failed: 'boom' }, 'a again'],
    })
  })

  it("reports a 'messageerror' (a reply that could not be read) like a crash", () => {
    const { workers, heard, ask } = setup('queue')
    ask('a')
    workers[0].onmessageerror?.({})
    expect({ heard, terminated: workers[0].terminated }).toEqual({ heard: [{ failed: 'a reply from the worker could not be read' }], terminated: true })
  })

  it('posts the waiting request instead of reporting when the worker crashes under an overtaken one', () => {
    const { workers, heard, ask, posted } = setup('queue')
    ask('a')
    ask('b')
    workers[0].crash('boom')
    expect({ posted: posted(), heard }).toEqual({ posted: [['a'], ['b']], heard: [] })
  })

  it('says nothing when an idle worker stops, and ignores everything after dispose', () => {
    const { helper, workers, heard, ask } = setup('post')
    const first = ask('a')
    workers[0].reply({ id: first, text: 'a done', done: true })
    workers[0].crash('idle crash')
    ask('b')
    helper.dispose()
    workers[1].reply({ id: first + 1, text: 'b done', done: true })
    expect({ heard, requestAfterDispose: ask('c'), terminated: workers[1].terminated }).toEqual({ heard: ['a done'], requestAfterDispose: 0, terminated: true })
  })
})

describe('LayoutClient', () => {
  const graph = {
    ids: ['a', 'b'],
    sources: new Int32Array([0]),
    targets: new Int32Array([1]),
    strengths: new Float64Array([1]),
    clusterOfNode: new Int32Array([0, 0]),
    centres: [[0, 0]],
  } as unknown as NetworkGraph

  it('tells the view when the layout worker crashes, and lays out again on retry', () => {
    const workers: FakeWorker<LayoutRequest, LayoutProgress>[] = []
    const heard: string[] = []
    const client = new LayoutClient(
      (progress) => heard.push(`progress ${progress.ticks}`),
      () => {
        const worker = new FakeWorker<LayoutRequest, LayoutProgress>()
        workers.push(worker)
        return worker
      },
      (message) => heard.push(`failed: ${message}`),
    )
    client.layout(graph, 'industry')
    workers[0].crash('out of memory')
    client.retry()
    const request = workers[1].received[0]
    workers[1].reply({ id: request.id, xy: new Float32Array(4), regions: null, done: true, ticks: 9, totalTicks: 9 })
    expect({ heard, ids: request.ids }).toEqual({ heard: ['failed: out of memory', 'progress 9'], ids: ['a', 'b'] })
    client.dispose()
  })
})
