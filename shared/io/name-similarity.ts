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
 *
 * Cost: only whether a pair reaches the threshold matters, so the distance is computed with a
 * limit k = floor(longest * (1 - threshold)) and only inside the diagonal band |i - j| <= k
 * (Ukkonen 1985, "Algorithms for approximate string matching", Information and Control 64):
 * O(n k) instead of O(n^2), over code points held in Int32Arrays. Below the threshold the score
 * is only an upper bound.
 */
import { normalizeName } from './normalize'

export const NAME_SIMILARITY_THRESHOLD = 0.85

/** A name's folded code points as written, and with its words sorted (null when the same). */
export type NameForms = readonly [Int32Array, Int32Array | null]

let previousRow = new Int32Array(64)
let currentRow = new Int32Array(64)

/**
 * Edit distance between `a` and `b`; once it is certain to exceed `limit`, returns `limit + 1`.
 * Cells outside the band |i - j| <= limit cannot lead to a distance within the limit.
 */
export function levenshtein(a: Int32Array, b: Int32Array, limit = Math.max(a.length, b.length)): number {
  if (a.length < b.length) return levenshtein(b, a, limit)
  const n = b.length
  if (a.length - n > limit) return limit + 1
  if (previousRow.length <= n + 1) {
    previousRow = new Int32Array(2 * n + 2)
    currentRow = new Int32Array(2 * n + 2)
  }
  const over = limit + 1
  let previous = previousRow
  let current = currentRow
  for (let j = 0; j <= n; j++) previous[j] = j <= limit ? j : over
  for (let i = 1; i <= a.length; i++) {
    const from = Math.max(1, i - limit)
    const to = Math.min(n, i + limit)
    current[from - 1] = from === 1 ? (i <= limit ? i : over) : over
    let best = current[from - 1]
    const ai = a[i - 1]
    for (let j = from; j <= to; j++) {
      let value = previous[j - 1] + (ai === b[j - 1] ? 0 : 1)
      const up = previous[j] + 1
      const left = current[j - 1] + 1
      if (up < value) value = up
      if (left < value) value = left
      if (value > over) value = over
      current[j] = value
      if (value < best) best = value
    }
    if (to < n) current[to + 1] = over
    if (best > limit) return over
    const swap = previous
    previous = current
    current = swap
  }
  return Math.min(previous[n], over)
}

function codePoints(text: string): Int32Array {
  const out = new Int32Array(text.length)
  let length = 0
  for (const char of text) out[length++] = char.codePointAt(0)!
  return out.subarray(0, length)
}

/** The folded forms a name is compared by. */
export function nameForms(name: string): NameForms {
  const words = name.normalize('NFKC').split(/\s+/u).filter((w) => w !== '').map(normalizeName)
  const written = words.join('')
  const sorted = words.length > 1 ? [...words].sort().join('') : written
  return [codePoints(written), sorted === written ? null : codePoints(sorted)]
}

function similarity(a: Int32Array, b: Int32Array): number {
  const longest = Math.max(a.length, b.length)
  if (longest === 0) return 0
  const allowed = Math.floor(longest * (1 - NAME_SIMILARITY_THRESHOLD))
  const gap = Math.abs(a.length - b.length)
  if (gap > allowed) return 1 - gap / longest
  return 1 - levenshtein(a, b, allowed) / longest
}

export function nameSimilarity(a: NameForms, b: NameForms): number {
  const written = similarity(a[0], b[0])
  if (written === 1 || (a[1] === null && b[1] === null)) return written
  return Math.max(written, similarity(a[1] ?? a[0], b[1] ?? b[0]))
}
