/**
 * Drives import steps (shared/io/import-steps.ts) in slices of about `sliceMs`, giving the event
 * loop a turn (setImmediate) between slices, so a process that imports keeps answering its sync
 * sessions, its windows and other commands. The write is one step (one transaction), so stopping
 * between steps, when `cancelled()` says so, leaves the vault as it was.
 */
import type { ImportProgress, Steps } from '../../../shared/io'

export interface DriveOptions {
  /** Longest run between two turns of the event loop, in ms. Default 10. */
  sliceMs?: number
  onProgress?: (progress: ImportProgress) => void
  /** Checked at every step; true stops before the next one, with StepsCancelled. */
  cancelled?: () => boolean
}

export class StepsCancelled extends Error {
  override readonly name = 'StepsCancelled'
}

const turn = () => new Promise<void>((done) => setImmediate(done))

export async function driveSteps<T>(steps: Steps<T>, options: DriveOptions = {}): Promise<T> {
  const sliceMs = options.sliceMs ?? 10
  let sliceStart = performance.now()
  for (;;) {
    const next = steps.next()
    if (next.done === true) return next.value
    options.onProgress?.(next.value)
    // Always a turn before the write: a client that left by then stops it in time.
    if (next.value.phase !== 'write' && performance.now() - sliceStart < sliceMs) continue
    await turn()
    sliceStart = performance.now()
    if (options.cancelled?.() === true) {
      steps.return(undefined as T)
      throw new StepsCancelled(`stopped before ${next.value.phase} ${next.value.done} of ${next.value.total}`)
    }
  }
}
