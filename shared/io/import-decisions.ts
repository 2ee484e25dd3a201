/**
 * What to do with each incoming person: create them, merge them into someone, or skip them.
 * `suggestDecisions` turns the duplicate candidates into a full list the UI shows and the user
 * edits one by one:
 *  - a certain match (match-evidence.ts) follows the policy: "merge" (the default), "keep" both,
 *    or "skip"; whatever the policy, a person whose import key the vault already holds, or whom an
 *    earlier import already merged in completely ('unchanged'), is merged into that person, so
 *    re-importing a file never creates duplicates;
 *  - a suggestion is kept as a new person unless `mergeSuggestions` asks for it to be merged:
 *    nothing is merged on similarity alone without someone saying so;
 *  - a merge into an earlier entry of the file that is itself skipped is skipped with it.
 */
import type { DuplicateCandidate, MatchTarget } from './find-duplicates'
import type { ImportPreview } from './import-types'

export type ImportDecision = { action: 'new' } | { action: 'skip' } | { action: 'merge'; into: MatchTarget }
export type DuplicatePolicy = 'merge' | 'keep' | 'skip'

export interface DecisionOptions {
  /** Merge suggested matches too (the CLI's --merge-suggestions); default false. */
  mergeSuggestions?: boolean
}

/** The first candidate of each incoming index: findDuplicates lists the best first. */
export function bestCandidates(candidates: readonly DuplicateCandidate[]): Map<number, DuplicateCandidate> {
  const best = new Map<number, DuplicateCandidate>()
  for (const c of candidates) if (!best.has(c.index)) best.set(c.index, c)
  return best
}

/** The decision for one candidate on its own (before following a skipped target). */
export function decisionFor(candidate: DuplicateCandidate | undefined, policy: DuplicatePolicy, options: DecisionOptions = {}): ImportDecision {
  if (candidate === undefined) return { action: 'new' }
  if (!candidate.certain) return options.mergeSuggestions === true ? { action: 'merge', into: candidate.target } : { action: 'new' }
  if (candidate.reasons.includes('same-key') || candidate.reasons.includes('unchanged') || policy === 'merge') return { action: 'merge', into: candidate.target }
  return policy === 'keep' ? { action: 'new' } : { action: 'skip' }
}

export function suggestDecisions(preview: ImportPreview, candidates: readonly DuplicateCandidate[], policy: DuplicatePolicy, options: DecisionOptions = {}): ImportDecision[] {
  const best = bestCandidates(candidates)
  const decisions: ImportDecision[] = []
  for (let index = 0; index < preview.people.length; index++) {
    let decision = decisionFor(best.get(index), policy, options)
    if (decision.action === 'merge' && decision.into.kind === 'file' && decisions[decision.into.index]?.action === 'skip') decision = { action: 'skip' }
    decisions.push(decision)
  }
  return decisions
}

/**
 * Decisions a person edited, made consistent for applyImport: a merge into an earlier entry of the
 * file that is skipped is skipped with it (in file order, so a chain follows its first link).
 */
export function settleDecisions(decisions: readonly ImportDecision[]): ImportDecision[] {
  const out: ImportDecision[] = []
  decisions.forEach((decision, index) => {
    const into = decision.action === 'merge' && decision.into.kind === 'file' ? decision.into.index : -1
    out.push(into >= 0 && into < index && out[into].action === 'skip' ? { action: 'skip' } : decision)
  })
  return out
}
