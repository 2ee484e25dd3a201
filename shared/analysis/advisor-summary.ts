/**
 * A one-line reading of my advisors, as codes the renderer words: the largest share of them that
 * is alike on field, age and gender at once ("7 of my 8 advisors are men in their 30s in IT").
 *
 * For every non-empty subset of SUMMARY_DIMENSIONS, the most common combination of categories
 * among the advisors (people with a dimension unknown never match it); the reading is the subset
 * with the most dimensions whose combination holds at least half of the advisors (and at least
 * two), ties broken by the larger count. None qualifying: the advisors are varied (traits empty).
 * Pure and deterministic.
 */
import type { Person } from '../graph'
import { singleCategory } from './dimensions'
import type { SingleDimensionId } from './dimensions'
import type { ChamberTrait } from './echo-chamber-name'

export const SUMMARY_DIMENSIONS: readonly SingleDimensionId[] = ['gender', 'age-band', 'industry']

export interface AdvisorSummary {
  advisors: number
  /** How many advisors share all of `traits` (0 when traits is empty). */
  alike: number
  traits: ChamberTrait[]
}

export function summarizeAdvisors(advisors: readonly Person[], year: number): AdvisorSummary {
  const n = advisors.length
  const known = advisors.map((person) => SUMMARY_DIMENSIONS.map((dimension) => singleCategory(person, dimension, year)))
  let best: AdvisorSummary = { advisors: n, alike: 0, traits: [] }
  for (let mask = 1; mask < 1 << SUMMARY_DIMENSIONS.length; mask++) {
    const picked = SUMMARY_DIMENSIONS.flatMap((_, d) => ((mask >> d) & 1 ? [d] : []))
    const counts = new Map<string, number>()
    for (const categories of known) {
      const combination = picked.map((d) => categories[d])
      if (combination.some((c) => c === null)) continue
      const key = combination.join('\u0000')
      counts.set(key, (counts.get(key) ?? 0) + 1)
    }
    const top = [...counts.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]
    if (!top || top[1] < 2 || top[1] < n / 2) continue
    const better = picked.length > best.traits.length || (picked.length === best.traits.length && top[1] > best.alike)
    if (!better) continue
    const categories = top[0].split('\u0000')
    best = { advisors: n, alike: top[1], traits: picked.map((d, i) => ({ dimension: SUMMARY_DIMENSIONS[d], category: categories[i] })) }
  }
  return best
}
