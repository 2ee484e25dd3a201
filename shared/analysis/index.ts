/**
 * The analysis engine's public entry points: plain data in, plain data out, deterministic for a
 * seed. Each module named below states its formula and source in its header.
 */
import { detectCommunities as detectCommunitiesImpl } from './communities'
import type { CommunityGraph, CommunityOptions, CommunityResult } from './communities'
import { measureDiversity as measureDiversityImpl } from './diversity'
import type { Diversity } from './diversity'
import { egoAlterEI, groupEI } from './homophily'
import type { EgoAlterEI, GroupEI } from './homophily'

export { analyzeNetwork } from './analyze-network'
export type { AnalysisOptions, CommunitySummary, NetworkReport } from './analyze-network'
export { MAX_RESTARTS, RESTART_WORK_BUDGET } from './communities'
export type { CommunityGraph, CommunityOptions, CommunityResult } from './communities'
export { measureAgeSpread, measureCircumplexSpread, measureMultiValuedDiversity } from './diversity'
export type { AgeSpread, CircumplexSpread, Diversity } from './diversity'
export type { DimensionId } from './dimensions'
export { DIMENSIONS, categoriesOf, categoriesOfProfile, singleCategory } from './dimensions'
export type { Bridge } from './bridges'
export type { EchoChamber, EchoChamberReason, HomogeneousDimension } from './echo-chambers'
export { egoAlterEI, egoAlterSetEI, groupEI } from './homophily'
export type { EgoAlterEI, GroupEI } from './homophily'
export type { GroupProfile } from './group-profile'
export type { MissingPerspective } from './missing-perspectives'
export type { Ingredient, PropertyId, PropertyReview, ReviewAdvice } from './quality-review'
export type { StructuralHoles } from './structural-holes'
export { createSeededRandom, type RandomSource } from './seeded-random'

/**
 * Louvain communities (Blondel et al. 2008) of an undirected graph, best of several seeded
 * restarts. Deterministic for a seed and independent of node and edge order; `modularity` is the
 * modularity of the returned partition. Communities are numbered 0 (largest) upwards.
 */
export function detectCommunities(graph: CommunityGraph, options?: CommunityOptions): CommunityResult {
  return detectCommunitiesImpl(graph, options)
}

/**
 * Richness, Blau, IQV, Shannon entropy and normalised entropy of a group on one dimension with
 * `k` categories in its taxonomy; `null` entries are counted as missing, never as a category.
 */
export function measureDiversity(categories: readonly (string | null)[], k: number): Diversity {
  return measureDiversityImpl(categories, k)
}

/**
 * Krackhardt & Stern's E-I index. Ego-alter form: `{ ego, alters }` (categories, null missing).
 * Group form: `{ members, ties, networkSize }`, with egor's size-rescaled value in `rescaledEi`.
 */
export function eiIndex(input: { ego: string | null; alters: readonly (string | null)[] }): EgoAlterEI
export function eiIndex(input: { members: ReadonlySet<string>; ties: readonly { a: string; b: string }[]; networkSize: number }): GroupEI
export function eiIndex(
  input: { ego: string | null; alters: readonly (string | null)[] } | { members: ReadonlySet<string>; ties: readonly { a: string; b: string }[]; networkSize: number },
): EgoAlterEI | GroupEI {
  return 'members' in input ? groupEI(input.members, input.ties, input.networkSize) : egoAlterEI(input.ego, input.alters)
}
export { DENSE_MIN_DENSITY, HOMOGENEOUS_MAX_IQV, INWARD_MAX_EI, MIN_COMMUNITY_SIZE, MIN_HOMOGENEOUS_DIMENSIONS } from './echo-chambers'
export { MAX_TRAITS, MIN_TRAIT_SHARE, nameEchoChamber, nameEchoChambers } from './echo-chamber-name'
export type { ChamberTrait, EchoChamberName } from './echo-chamber-name'
export { SUMMARY_DIMENSIONS, summarizeAdvisors } from './advisor-summary'
export type { AdvisorSummary } from './advisor-summary'
export { DEFAULT_SUGGESTIONS, HABIT_MAX_PEOPLE, HABIT_MIN_CONSULTATIONS, USUAL_DAYS, WEIGHTS, suggestAdvisors } from './consult'
export type { ConsultFactors, ConsultHabit, ConsultInput, ConsultOptions, ConsultReason, ConsultResult, ConsultSuggestion } from './consult'
export { DIFFERENCE_DIMENSIONS, type DifferenceDimension, type Trait } from './consult-difference'
export { CONSULT_TOPICS, type ConsultTopic } from './consult-topics'
export { HALF_LIFE_DAYS, RECENCY_FLOOR, measureMyTies, type MyTie } from './my-ties'
export { DEFAULT_CHAINS, findReach, prepareReach, reachOn } from './reach'
export type { NoPathReason, ReachChain, ReachInput, ReachOptions, ReachResult, ReachStep, ReachTarget } from './reach'
export { COST_PER_NAT, edgeCost } from './reach-graph'
