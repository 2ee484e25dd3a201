/**
 * How alike two names are, for the "very similar names at the same organisation" duplicate rule.
 *
 * Measure: normalised Levenshtein similarity, sim(a, b) = 1 - lev(a, b) / max(|a|, |b|), over the
 * folded names (normalize.ts: NFKC, case, kana, no whitespace), counted in code points. It is also
 * taken over the name's words sorted, so "Taro Yamada" and "Yamada Taro" score 1; the higher wins.
 * Levenshtein: V. I. Levenshtein 1966, "Binary codes capable of correcting deletions, insertions,
 * and reversals", Soviet Physics Doklady 10(8).
 *
 * Threshold: NAME_SIMILARITY_THRESHOLD = 0.85, i.e. at most one edit in a 7-character name, two in
 * a 14-character one ("Jon Smith"/"John Smith" 0.89 matches; "Ken Sato"/"Kei Sato" 0.86 would too,
 * which is why the rule also requires the same organisation and only ever proposes a merge).
 * Below the threshold the computation stops early and the score is only an upper bound.
 */
import { normalizeName } from './normalize'

export const NAME_SIMILARITY_THRESHOLD = 0.85

let rowA = new Int32Array(64)
let rowB = new Int32Array(64)

/** Edit distance; stops early (returning a lower bound above `limit`) once every cell exceeds `limit`. */
export function levenshtein(a: readonly string[], b: readonly string[], limit = Infinity): number {
  if (a.length < b.length) return levenshtein(b, a, limit)
  if (rowA.length <= b.length) {
    rowA = new Int32Array(b.length * 2 + 1)
    rowB = new Int32Array(b.length * 2 + 1)
  }
  let previous = rowA
  let current = rowB
  for (let j = 0; j <= b.length; j++) previous[j] = j
  for (let i = 1; i <= a.length; i++) {
    current[0] = i
    let best = i
    const ai = a[i - 1]
    for (let j = 1; j <= b.length; j++) {
      const value = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (ai === b[j - 1] ? 0 : 1))
      current[j] = value
      if (value < best) best = value
    }
    if (best > limit) return best
    const swap = previous
    previous = current
    current = swap
  }
  return previous[b.length]
}

/** The folded forms a name is compared by: as written, and with its words sorted. */
export function nameForms(name: string): [string[], string[]] {
  const words = name.normalize('NFKC').split(/\s+/u).filter((w) => w !== '').map(normalizeName)
  return [[...words.join('')], [...[...words].sort().join('')]]
}

function similarity(a: readonly string[], b: readonly string[]): number {
  const longest = Math.max(a.length, b.length)
  if (longest === 0) return 0
  const allowed = Math.floor(longest * (1 - NAME_SIMILARITY_THRESHOLD))
  if (Math.abs(a.length - b.length) > allowed) return 1 - Math.abs(a.length - b.length) / longest
  return 1 - levenshtein(a, b, allowed) / longest
}

export function nameSimilarity(a: [string[], string[]], b: [string[], string[]]): number {
  return Math.max(similarity(a[0], b[0]), similarity(a[1], b[1]))
}
