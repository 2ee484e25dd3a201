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
 *
 * Blocking (`mayBeSimilar`): before any distance is computed, a pair is ruled out exactly by its
 * length gap and by a 64-bin character signature. Each code point sets bin h(c) of 64; a bin set
 * in a's signature and not in b's stands for a character of a that b lacks altogether, which an
 * alignment must delete or substitute, one edit per position; so for either side
 * popcount(sig(a) & ~sig(b)) <= lev(a, b) (the bag-distance bound of Bartolini, Ciaccia & Patella
 * 2002, "String matching with metric trees using an approximate distance", SPIRE, on hashed
 * bins). The sorted-words form has the same characters, so one bound covers both forms. Only pairs
 * whose bound fits the edit budget reach `nameSimilarity`; in a 10,000 x 10,000 import that is a
 * few percent of the pairs that share an organisation.
 */
import { normalizeName } from './normalize'

export const NAME_SIMILARITY_THRESHOLD = 0.85

/** A name's folded code points as written, and with its words sorted (null when the same). */
export type NameForms = readonly [Int32Array, Int32Array | null]

/** Which of 64 bins a name's code points fall in: two 32-bit halves. */
export interface NameSignature {
  length: number
  low: number
  high: number
}

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

function foldedWords(name: string): string[] {
  return name
    .normalize('NFKC')
    .split(/\s+/u)
    .filter((w) => w !== '')
    .map(normalizeName)
}

/** The folded forms a name is compared by. */
export function nameForms(name: string): NameForms {
  const words = foldedWords(name)
  const written = words.join('')
  const sorted = words.length > 1 ? [...words].sort().join('') : written
  return [codePoints(written), sorted === written ? null : codePoints(sorted)]
}

/**
 * The default name key for "same name" suggestions (find-duplicates.ts): the folded words in
 * sorted order, so "Taro Yamada", "YAMADA taro" and "ﾀﾛｳ ﾔﾏﾀﾞ"/"タロウ ヤマダ" each share one key; '' for no name.
 */
export function sortedNameKey(name: string): string {
  return foldedWords(name).sort().join('')
}

/** The signature of `nameForms(name)[0]`, without building the forms. */
export function nameSignature(name: string): NameSignature {
  const written = foldedWords(name).join('')
  let low = 0
  let high = 0
  let length = 0
  for (let i = 0; i < written.length; i++, length++) {
    let point = written.charCodeAt(i)
    // A surrogate pair is one code point, as in codePoints(); a lone surrogate counts as itself.
    if (point >= 0xd800 && point <= 0xdbff && i + 1 < written.length) {
      const next = written.charCodeAt(i + 1)
      if (next >= 0xdc00 && next <= 0xdfff) {
        point = (point - 0xd800) * 0x400 + (next - 0xdc00) + 0x10000
        i++
      }
    }
    // Fibonacci hashing to 6 bits (Knuth, TAOCP vol. 3, 6.4).
    const bin = Math.imul(point, 0x9e3779b1) >>> 26
    if (bin < 32) low |= 1 << bin
    else high |= 1 << (bin - 32)
  }
  return { length, low, high }
}

function popcount(x: number): number {
  let v = x - ((x >>> 1) & 0x55555555)
  v = (v & 0x33333333) + ((v >>> 2) & 0x33333333)
  return Math.imul((v + (v >>> 4)) & 0x0f0f0f0f, 0x01010101) >>> 24
}

function editBudget(longest: number): number {
  return Math.floor(longest * (1 - NAME_SIMILARITY_THRESHOLD))
}

/**
 * False only when `nameSimilarity` of the two names is certainly below the threshold (see
 * "Blocking" above); true means the pair has to be compared.
 */
export function mayBeSimilar(a: NameSignature, b: NameSignature): boolean {
  const longest = Math.max(a.length, b.length)
  const allowed = editBudget(longest)
  if (Math.abs(a.length - b.length) > allowed) return false
  const onlyA = popcount(a.low & ~b.low) + popcount(a.high & ~b.high)
  if (onlyA > allowed) return false
  return popcount(b.low & ~a.low) + popcount(b.high & ~a.high) <= allowed
}

function similarity(a: Int32Array, b: Int32Array): number {
  const longest = Math.max(a.length, b.length)
  if (longest === 0) return 0
  const allowed = editBudget(longest)
  const gap = Math.abs(a.length - b.length)
  if (gap > allowed) return 1 - gap / longest
  return 1 - levenshtein(a, b, allowed) / longest
}

export function nameSimilarity(a: NameForms, b: NameForms): number {
  const written = similarity(a[0], b[0])
  if (written === 1 || (a[1] === null && b[1] === null)) return written
  return Math.max(written, similarity(a[1] ?? a[0], b[1] ?? b[0]))
}
