/**
 * Plain-data helpers of the diversity dashboard: per-category counts for a group on a dimension
 * (the analysis report carries the indices, not the distributions), a plain-language reading of
 * the IQV, and diversity over time from when people were added (`createdAt`).
 */
import { measureDiversity } from '../../../shared/analysis'
import type { DimensionId } from '../../../shared/analysis'
import { categoriesOf, categoriesOfProfile } from '../../../shared/analysis'
import type { Person } from '../../../shared/graph'

export const DASHBOARD_DIMENSIONS: readonly DimensionId[] = ['gender', 'age-band', 'occupation', 'industry', 'value-group']

export interface Distribution {
  categories: string[]
  /** Fractional counts (a person with two value groups counts ½ in each). */
  counts: number[]
  missing: number
}

export function distributionOf(people: readonly Person[], dimension: DimensionId, genders: readonly { id: string }[], year: number): Distribution {
  const categories = categoriesOf(dimension, genders)
  const index = new Map(categories.map((c, i) => [c, i]))
  const counts = categories.map(() => 0)
  let missing = 0
  for (const person of people) {
    const own = categoriesOfProfile(person, dimension, year).filter((c) => index.has(c))
    if (own.length === 0) missing++
    for (const c of own) counts[index.get(c)!] += 1 / own.length
  }
  return { categories, counts, missing }
}

export type Reading = 'none' | 'narrow' | 'moderate' | 'wide'

/** IQV 0 = everyone alike, 1 = spread evenly over every category (Agresti & Agresti 1978). */
export function readIqv(iqv: number, n: number): Reading {
  if (n === 0) return 'none'
  return iqv < 0.35 ? 'narrow' : iqv < 0.7 ? 'moderate' : 'wide'
}

export interface DiversityPoint {
  /** ISO date the point describes (end of that year, or today). */
  date: string
  people: number
  advisors: number
  networkIqv: number
  advisorIqv: number
}

/**
 * IQV on one single-valued dimension for the people added by the end of each year since the first
 * person; null when everyone was added within one year (no change to show).
 */
export function diversityOverTime(people: readonly Person[], dimension: DimensionId, genders: readonly { id: string }[], now: number): DiversityPoint[] | null {
  if (people.length === 0) return null
  const first = new Date(Math.min(...people.map((p) => p.createdAt))).getUTCFullYear()
  const last = new Date(now).getUTCFullYear()
  if (first === last) return null
  const k = categoriesOf(dimension, genders).length
  const points: DiversityPoint[] = []
  for (let year = first; year <= last; year++) {
    const end = year === last ? now : Date.UTC(year + 1, 0, 1) - 1
    const present = people.filter((p) => p.createdAt <= end)
    const advisors = present.filter((p) => p.roles.includes('advisor'))
    const category = (p: Person): string | null => categoriesOfProfile(p, dimension, year)[0] ?? null
    points.push({
      date: new Date(end).toISOString().slice(0, 10),
      people: present.length,
      advisors: advisors.length,
      networkIqv: measureDiversity(present.map(category), k).iqv,
      advisorIqv: measureDiversity(advisors.map(category), k).iqv,
    })
  }
  return points
}
