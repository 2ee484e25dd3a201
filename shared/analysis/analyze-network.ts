/**
 * The full analysis of a vault snapshot: what the UI's analysis views and `kizuna analyze` show.
 * Pure and deterministic: the same snapshot and options give the same report, whatever the order
 * of people, ties or interactions (everything is keyed by sorted ids, see compact-graph.ts).
 * Uses only people, ties, me, interactions and projects; `trash` is ignored.
 */
import type { GraphSnapshot, Person } from '../graph'
import { DEFAULT_GENDERS } from '../graph'
import { indexEdges, modularityOf } from './compact-graph'
import type { IndexedGraph } from './compact-graph'
import { createBridgeFinder } from './bridges'
import { detectCommunityLabels } from './communities'
import type { DimensionId } from './dimensions'
import { SET_DIMENSIONS, SINGLE_DIMENSIONS, setCategories, singleCategory } from './dimensions'
import { assessEchoChamber, communityFacts, communityTieCounts, DENSE_MIN_DENSITY, INWARD_MAX_EI } from './echo-chambers'
import type { CommunityFacts, EchoChamber } from './echo-chambers'
import type { EgoAlterEI } from './homophily'
import { egoAlterEI, egoAlterSetEI, groupEIFromCounts } from './homophily'
import { profileMembers } from './group-profile'
import type { GroupProfile } from './group-profile'
import { findMissingPerspectives } from './missing-perspectives'
import type { MissingPerspective } from './missing-perspectives'
import { buildPersonTable } from './person-table'
import { reviewQuality } from './quality-review'
import type { PropertyReview } from './quality-review'
import { measureStructuralHoles } from './structural-holes'
import type { StructuralHoles } from './structural-holes'
import { findTightCircles } from './tight-circles'
import type { TightCircle } from './tight-circles'
import type { PersonTable } from './person-table'

export interface AnalysisOptions {
  /** The analysis date (age bands, recency windows). Default: now. */
  now?: Date | number
  /** Seed of community detection. Default 1. */
  seed?: number
  /** Louvain restarts. Default: as many as the work budget allows (communities.ts). */
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
  // Ties to unknown people are dropped here; person i of every array below is indexed.ids[i].
  const indexed = indexEdges(
    snapshot.people.map((person) => person.id),
    snapshot.ties,
    (tie) => tie.a,
    (tie) => tie.b,
    (tie) => (weighted && Number.isFinite(tie.strength) && tie.strength > 0 ? tie.strength : 1),
  )
  // The last entry of an id wins, as in a Map built from the list.
  const people = new Array<Person>(indexed.ids.length)
  for (const person of snapshot.people) people[indexed.indexOf.get(person.id)!] = person
  const table = buildPersonTable(people, year, genders)
  const edgeCount = indexed.compact.targets.length / 2
  const { labels, restarts } = detectCommunityLabels(indexed, { seed, restarts: options.restarts })
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
    communityFacts(
      index,
      group.map((i) => people[i].id),
      counts.internal[index],
      counts.external[index],
      people.length,
      profileMembers(table, group, year),
    ),
  )

  const isAdvisor = new Uint8Array(people.length)
  for (let i = 0; i < people.length; i++) isAdvisor[i] = Number(people[i].roles.includes('advisor'))
  const advisorIndices = people.flatMap((_, i) => (isAdvisor[i] ? [i] : []))
  const advisors = advisorIndices.map((i) => people[i])
  const advisorIds = new Set(advisors.map((person) => person.id))
  const consultations = snapshot.interactions
    .filter((interaction) => interaction.kind === 'consulted-them')
    .map((interaction) => interaction.personIds.filter((id) => indexed.indexOf.has(id)))
  const echoChambers = findEchoChambers({ indexed, people, table, labels, communityCount, year, seed, advisorIds, consultations })

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
      industryOf: (id) => {
        const i = indexed.indexOf.get(id)
        return i === undefined ? null : people[i].industry
      },
      now,
    }),
  }
}

function advisorHomophily(snapshot: GraphSnapshot, advisors: Person[], year: number): Record<DimensionId, EgoAlterEI> {
  const result = {} as Record<DimensionId, EgoAlterEI>
  for (const dimension of SINGLE_DIMENSIONS) {
    result[dimension] = egoAlterEI(
      singleCategory(snapshot.me, dimension, year),
      advisors.map((person) => singleCategory(person, dimension, year)),
    )
  }
  for (const dimension of SET_DIMENSIONS) {
    result[dimension] = egoAlterSetEI(
      setCategories(snapshot.me, dimension),
      advisors.map((person) => setCategories(person, dimension)),
    )
  }
  return result
}

interface ChamberSearch {
  indexed: IndexedGraph
  people: Person[]
  table: PersonTable
  labels: Int32Array
  communityCount: number
  year: number
  seed: number
  advisorIds: ReadonlySet<string>
  consultations: readonly (readonly string[])[]
}

/** The numbers of the consultations naming each person. */
function consultationIndex(consultations: readonly (readonly string[])[]): Map<string, number[]> {
  const index = new Map<string, number[]>()
  consultations.forEach((ids, c) => {
    for (const id of ids) {
      const list = index.get(id)
      if (list === undefined) index.set(id, [c])
      else if (list[list.length - 1] !== c) list.push(c)
    }
  })
  return index
}

/**
 * Echo chambers among the tight circles (tight-circles.ts). Density and E-I come from the
 * circle's tie counts, so circles that fail them cost nothing more; only the rest are profiled.
 */
function findEchoChambers(search: ChamberSearch): EchoChamber[] {
  const { indexed, people, table, year } = search
  const n = people.length
  const inside = new Uint8Array(n)
  const chambers: EchoChamber[] = []
  const findBridges = createBridgeFinder(indexed.compact, indexed.ids, table)
  const consultationsOf = consultationIndex(search.consultations)
  findTightCircles(indexed.compact, search.seed).forEach((circle, index) => {
    const size = circle.members.length
    const density = (2 * circle.internal) / (size * (size - 1))
    const groupEi = groupEIFromCounts(size, circle.external, circle.internal, n)
    if (density < DENSE_MIN_DENSITY || groupEi.ei === null || groupEi.ei > INWARD_MAX_EI) return
    const memberIds = Array.from(circle.members, (i) => indexed.ids[i])
    const facts = communityFacts(index, memberIds, circle.internal, circle.external, n, profileMembers(table, circle.members, year))
    for (const i of circle.members) inside[i] = 1
    const chamber = assessEchoChamber({
      circle: facts,
      community: mapCommunityOf(circle, search.labels, search.communityCount),
      members: Array.from(circle.members, (i) => people[i]),
      advisorIds: search.advisorIds,
      consultationCount: search.consultations.length,
      consultationsOf,
      year,
      bridges: (homogeneous) => findBridges(circle.members, inside, homogeneous),
    })
    for (const i of circle.members) inside[i] = 0
    if (chamber) chambers.push(chamber)
  })
  return chambers
}

/** The map community holding most of the circle (the lowest-numbered on a tie). */
function mapCommunityOf(circle: TightCircle, labels: Int32Array, count: number): number {
  const votes = new Map<number, number>()
  for (const i of circle.members) votes.set(labels[i], (votes.get(labels[i]) ?? 0) + 1)
  let best = count
  let bestVotes = 0
  for (const [label, v] of votes) if (v > bestVotes || (v === bestVotes && label < best)) [best, bestVotes] = [label, v]
  return best
}
