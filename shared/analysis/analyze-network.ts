/**
 * The full analysis of a vault snapshot: what the UI's analysis views and `kizuna analyze` show.
 * Pure and deterministic: the same snapshot and options give the same report, whatever the order
 * of people, ties or interactions (everything is keyed by sorted ids, see compact-graph.ts).
 * Uses only people, ties, me, interactions and projects; `trash` is ignored.
 */
import type { GraphSnapshot, Person } from '../graph'
import { DEFAULT_GENDERS } from '../graph'
import { indexEdges, modularityOf } from './compact-graph'
import { defaultRestarts, detectCommunityLabels } from './communities'
import type { DimensionId } from './dimensions'
import { SET_DIMENSIONS, SINGLE_DIMENSIONS, setCategories, singleCategory } from './dimensions'
import { assessEchoChamber, communityFacts, communityTieCounts } from './echo-chambers'
import type { CommunityFacts, EchoChamber } from './echo-chambers'
import type { EgoAlterEI } from './homophily'
import { egoAlterEI, egoAlterSetEI } from './homophily'
import { profileMembers } from './group-profile'
import type { GroupProfile } from './group-profile'
import { findMissingPerspectives } from './missing-perspectives'
import type { MissingPerspective } from './missing-perspectives'
import { buildPersonTable } from './person-table'
import { reviewQuality } from './quality-review'
import type { PropertyReview } from './quality-review'
import { measureStructuralHoles } from './structural-holes'
import type { StructuralHoles } from './structural-holes'

export interface AnalysisOptions {
  /** The analysis date (age bands, recency windows). Default: now. */
  now?: Date | number
  /** Seed of community detection. Default 1. */
  seed?: number
  /** Louvain restarts. Default `defaultRestarts(ties)`. */
  restarts?: number
  /** The vault's gender list (sets the gender dimension's k). Default `DEFAULT_GENDERS`. */
  genders?: readonly { id: string }[]
  /** Weight ties by strength in community detection. Default true. */
  weighted?: boolean
}

export interface CommunitySummary {
  index: number
  memberIds: string[]
  density: number
  groupEi: CommunityFacts['groupEi']
  profile: GroupProfile
}

export interface NetworkReport {
  parameters: { now: string; seed: number; restarts: number; people: number; ties: number }
  advisors: { ids: string[]; profile: GroupProfile; homophily: Record<DimensionId, EgoAlterEI> }
  network: GroupProfile
  communities: { modularity: number; communityOf: Record<string, number>; list: CommunitySummary[] }
  echoChambers: EchoChamber[]
  structuralHoles: StructuralHoles
  missingPerspectives: MissingPerspective[]
  quality: PropertyReview[]
}

export function analyzeNetwork(snapshot: GraphSnapshot, options: AnalysisOptions = {}): NetworkReport {
  const now = options.now === undefined ? Date.now() : typeof options.now === 'number' ? options.now : options.now.getTime()
  const year = new Date(now).getUTCFullYear()
  const seed = options.seed ?? 1
  const genders = options.genders ?? DEFAULT_GENDERS
  const weighted = options.weighted ?? true
  const personById = new Map(snapshot.people.map((person) => [person.id, person]))
  // Ties to unknown people are dropped here; person i of every array below is indexed.ids[i].
  const indexed = indexEdges(
    [...personById.keys()],
    snapshot.ties,
    (tie) => tie.a,
    (tie) => tie.b,
    (tie) => (weighted && Number.isFinite(tie.strength) && tie.strength > 0 ? tie.strength : 1),
  )
  const people = indexed.ids.map((id) => personById.get(id)!)
  const table = buildPersonTable(people, year, genders)
  const edgeCount = indexed.compact.targets.length / 2
  const restarts = options.restarts ?? defaultRestarts(edgeCount)
  const labels = detectCommunityLabels(indexed, { seed, restarts })
  // Canonical labels are 0..count−1, each used.
  let communityCount = 0
  for (const label of labels) communityCount = Math.max(communityCount, label + 1)
  const memberIndices: number[][] = Array.from({ length: communityCount }, () => [])
  const communityOf: Record<string, number> = {}
  for (let i = 0; i < labels.length; i++) {
    memberIndices[labels[i]].push(i)
    communityOf[people[i].id] = labels[i]
  }
  // Tie counts (and structural holes below) read only the adjacency: there every tie counts once.
  const counts = communityTieCounts(indexed.compact, labels, communityCount)
  const summaries = memberIndices.map((group, index) =>
    communityFacts(index, group.map((i) => people[i].id), counts.internal[index], counts.external[index], people.length, profileMembers(table, group, year)),
  )

  const isAdvisor = new Uint8Array(people.length)
  for (let i = 0; i < people.length; i++) isAdvisor[i] = Number(people[i].roles.includes('advisor'))
  const advisorIndices = people.flatMap((_, i) => (isAdvisor[i] ? [i] : []))
  const advisors = advisorIndices.map((i) => people[i])
  const advisorIds = new Set(advisors.map((person) => person.id))
  const consultations = snapshot.interactions
    .filter((interaction) => interaction.kind === 'consulted-them')
    .map((interaction) => interaction.personIds.filter((id) => personById.has(id)))
  const neighbours = (personId: string): { personId: string; strength: number }[] => {
    const i = indexed.indexOf.get(personId)
    if (i === undefined) return []
    const result: { personId: string; strength: number }[] = []
    for (let e = indexed.compact.offsets[i]; e < indexed.compact.offsets[i + 1]; e++) {
      result.push({ personId: indexed.ids[indexed.compact.targets[e]], strength: indexed.compact.weights[e] })
    }
    return result
  }
  const echoChambers = summaries
    .map((community) =>
      assessEchoChamber({
        community,
        members: memberIndices[community.index].map((i) => people[i]),
        outsiders: () => people.filter((_, i) => labels[i] !== community.index),
        advisorIds,
        consultations,
        neighbours,
        year,
      }),
    )
    .filter((chamber): chamber is EchoChamber => chamber !== null)

  const interactionCounts = new Float64Array(people.length)
  for (const interaction of snapshot.interactions) {
    for (const id of new Set(interaction.personIds)) {
      const i = indexed.indexOf.get(id)
      if (i !== undefined) interactionCounts[i]++
    }
  }
  const degrees = new Int32Array(people.length)
  const everyone = new Int32Array(people.length)
  for (let i = 0; i < people.length; i++) {
    degrees[i] = indexed.compact.offsets[i + 1] - indexed.compact.offsets[i]
    everyone[i] = i
  }
  const advisorProfile = profileMembers(table, advisorIndices, year)
  const essayDimensions: DimensionId[] = ['gender', 'age-band', 'value-group']
  const knownAdvisorIqv = essayDimensions.map((dimension) => advisorProfile.diversity[dimension]).filter((d) => d.n > 0)

  return {
    parameters: { now: new Date(now).toISOString(), seed, restarts, people: people.length, ties: edgeCount },
    advisors: { ids: advisors.map((person) => person.id), profile: advisorProfile, homophily: advisorHomophily(snapshot, advisors, year) },
    network: profileMembers(table, everyone, year),
    communities: { modularity: modularityOf(indexed.compact, labels), communityOf, list: summaries },
    echoChambers,
    structuralHoles: measureStructuralHoles(indexed.compact),
    missingPerspectives: findMissingPerspectives({ table, ids: indexed.ids, isAdvisor, interactionCount: interactionCounts, degree: degrees }),
    quality: reviewQuality({
      people,
      advisorIds,
      advisorDiversity: knownAdvisorIqv.length > 0 ? knownAdvisorIqv.reduce((sum, d) => sum + d.iqv, 0) / knownAdvisorIqv.length : null,
      echoAdvisorShare: Math.max(0, ...echoChambers.map((chamber) => chamber.reason.advisorShare ?? 0)),
      interactions: snapshot.interactions,
      projects: snapshot.projects,
      industryOf: (id) => personById.get(id)?.industry ?? null,
      now,
    }),
  }
}

function advisorHomophily(snapshot: GraphSnapshot, advisors: Person[], year: number): Record<DimensionId, EgoAlterEI> {
  const result = {} as Record<DimensionId, EgoAlterEI>
  for (const dimension of SINGLE_DIMENSIONS) {
    result[dimension] = egoAlterEI(singleCategory(snapshot.me, dimension, year), advisors.map((person) => singleCategory(person, dimension, year)))
  }
  for (const dimension of SET_DIMENSIONS) {
    result[dimension] = egoAlterSetEI(setCategories(snapshot.me, dimension), advisors.map((person) => setCategories(person, dimension)))
  }
  return result
}
