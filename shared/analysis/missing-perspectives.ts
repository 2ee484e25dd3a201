/**
 * Missing perspectives: categories absent or nearly absent among my advisors, on the dimensions
 * the essay names (gender, age, values) plus occupation and industry, each with people already in
 * my network who could fill it.
 *
 * A category is "absent" at share 0 and "nearly absent" below NEARLY_ABSENT_SHARE of the advisors
 * whose value is known. Only categories someone in my network can fill are reported: the point is
 * whom to ask next, not a list of every industry in ISIC. Ranked absent before nearly absent, then
 * by share, then by how many people could fill it; candidates ranked by how much we already
 * interact, then by number of ties (better connected people are easier to reach).
 */
import type { DimensionId } from './dimensions'
import type { PersonTable } from './person-table'

/** One advisor in ten: fewer than that and the perspective is effectively missing. */
export const NEARLY_ABSENT_SHARE = 0.1
export const MAX_CANDIDATES = 3
/** Dimensions checked; `values` is left to `value-group`, which the essay's "values" means here. */
export const PERSPECTIVE_DIMENSIONS: readonly DimensionId[] = ['gender', 'age-band', 'occupation', 'industry', 'value-group']

export interface MissingPerspective {
  dimension: DimensionId
  category: string
  /** Share among advisors with a known value on this dimension. */
  advisorShare: number
  status: 'absent' | 'nearly-absent'
  /** People who are not advisors and are in this category, best first. */
  candidateIds: string[]
  candidateCount: number
}

export interface MissingPerspectiveInput {
  /** Everyone's categories; person i has id `ids[i]`. */
  table: PersonTable
  ids: readonly string[]
  /** 1 for my advisors, per person index. */
  isAdvisor: Uint8Array
  interactionCount: ArrayLike<number>
  degree: ArrayLike<number>
}

const NO_CODES: readonly number[] = []
/** One reused array per code, so that reading a single-valued code allocates nothing. */
const SINGLE_CODES: (readonly number[])[] = []

/** Codes of person i on a perspective dimension (empty when unknown). */
function codesOf(table: PersonTable, dimension: DimensionId, i: number): readonly number[] {
  if (dimension === 'values' || dimension === 'value-group') {
    const set = table.valueSetOf[i]
    if (set < 0) return NO_CODES
    return dimension === 'values' ? table.valueSets[set].valueCodes : table.valueSets[set].groupCodes
  }
  const code = table.single[dimension].codes[i]
  if (code < 0) return NO_CODES
  return (SINGLE_CODES[code] ??= [code])
}

function codedDimensionOf(table: PersonTable, dimension: DimensionId): { categories: string[]; k: number } {
  return dimension === 'values' ? table.values : dimension === 'value-group' ? table.valueGroups : table.single[dimension]
}

export function findMissingPerspectives(input: MissingPerspectiveInput): MissingPerspective[] {
  const { table, ids, isAdvisor } = input
  const advisorCount = isAdvisor.reduce((sum, flag) => sum + flag, 0)
  if (advisorCount === 0) return []
  // Better candidate first: more interactions, then more ties, then id.
  const better = (x: number, y: number): boolean =>
    input.interactionCount[x] !== input.interactionCount[y]
      ? input.interactionCount[x] > input.interactionCount[y]
      : input.degree[x] !== input.degree[y]
        ? input.degree[x] > input.degree[y]
        : ids[x] < ids[y]
  const result: MissingPerspective[] = []
  for (const dimension of PERSPECTIVE_DIMENSIONS) {
    const { categories, k } = codedDimensionOf(table, dimension)
    // Fractional counts summed per distinct value set in the table's canonical order (see
    // person-table.ts), so the shares do not depend on the advisors' order.
    const weights = new Float64Array(categories.length)
    const holders = new Float64Array(table.valueSets.length)
    let known = 0
    for (let i = 0; i < table.size; i++) {
      if (!isAdvisor[i]) continue
      const codes = codesOf(table, dimension, i)
      if (codes.length === 0) continue
      known++
      if (dimension === 'values' || dimension === 'value-group') holders[table.valueSetOf[i]]++
      else weights[codes[0]]++
    }
    if (known === 0) continue
    if (dimension === 'values' || dimension === 'value-group') {
      table.valueSets.forEach((set, s) => {
        const codes = dimension === 'values' ? set.valueCodes : set.groupCodes
        for (const code of codes) weights[code] += holders[s] / codes.length
      })
    }
    // Only the taxonomy's categories (codes below k) can be named as missing.
    const missing = new Uint8Array(k)
    let anyMissing = false
    for (let code = 0; code < k; code++) {
      if (weights[code] / known >= NEARLY_ABSENT_SHARE) continue
      missing[code] = 1
      anyMissing = true
    }
    if (!anyMissing) continue
    const counts = new Int32Array(k)
    const best: number[][] = Array.from({ length: k }, () => [])
    for (let i = 0; i < table.size; i++) {
      if (isAdvisor[i]) continue
      const codes = codesOf(table, dimension, i)
      for (let c = 0; c < codes.length; c++) {
        const code = codes[c]
        if (code >= k || !missing[code]) continue
        counts[code]++
        const top = best[code]
        if (top.length === MAX_CANDIDATES && !better(i, top[MAX_CANDIDATES - 1])) continue
        let slot = Math.min(top.length, MAX_CANDIDATES - 1)
        top[slot] = i
        while (slot > 0 && better(i, top[slot - 1])) {
          top[slot] = top[slot - 1]
          top[--slot] = i
        }
      }
    }
    for (let code = 0; code < k; code++) {
      if (!missing[code] || counts[code] === 0) continue
      const share = weights[code] / known
      result.push({
        dimension,
        category: categories[code],
        advisorShare: share,
        status: share === 0 ? 'absent' : 'nearly-absent',
        candidateIds: best[code].map((i) => ids[i]),
        candidateCount: counts[code],
      })
    }
  }
  return result.sort(
    (x, y) =>
      Number(x.status === 'nearly-absent') - Number(y.status === 'nearly-absent') ||
      x.advisorShare - y.advisorShare ||
      y.candidateCount - x.candidateCount ||
      PERSPECTIVE_DIMENSIONS.indexOf(x.dimension) - PERSPECTIVE_DIMENSIONS.indexOf(y.dimension) ||
      (x.category < y.category ? -1 : 1),
  )
}
