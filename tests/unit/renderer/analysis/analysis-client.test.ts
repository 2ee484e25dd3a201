/**
 * The analysis client's protocol with its worker, with a fake worker that answers on demand:
 * what is posted, what is shown, what is dropped.
 */
import { describe, expect, it } from 'vitest'
import { analyzeNetwork } from '../../../../shared/analysis'
import type { NetworkReport } from '../../../../shared/analysis'
import type { GraphSnapshot } from '../../../../shared/graph/types'
import { generateSampleNetwork } from '../../../../shared/sample'
import { AnalysisClient } from '../../../../renderer/src/analysis/analysis-client'
import type { AnalysisState, AnalysisWorker, KnownReport } from '../../../../renderer/src/analysis/analysis-client'
import { runAnalysis } from '../../../../renderer/src/analysis/analysis-protocol'
import type { AnalysisRequest, AnalysisResponse } from '../../../../renderer/src/analysis/analysis-protocol'

const NOW = Date.parse('2025-06-01T00:00:00Z')
const GENDERS = [{ id: 'female' }, { id: 'male' }]

class FakeWorker implements AnalysisWorker {
  readonly received: AnalysisRequest[] = []
  terminated = false
  onmessage: ((event: { data: AnalysisResponse }) => void) | null = null
  onerror: ((event: { message?: string }) => void) | null = null
  onmessageerror: ((event: unknown) => void) | null = null
  postMessage(request: AnalysisRequest): void {
    this.received.push(request)
  }
  terminate(): void {
    this.terminated = true
  }
  /** Answers request `index` with a fake report naming its snapshot. */
  answer(index = this.received.length - 1, ok = true): void {
    const request = this.received[index]
    const response: AnalysisResponse = ok
      ? { id: request.id, ok: true, report: { parameters: { people: request.snapshot.people.length } } as unknown as NetworkReport }
      : { id: request.id, ok: false, error: 'boom' }
    this.onmessage?.({ data: response })
  }
}

function graph(people: number): GraphSnapshot {
  const sample = generateSampleNetwork(1)
  return { schemaVersion: 1, trash: [], ...sample, people: sample.people.slice(0, people) }
}

function setup(known: KnownReport | null = null) {
  const remembered: KnownReport[] = []
  const workers: FakeWorker[] = []
  const states: AnalysisState[] = []
  const client = new AnalysisClient(
    () => {
      const worker = new FakeWorker()
      workers.push(worker)
      return worker
    },
    (state) => states.push(state),
    { clock: () => NOW, known, onReport: (report) => remembered.push(report) },
  )
  const last = (): AnalysisState => states[states.length - 1]
  const shown = (): number | null => (last().report as unknown as { parameters: { people: number } } | null)?.parameters.people ?? null
  return { client, workers, states, last, shown, remembered }
}

describe('AnalysisClient', () => {
  it('posts a graph once, computes, then shows the report', () => {
    const { client, workers, last, shown, states } = setup()
    const a = graph(10)
    client.analyze({ snapshot: a, genders: GENDERS })
    client.analyze({ snapshot: a, genders: GENDERS })
    expect(workers).toHaveLength(1)
    expect(workers[0].received.map((r) => ({ id: r.id, now: r.now, people: r.snapshot.people.length }))).toEqual([{ id: 1, now: NOW, people: 10 }])
    expect(last()).toEqual({ report: null, status: 'computing', error: null })
    workers[0].answer()
    expect([last().status, shown()]).toEqual(['ready', 10])
    // The same graph again (a re-render) posts nothing and changes nothing.
    client.analyze({ snapshot: a, genders: GENDERS })
    expect(workers[0].received).toHaveLength(1)
    expect(states).toHaveLength(2)
  })

  it('keeps one request in flight, coalesces a burst, and drops an overtaken answer', () => {
    const { client, workers, last, shown } = setup()
    client.analyze({ snapshot: graph(10), genders: GENDERS })
    client.analyze({ snapshot: graph(20), genders: GENDERS })
    client.analyze({ snapshot: graph(30), genders: GENDERS })
    expect(workers[0].received.map((r) => r.snapshot.people.length)).toEqual([10])
    workers[0].answer(0)
    // The answer for 10 people is stale: not shown; the newest graph (30) is posted, 20 is skipped.
    expect([last().status, shown()]).toEqual(['computing', null])
    expect(workers[0].received.map((r) => r.snapshot.people.length)).toEqual([10, 30])
    // A late duplicate of the stale answer is ignored too.
    workers[0].answer(0)
    expect(last().status).toBe('computing')
    workers[0].answer(1)
    expect([last().status, shown()]).toEqual(['ready', 30])
    // While recomputing, the last good report stays visible.
    client.analyze({ snapshot: graph(40), genders: GENDERS })
    expect([last().status, shown()]).toEqual(['computing', 30])
  })

  it('reports errors, replaces a crashed worker, and ignores everything after dispose', () => {
    const { client, workers, last, shown } = setup()
    const a = graph(10)
    client.analyze({ snapshot: a, genders: GENDERS })
    workers[0].answer(0, false)
    expect(last()).toEqual({ report: null, status: 'error', error: 'boom' })
    client.analyze({ snapshot: graph(11), genders: GENDERS })
    workers[0].onerror?.({ message: 'worker crashed' })
    expect(workers[0].terminated).toBe(true)
    expect(last()).toEqual({ report: null, status: 'error', error: 'worker crashed' })
    // After a crash the same graph can be asked for again, on a new worker.
    const b = graph(12)
    client.analyze({ snapshot: b, genders: GENDERS })
    expect(workers).toHaveLength(2)
    workers[1].answer()
    expect(shown()).toBe(12)
    client.analyze({ snapshot: graph(13), genders: GENDERS })
    client.dispose()
    expect(workers[1].terminated).toBe(true)
    workers[1].answer()
    client.analyze({ snapshot: graph(14), genders: GENDERS })
    expect([last().status, shown()]).toEqual(['computing', 12])
    expect(workers).toHaveLength(2)
  })

  it('remembers each shown report with its graph, and starts from a known report without posting it again', () => {
    const first = setup()
    const a = graph(10)
    first.client.analyze({ snapshot: a, genders: GENDERS })
    first.workers[0].answer()
    first.client.dispose()
    expect(first.remembered.map((known) => known.input.snapshot)).toEqual([a])

    const second = setup(first.remembered[0])
    expect(second.client.current.status).toBe('ready')
    second.client.analyze({ snapshot: a, genders: GENDERS })
    expect(second.workers).toHaveLength(0)
    // A different graph is computed as usual.
    second.client.analyze({ snapshot: graph(11), genders: GENDERS })
    expect(second.workers[0].received).toHaveLength(1)
  })

  it('runs the real analysis behind the protocol and survives structured cloning', () => {
    const snapshot = graph(120)
    const response = runAnalysis(structuredClone({ id: 7, snapshot, genders: GENDERS, now: NOW }), analyzeNetwork)
    expect(structuredClone(response)).toEqual({ id: 7, ok: true, report: analyzeNetwork(snapshot, { now: NOW, genders: GENDERS }) })
    const failing = runAnalysis({ id: 8, snapshot, genders: GENDERS, now: NOW }, () => {
      throw new Error('bad graph')
    })
    expect(failing).toEqual({ id: 8, ok: false, error: 'bad graph' })
  })
})
