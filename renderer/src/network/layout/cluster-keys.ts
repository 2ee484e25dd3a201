/**
 * "Cluster by": which category each person falls in for the chosen dimension, and the categories
 * in display order. Plain data in, plain data out, so the worker, the canvas and the tests agree.
 *
 * - community: the analysis engine's Louvain community (0 = largest), from `communityOf`;
 * - age band: the person's band, else derived from the birth year (as the analysis does);
 * - occupation: ISCO-08 major group; industry: ISIC section;
 * - value group: the group of the person's main value (`mainValueGroupOf`, the value named first).
 *   A person holds up to three values, but a node sits in one region.
 * People with no value on the dimension fall in the `UNKNOWN` category, drawn last and neutral.
 */
import { categoriesOf, singleCategory } from '../../../../shared/analysis'
import { mainValueGroupOf } from '../../../../shared/graph'
import type { Profile } from '../../../../shared/graph'

export type ClusterBy = 'community' | 'age-band' | 'occupation' | 'industry' | 'value-group'
export const CLUSTER_BY: readonly ClusterBy[] = ['community', 'age-band', 'occupation', 'industry', 'value-group']

/** The category of people whose value on the dimension is not recorded. */
export const UNKNOWN = '?'
/** The category that small groups fold into when there are more groups than distinct colours. */
export const OTHER = '+'
/** Distinct colours the palette has (palette.ts): at most this many groups are shown apart. */
export const MAX_GROUPS = 7

/**
 * Category ids of a dimension in taxonomy order (communities: 0..count-1), without UNKNOWN.
 * The taxonomy dimensions are the analysis engine's, so the map and the figures always agree.
 */
export function categoryOrder(by: ClusterBy, communityCount = 0): string[] {
  if (by === 'community') return Array.from({ length: communityCount }, (_, i) => String(i))
  return categoriesOf(by, [])
}

export interface ClusterContext {
  year: number
  communityOf: Readonly<Record<string, number>>
}

export function categoryOf(person: Profile & { id: string }, by: ClusterBy, context: ClusterContext): string {
  switch (by) {
    case 'community': {
      const community = context.communityOf[person.id]
      return community === undefined ? UNKNOWN : String(community)
    }
    case 'age-band':
    case 'occupation':
    case 'industry':
      return singleCategory(person, by, context.year) ?? UNKNOWN
    case 'value-group':
      return mainValueGroupOf(person) ?? UNKNOWN
  }
}

export interface Clustering {
  /** Categories that have members, in display order, UNKNOWN last when present. */
  categories: string[]
  /** Index into `categories` for each person, in the order given. */
  clusterOfNode: Int32Array
  sizes: number[]
}

/**
 * Keeps the MAX_GROUPS largest groups apart when there are more (each keeps its own colour) and
 * folds the rest, with the people not recorded, into OTHER: fifteen colours cannot stay distinct,
 * and a map of fifteen regions reads as noise. Order: taxonomy order, OTHER last.
 */
function foldSmallGroups(keys: string[]): string[] {
  const sizes = new Map<string, number>()
  for (const key of keys) sizes.set(key, (sizes.get(key) ?? 0) + 1)
  const named = [...sizes.keys()].filter((key) => key !== UNKNOWN)
  if (named.length <= MAX_GROUPS) return keys
  const kept = new Set(named.sort((a, b) => sizes.get(b)! - sizes.get(a)! || (a < b ? -1 : 1)).slice(0, MAX_GROUPS - 1))
  return keys.map((key) => (kept.has(key) ? key : OTHER))
}

/** Groups people by category; only categories with members are kept. */
export function clusterPeople(people: readonly (Profile & { id: string })[], by: ClusterBy, context: ClusterContext): Clustering {
  const communityCount = by === 'community' ? Math.max(0, ...Object.values(context.communityOf).map((c) => c + 1)) : 0
  const keys = foldSmallGroups(people.map((person) => categoryOf(person, by, context)))
  const present = new Set(keys)
  const categories = [...categoryOrder(by, communityCount), UNKNOWN, OTHER].filter((category) => present.has(category))
  const indexOf = new Map(categories.map((category, i) => [category, i]))
  const clusterOfNode = Int32Array.from(keys, (key) => indexOf.get(key) ?? categories.length - 1)
  const sizes = categories.map(() => 0)
  for (const cluster of clusterOfNode) sizes[cluster]++
  return { categories, clusterOfNode, sizes }
}
