/**
 * Runs a generator's steps in slices of about SLICE_MS of the UI thread, yielding to the browser
 * between slices (`scheduler.yield()` where there is one, which resumes ahead of other queued
 * tasks; else a zero-delay macrotask), so input and animation frames keep flowing while a big
 * piece of preparation runs. A slice ends before a step that would likely overrun it (the step
 * is predicted to take as long as the longest one so far).
 */

/** UI-thread time one slice may take, ms. */
export const SLICE_MS = 8

interface SchedulerWithYield {
  yield(): Promise<void>
}

function yieldToBrowser(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: Partial<SchedulerWithYield> }).scheduler
  if (typeof scheduler?.yield === 'function') return scheduler.yield()
  return new Promise((resolve) => setTimeout(resolve, 0))
}

function abortError(): DOMException {
  return new DOMException('The operation was aborted.', 'AbortError')
}

export async function runInSlices<T>(steps: Generator<void, T, void>, signal?: AbortSignal, sliceMs = SLICE_MS): Promise<T> {
  let longestStep = 0
  for (;;) {
    if (signal?.aborted) throw abortError()
    const start = performance.now()
    let now = start
    do {
      const before = now
      const step = steps.next()
      now = performance.now()
      longestStep = Math.max(longestStep, now - before)
      if (step.done === true) return step.value
    } while (now - start + longestStep < sliceMs)
    await yieldToBrowser()
  }
}
