/**
 * What to do with each incoming person: create them, merge them into someone, or skip them.
 * `suggestDecisions` turns the duplicate candidates and one policy ("merge", "keep" both, "skip")
 * into a full list the UI shows and the user edits one by one. Whatever the policy, a person whose
 * import key the vault already holds, or whom an earlier import already merged in completely
 * ('unchanged'), is merged into that person: re-importing a file never creates duplicates.
 */
import type { DuplicateCandidate, MatchTarget } from './find-duplicates'
import type { ImportPreview } from './import-types'

export type ImportDecision = { action: 'new' } | { action: 'skip' } | { action: 'merge'; into: MatchTarget }
export type DuplicatePolicy = 'merge' | 'keep' | 'skip'

export function suggestDecisions(preview: ImportPreview, candidates: readonly DuplicateCandidate[], policy: DuplicatePolicy): ImportDecision[] {
  const best = new Map<number, DuplicateCandidate>()
  for (const c of candidates) if (!best.has(c.index)) best.set(c.index, c)
  return preview.people.map((_, index) => {
    const candidate = best.get(index)
    if (candidate === undefined) return { action: 'new' }
    if (candidate.reasons.includes('same-key') || candidate.reasons.includes('unchanged') || policy === 'merge') return { action: 'merge', into: candidate.target }
    return policy === 'keep' ? { action: 'new' } : { action: 'skip' }
  })
}
