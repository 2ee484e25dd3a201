/**
 * Long import work as steps: a generator that yields its progress every few items and returns its
 * result. `runSteps` drains one at once (what a short-lived command does); a process that must keep
 * serving while it imports (the app, `kizuna sync serve`) drives the same generator in slices and
 * gives its event loop a turn between them (electron/node/commands/drive-steps.ts, driven by electron/node/control/import-job.ts). One
 * implementation either way, so the two can never give different results.
 *
 * Phases, in order: `parse` the file's entries, `read` the vault's people, `match` them against the
 * vault and each other, `write` (all or nothing, one transaction: 0 of total, then total of total).
 */
export const IMPORT_PHASES = ['parse', 'read', 'match', 'write'] as const
export type ImportPhase = (typeof IMPORT_PHASES)[number]

export interface ImportProgress {
  phase: ImportPhase
  done: number
  total: number
}

export type Steps<T> = Generator<ImportProgress, T, void>

/** How many items a step covers: small enough that a slice stays short, large enough to cost nothing. */
export const ITEMS_PER_STEP = 64

/** Runs `steps` to the end at once and returns its result. */
export function runSteps<T>(steps: Steps<T>): T {
  for (;;) {
    const next = steps.next()
    if (next.done === true) return next.value
  }
}

/** A one-piece step: `work` runs whole, between a progress of 0 and of 1. */
export function* oneStep<T>(phase: ImportPhase, work: () => T): Steps<T> {
  yield { phase, done: 0, total: 1 }
  const value = work()
  yield { phase, done: 1, total: 1 }
  return value
}
