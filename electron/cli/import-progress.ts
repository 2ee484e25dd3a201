/**
 * What `kizuna import` shows on stderr while the process holding the vault runs the import as a
 * job: on a terminal, one line rewritten in place ("looking for duplicates: 12,000 of 20,000
 * entries") and cleared at the end; elsewhere nothing (a command that succeeds is quiet in a
 * script), or with --progress one plain line when the job is acknowledged and one per phase, no
 * counts in between (for a log). stdout carries only the command's result.
 */
import type { ImportPhase, ImportProgress } from '../../shared/io'
import type { JobWatcher } from './vault-session'

/** How often the terminal line is rewritten at most, in ms. */
const REDRAW_MS = 100
const CLEAR_LINE = '\r\u001b[2K'

const count = (n: number) => n.toLocaleString('en')

const PHASES: Record<ImportPhase, (p: ImportProgress) => string> = {
  parse: (p) => (p.total > 1 ? `reading the file: ${count(p.done)} of ${count(p.total)} entries` : 'reading the file'),
  read: (p) => (p.done === 0 ? `reading the vault (${count(p.total)} people)` : `reading the vault: ${count(p.done)} of ${count(p.total)} people`),
  match: (p) => (p.done === 0 ? 'looking for duplicates' : `looking for duplicates: ${count(p.done)} of ${count(p.total)} entries`),
  write: (p) => `writing ${count(p.total)} entries`,
}

export interface ImportProgressView extends Required<JobWatcher> {
  /** Clears the terminal line; call before anything else is printed. */
  finish(): void
}

export type ProgressStyle = 'terminal' | 'lines' | 'quiet'

/** `now` is the clock for the redraw limit, in ms (tests pin it). */
export function importProgressView(err: (text: string) => void, style: ProgressStyle, now: () => number = () => performance.now()): ImportProgressView {
  const terminal = style === 'terminal'
  let lastPhase: ImportPhase | null = null
  let lastDrawn = 0
  let drawn = false
  return {
    onAccepted(job) {
      if (style === 'lines') err(`kizuna: import: running in the Kizuna process that holds the vault, as job ${job}\n`)
    },
    onProgress(progress) {
      const text = PHASES[progress.phase](progress)
      if (!terminal) {
        if (style === 'lines' && progress.phase !== lastPhase) err(`kizuna: import: ${text}\n`)
        lastPhase = progress.phase
        return
      }
      const at = now()
      if (progress.phase === lastPhase && at - lastDrawn < REDRAW_MS) return
      lastPhase = progress.phase
      lastDrawn = at
      drawn = true
      err(`${CLEAR_LINE}kizuna: import: ${text}`)
    },
    finish() {
      if (drawn) err(CLEAR_LINE)
      drawn = false
    },
  }
}
