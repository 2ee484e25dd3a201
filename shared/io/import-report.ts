/**
 * The import report that adds up: every entry of the file is counted exactly once, as added,
 * merged into someone already in the vault, merged into another (earlier) entry of the same file,
 * or skipped (by decision, or dropped by the reader for having nothing to name it by), so
 *   entries = added + mergedIntoVault + mergedInFile + skipped.
 * Each merge carries its reasons (the candidate it follows), and every entry whose best match is
 * only a suggestion is listed with what was decided for it. Pure: the same report comes before
 * applying (a dry run, the preview) and after (applyImport creates one person per 'new' decision).
 */
import type { PersonId } from '../graph'
import type { DuplicateCandidate, DuplicateReason, MatchTarget } from './find-duplicates'
import { bestCandidates, type ImportDecision } from './import-decisions'
import type { ImportPreview, SourcePosition } from './import-types'

export interface ImportCounts {
  /** Entries in the file: always added + mergedIntoVault + mergedInFile + skipped. */
  entries: number
  added: number
  mergedIntoVault: number
  /** Merged into another entry of the same file (an earlier one, as the duplicate step proposes). */
  mergedInFile: number
  skipped: number
  /** Of `skipped`: entries the reader dropped, having no name, organisation, email or phone. */
  unreadable: number
}

export interface ReportedMatch {
  /** Index of the entry in `preview.people`. */
  index: number
  name: string
  at: SourcePosition
  target: MatchTarget
  /** The target's name (a vault person's as given by the caller, else its id). */
  targetName: string
  /** Why: the reasons of the candidate the decision follows; [] for a target no candidate named. */
  reasons: DuplicateReason[]
  certain: boolean
  decision: ImportDecision['action']
}

export interface ImportReport {
  counts: ImportCounts
  merges: ReportedMatch[]
  /** Entries whose best match is a suggestion, with what was decided (by default: 'new'). */
  suggestions: ReportedMatch[]
}

const sameTarget = (a: MatchTarget, b: MatchTarget) => (a.kind === 'vault' ? b.kind === 'vault' && a.personId === b.personId : b.kind === 'file' && a.index === b.index)

export function reportImport(
  preview: ImportPreview,
  candidates: readonly DuplicateCandidate[],
  decisions: readonly ImportDecision[],
  vaultName: (id: PersonId) => string | undefined = () => undefined,
): ImportReport {
  const unreadable = Math.max(0, preview.entries - preview.people.length)
  const counts: ImportCounts = { entries: preview.people.length + unreadable, added: 0, mergedIntoVault: 0, mergedInFile: 0, skipped: unreadable, unreadable }
  const byIndex = new Map<number, DuplicateCandidate[]>()
  for (const c of candidates) {
    const list = byIndex.get(c.index)
    if (list === undefined) byIndex.set(c.index, [c])
    else list.push(c)
  }
  const best = bestCandidates(candidates)
  const nameOf = (target: MatchTarget) =>
    target.kind === 'vault' ? (vaultName(target.personId) ?? target.personId) : (preview.people[target.index]?.name ?? `#${target.index + 1}`)
  const line = (index: number, target: MatchTarget, candidate: DuplicateCandidate | undefined, decision: ImportDecision['action']): ReportedMatch => {
    const person = preview.people[index]
    return { index, name: person.name, at: person.source, target, targetName: nameOf(target), reasons: candidate?.reasons ?? [], certain: candidate?.certain ?? false, decision }
  }
  const merges: ReportedMatch[] = []
  const suggestions: ReportedMatch[] = []
  preview.people.forEach((_, index) => {
    const decision = decisions[index] ?? { action: 'new' }
    if (decision.action === 'new') counts.added++
    else if (decision.action === 'skip') counts.skipped++
    else {
      if (decision.into.kind === 'vault') counts.mergedIntoVault++
      else counts.mergedInFile++
      const followed = byIndex.get(index)?.find((c) => sameTarget(c.target, decision.into))
      merges.push(line(index, decision.into, followed, 'merge'))
    }
    const top = best.get(index)
    if (top !== undefined && !top.certain) suggestions.push(line(index, top.target, top, decision.action))
  })
  return { counts, merges, suggestions }
}
