/**
 * Runs one file through import.worker.ts, through the latest-wins helper (core/latest-wins-worker.ts):
 * a worker that crashes is reported as an error. `cancel()` terminates the worker at once: the
 * preview is dropped and the vault was never touched (only applyImport writes, after the preview).
 */
import type { Person } from '../../../shared/graph'
import type { CalendarImportOptions, DuplicateCandidate, ImportPreview, SourcePosition } from '../../../shared/io'
import { LatestWinsWorker, type WorkerPort } from '../core/latest-wins-worker'

export type ImportStage = 'parsing' | 'matching'

export type ImportWorkerMessage =
  | { type: 'progress'; stage: ImportStage; people?: number }
  | { type: 'done'; preview: ImportPreview; candidates: DuplicateCandidate[] }
  | { type: 'error'; message: string; at: SourcePosition | null }
/** A message of the worker, naming the request it answers. */
export type ImportWorkerReply = ImportWorkerMessage & { id: number }

interface ImportRequest {
  id: number
  bytes: Uint8Array
  people: Person[]
  /** For a calendar: the clock, the window and my own addresses. */
  calendar?: CalendarImportOptions
}

export interface ImportJob {
  result: Promise<Extract<ImportWorkerMessage, { type: 'done' | 'error' }> | { type: 'cancelled' }>
  cancel(): void
}

function createImportWorker(): WorkerPort<ImportRequest, ImportWorkerReply> {
  // This exact form lets vite bundle the worker as its own module chunk (CSP: worker-src 'self').
  return new Worker(new URL('./import.worker.ts', import.meta.url), { type: 'module' }) as unknown as WorkerPort<ImportRequest, ImportWorkerReply>
}

export function startImport(
  bytes: Uint8Array,
  people: Person[],
  onProgress: (stage: ImportStage, people?: number) => void,
  calendar?: CalendarImportOptions,
  createWorker: () => WorkerPort<ImportRequest, ImportWorkerReply> = createImportWorker,
): ImportJob {
  let settle: (value: Awaited<ImportJob['result']>) => void = () => undefined
  const result = new Promise<Awaited<ImportJob['result']>>((resolve) => (settle = resolve))
  const finish = (outcome: Awaited<ImportJob['result']>) => {
    worker.dispose()
    settle(outcome)
  }
  const worker = new LatestWinsWorker<ImportRequest, ImportWorkerReply>(
    createWorker,
    {
      onReply: ({ id: _id, ...reply }) => (reply.type === 'progress' ? onProgress(reply.stage, reply.people) : finish(reply)),
      onFailure: (message) => finish({ type: 'error', message, at: null }),
    },
    { supersede: 'restart', isFinal: (reply) => reply.type !== 'progress' },
  )
  worker.request((id) => ({ id, bytes, people, ...(calendar === undefined ? {} : { calendar }) }))
  return { result, cancel: () => finish({ type: 'cancelled' }) }
}
