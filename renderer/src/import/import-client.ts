/**
 * Runs one file through import.worker.ts. `cancel()` terminates the worker at once: the preview
 * is dropped and the vault was never touched (only applyImport writes, after the preview).
 */
import type { Person } from '../../../shared/graph'
import type { CalendarImportOptions, DuplicateCandidate, ImportPreview, SourcePosition } from '../../../shared/io'

export type ImportStage = 'parsing' | 'matching'

export type ImportWorkerReply =
  | { type: 'progress'; stage: ImportStage; people?: number }
  | { type: 'done'; preview: ImportPreview; candidates: DuplicateCandidate[] }
  | { type: 'error'; message: string; at: SourcePosition | null }

export interface ImportJob {
  result: Promise<Extract<ImportWorkerReply, { type: 'done' | 'error' }> | { type: 'cancelled' }>
  cancel(): void
}

function createImportWorker(): Worker {
  // This exact form lets vite bundle the worker as its own module chunk (CSP: worker-src 'self').
  return new Worker(new URL('./import.worker.ts', import.meta.url), { type: 'module' })
}

export function startImport(bytes: Uint8Array, people: Person[], onProgress: (stage: ImportStage, people?: number) => void, calendar?: CalendarImportOptions): ImportJob {
  const worker = createImportWorker()
  let settle: (value: Awaited<ImportJob['result']>) => void = () => undefined
  const result = new Promise<Awaited<ImportJob['result']>>((resolve) => (settle = resolve))
  worker.onmessage = (event: MessageEvent<ImportWorkerReply>) => {
    const reply = event.data
    if (reply.type === 'progress') return onProgress(reply.stage, reply.people)
    worker.terminate()
    settle(reply)
  }
  worker.onerror = (event) => {
    worker.terminate()
    settle({ type: 'error', message: event.message, at: null })
  }
  worker.postMessage({ bytes, people, calendar })
  return {
    result,
    cancel: () => {
      worker.terminate()
      settle({ type: 'cancelled' })
    },
  }
}
