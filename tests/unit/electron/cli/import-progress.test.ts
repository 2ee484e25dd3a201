/**
 * What `kizuna import` writes on stderr while a holder runs it as a job: on a terminal one line
 * redrawn in place and cleared at the end, with --progress one line per phase, else nothing.
 */
import { describe, expect, it } from 'vitest'
import { importProgressView, type ProgressStyle } from '../../../../electron/cli/import-progress'
import type { ImportProgress } from '../../../../shared/io'

const JOB = '7ff2c3d3-c377-4e6a-8567-072f120c8abe'
/** Each step with the time it arrives, in ms. */
const STEPS: [number, ImportProgress][] = [
  [0, { phase: 'parse', done: 0, total: 1 }],
  [10, { phase: 'parse', done: 0, total: 20_000 }],
  [150, { phase: 'parse', done: 6_400, total: 20_000 }],
  [200, { phase: 'parse', done: 12_800, total: 20_000 }],
  [300, { phase: 'read', done: 0, total: 30_000 }],
  [310, { phase: 'match', done: 0, total: 20_000 }],
  [800, { phase: 'match', done: 12_000, total: 20_000 }],
  [820, { phase: 'write', done: 0, total: 20_000 }],
]

function shown(style: ProgressStyle): string {
  let text = ''
  let clock = 0
  const view = importProgressView(
    (s) => (text += s),
    style,
    () => clock,
  )
  view.onAccepted(JOB)
  for (const [at, step] of STEPS) {
    clock = at
    view.onProgress(step)
  }
  view.finish()
  return text
}

describe('import progress on stderr', () => {
  it('on a terminal: one line redrawn in place at each phase and at most every 100 ms, cleared at the end', () => {
    expect(shown('terminal').split('\r\u001b[2K')).toEqual([
      '',
      'kizuna: import: reading the file',
      'kizuna: import: reading the file: 6,400 of 20,000 entries',
      'kizuna: import: reading the vault (30,000 people)',
      'kizuna: import: looking for duplicates',
      'kizuna: import: looking for duplicates: 12,000 of 20,000 entries',
      'kizuna: import: writing 20,000 entries',
      '',
    ])
  })

  it('with --progress elsewhere: the job and one plain line per phase; otherwise nothing', () => {
    expect(shown('lines')).toBe(
      [
        `kizuna: import: running in the Kizuna process that holds the vault, as job ${JOB}`,
        'kizuna: import: reading the file',
        'kizuna: import: reading the vault (30,000 people)',
        'kizuna: import: looking for duplicates',
        'kizuna: import: writing 20,000 entries',
        '',
      ].join('\n'),
    )
    expect(shown('quiet')).toBe('')
  })
})
