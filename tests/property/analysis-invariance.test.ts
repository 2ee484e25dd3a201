/**
 * Order and naming invariance of the analysis. Shuffling people, ties and interactions changes
 * no index and not the partition for a fixed seed; renaming ids (an order-preserving and a
 * scrambling renaming) changes no diversity, homophily or structural index.
 * Seeded: prints its seed; KIZUNA_SEED=<n> replays a run.
 */
import { describe, expect, it } from 'vitest'
import { analyzeNetwork, detectCommunities } from '../../shared/analysis'
import type { NetworkReport } from '../../shared/analysis'
import { createSeededRandom } from '../../shared/analysis/seeded-random'
import type { RandomSource } from '../../shared/analysis/seeded-random'
import type { GraphSnapshot, Person } from '../../shared/graph/types'
import { generateSampleNetwork } from '../../shared/sample'

const SEED = process.env.KIZUNA_SEED !== undefined ? Number(process.env.KIZUNA_SEED) : Math.floor(Math.random() * 2 ** 31)
const RUNS = 12
const NOW = Date.parse('2025-06-01T00:00:00Z')

function shuffle<T>(list: readonly T[], random: RandomSource): T[] {
  const result = [...list]
  for (let i = result.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1))
    ;[result[i], result[j]] = [result[j], result[i]]
  }
  return result
}

/** A random subnetwork of a random sample, so each run sees a different graph. */
function randomSnapshot(random: RandomSource): GraphSnapshot {
  const sample = generateSampleNetwork(1 + Math.floor(random() * 1000))
  const keep = new Set(sample.people.filter(() => random() < 0.85).map((person) => person.id))
  return {
    schemaVersion: 1,
    trash: [],
    ...sample,
    people: sample.people.filter((person) => keep.has(person.id)),
    ties: sample.ties.filter((tie) => keep.has(tie.a) && keep.has(tie.b)),
    interactions: sample.interactions.map((i) => ({ ...i, personIds: i.personIds.filter((id) => keep.has(id)) })),
  }
}

function renamed(snapshot: GraphSnapshot, rename: (id: string) => string): GraphSnapshot {
  const person = (p: Person): Person => ({ ...p, id: rename(p.id), howWeMet: { ...p.howWeMet, introducedBy: p.howWeMet.introducedBy && rename(p.howWeMet.introducedBy) } })
  return {
    ...snapshot,
    people: snapshot.people.map(person),
    ties: snapshot.ties.map((tie) => {
      const [a, b] = [rename(tie.a), rename(tie.b)].sort()
      return { ...tie, a: a, b: b }
    }),
    interactions: snapshot.interactions.map((i) => ({ ...i, personIds: i.personIds.map(rename) })),
    projects: snapshot.projects.map((p) => ({ ...p, memberIds: p.memberIds.map(rename) })),
  }
}

/** The id-free indices of a report. */
function idFreeIndices(report: NetworkReport) {
  return {
    advisors: report.advisors.profile,
    homophily: report.advisors.homophily,
    network: report.network,
    structuralHoles: report.structuralHoles,
    quality: report.quality,
  }
}

describe(`analysis invariance (seed ${SEED}; replay with KIZUNA_SEED=${SEED})`, () => {
  console.log(`analysis-invariance seed: ${SEED}`)

  it('shuffling input order changes no index and not the partition', () => {
    const random = createSeededRandom(SEED)
    for (let run = 0; run < RUNS; run++) {
      const snapshot = randomSnapshot(random)
      const seed = Math.floor(random() * 1000)
      const expected = analyzeNetwork(snapshot, { now: NOW, seed })
      const shuffled = { ...snapshot, people: shuffle(snapshot.people, random), ties: shuffle(snapshot.ties, random), interactions: shuffle(snapshot.interactions, random) }
      expect(analyzeNetwork(shuffled, { now: NOW, seed })).toEqual(expected)
    }
  })

  it('shuffling nodes and edges of a plain graph keeps detectCommunities identical', () => {
    const random = createSeededRandom(SEED + 1)
    for (let run = 0; run < RUNS; run++) {
      const snapshot = randomSnapshot(random)
      const graph = { nodes: snapshot.people.map((p) => ({ id: p.id })), edges: snapshot.ties.map((t) => ({ source: t.a, target: t.b, weight: t.strength })) }
      const expected = detectCommunities(graph, { seed: run })
      const flipped = shuffle(graph.edges, random).map((edge) => (random() < 0.5 ? edge : { ...edge, source: edge.target, target: edge.source }))
      expect(detectCommunities({ nodes: shuffle(graph.nodes, random), edges: flipped }, { seed: run })).toEqual(expected)
    }
  })

  it('renaming ids changes no diversity, homophily or structural index', () => {
    const random = createSeededRandom(SEED + 2)
    for (let run = 0; run < RUNS; run++) {
      const snapshot = randomSnapshot(random)
      const expected = idFreeIndices(analyzeNetwork(snapshot, { now: NOW }))
      const salt = Math.floor(random() * 1e6)
      const scramble = (id: string): string => `x${((Number(id.replace(/\D/g, '')) * 7919 + salt) % 1000003).toString(36)}-${id.length}`
      expect(idFreeIndices(analyzeNetwork(renamed(snapshot, scramble), { now: NOW }))).toEqual(expected)
      const ordered = (id: string): string => `person/${id}`
      const report = analyzeNetwork(renamed(snapshot, ordered), { now: NOW })
      expect(idFreeIndices(report)).toEqual(expected)
    }
  })
})
