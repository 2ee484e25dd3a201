/**
 * How the import view arranges a preview: certain matches apart from suggestions, each grouped
 * by the reasons they were found by (so one decision can cover a whole group), and the entries
 * that match nobody. Pure: indexes in, indexes out.
 */
import { REASON_ORDER, type DuplicateCandidate, type DuplicateReason, type ImportDecision, type SourcePosition } from '../../../shared/io'
import type { Translate } from '../i18n'

export interface MatchGroup {
  /** The reasons joined, e.g. "email+same-name": one group per combination. */
  key: string
  reasons: DuplicateReason[]
  certain: boolean
  /** Entries (indexes into the preview) in file order. */
  indexes: number[]
}

export interface PreviewLayout {
  certain: MatchGroup[]
  suggested: MatchGroup[]
  /** Entries with no candidate, in file order. */
  unmatched: number[]
}

const rank = (g: MatchGroup) => REASON_ORDER.indexOf(g.reasons[0]) * 100 + g.reasons.length

export function layOutPreview(entries: number, best: ReadonlyMap<number, DuplicateCandidate>): PreviewLayout {
  const groups = new Map<string, MatchGroup>()
  const unmatched: number[] = []
  for (let index = 0; index < entries; index++) {
    const candidate = best.get(index)
    if (candidate === undefined) {
      unmatched.push(index)
      continue
    }
    const key = `${candidate.certain ? 'c' : 's'}:${candidate.reasons.join('+')}`
    let group = groups.get(key)
    if (group === undefined) {
      group = { key, reasons: candidate.reasons, certain: candidate.certain, indexes: [] }
      groups.set(key, group)
    }
    group.indexes.push(index)
  }
  const all = [...groups.values()].sort((a, b) => rank(a) - rank(b) || a.key.localeCompare(b.key))
  return { certain: all.filter((g) => g.certain), suggested: all.filter((g) => !g.certain), unmatched }
}

export type Action = ImportDecision['action']

/**
 * `decisions` with `action` for each of `indexes` (a merge goes to the entry's best candidate). The
 * view keeps these as the person made them and settles them (settleDecisions) to show and apply.
 */
export function withAction(decisions: readonly ImportDecision[], indexes: readonly number[], action: Action, best: ReadonlyMap<number, DuplicateCandidate>): ImportDecision[] {
  const next = [...decisions]
  for (const index of indexes) {
    const candidate = best.get(index)
    if (action === 'merge') {
      if (candidate !== undefined) next[index] = { action: 'merge', into: candidate.target }
    } else next[index] = { action }
  }
  return next
}

/** Where an entry is in its file, in words (card and line, row and line, or line). */
export function positionText(t: Translate, at: SourcePosition): string {
  if (at.card !== undefined) return t('io.atCard', { card: at.card, line: at.line })
  if (at.row !== undefined) return t('io.atRow', { row: at.row, line: at.line })
  return t('io.atLine', { line: at.line })
}
