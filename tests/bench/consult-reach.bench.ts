/**
 * Consult and reach on a big vault: `suggestAdvisors` and `findReach` (to a person, and to a kind
 * of person) on 10,000 people and 50,000 ties (analysis.bench.ts's network, with field tags,
 * notes, consultation notes and "how we met" added; target ≤ 200 ms each), each from the snapshot
 * as the CLI and the app call them (my ties and the graph built inside the timing).
 *
 * Baselines measured in the same run: for consult, one pass normalising every field tag, person
 * note and interaction note (the least a text match over the vault must do); for reach, a
 * breadth-first search over a prebuilt adjacency list (the least a path search must do). Median
 * of several interleaved runs after a warm-up.
 */
import { findReach, suggestAdvisors } from '../../shared/analysis'
import { createSeededRandom } from '../../shared/analysis/seeded-random'
import { normalizeForSearch } from '../../shared/graph'
import type { GraphSnapshot } from '../../shared/graph/types'
import { generateBigSnapshot } from './analysis.bench'
import type { BenchFigure, Benchmark } from './types'
import { median, time } from './support/stats'

const RUNS = 7
const NOW = Date.parse('2025-06-01T00:00:00Z')
const TAGS = ['UXリサーチ', 'career change', '転職', '子育て', '起業', 'SaaS', 'バックエンド', '医療', 'law', 'Service design', '生成AI', '町内会']
const NOTES = ['転職するか迷っている件', 'キャリアの相談', '設計レビュー', 'startup fundraising', '', '', '']

export function generateConsultSnapshot(): GraphSnapshot {
  const base = generateBigSnapshot()
  const random = createSeededRandom(11)
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]
  const people = base.people.map((person) => ({
    ...person,
    fieldTags: random() < 0.6 ? [pick(TAGS), pick(TAGS)] : [],
    notes: random() < 0.2 ? `${pick(NOTES)} ${pick(TAGS)}` : '',
    howWeMet:
      random() < 0.3 ? { where: 'somewhere', when: new Date(NOW - Math.floor(random() * 4000) * 86_400_000).toISOString().slice(0, 10), introducedBy: null } : person.howWeMet,
  }))
  const interactions = base.interactions.map((interaction) => ({ ...interaction, note: pick(NOTES) }))
  return { ...base, people, interactions }
}

const benchmark: Benchmark = {
  name: 'consult-reach',
  run: async (ctx) => {
    const snapshot = generateConsultSnapshot()
    const target = snapshot.people[snapshot.people.length - 1].id
    let sink = 0
    const consult = (): void => {
      sink += suggestAdvisors(snapshot, '転職', { now: NOW }).candidates
    }
    const reachPerson = (): void => {
      sink += findReach(snapshot, { kind: 'person', personId: target }, { now: NOW }).chains.length
    }
    const reachKind = (): void => {
      sink += findReach(snapshot, { kind: 'kind', industry: 'Q', ageBand: '50s' }, { now: NOW }).chains.length
    }
    const normalisePass = (): void => {
      for (const person of snapshot.people) {
        for (const tag of person.fieldTags) sink += normalizeForSearch(tag).length
        sink += normalizeForSearch(person.notes).length
      }
      for (const interaction of snapshot.interactions) sink += normalizeForSearch(interaction.note).length
    }
    const index = new Map(snapshot.people.map((person, i) => [person.id, i]))
    const adjacency: number[][] = snapshot.people.map(() => [])
    for (const tie of snapshot.ties) {
      const a = index.get(tie.a)!
      const b = index.get(tie.b)!
      adjacency[a].push(b)
      adjacency[b].push(a)
    }
    const bfs = (): void => {
      const seen = new Uint8Array(adjacency.length)
      const queue = [index.get(target)!]
      seen[queue[0]] = 1
      for (let head = 0; head < queue.length; head++) {
        for (const next of adjacency[queue[head]]) {
          if (!seen[next]) {
            seen[next] = 1
            queue.push(next)
          }
        }
      }
      sink += queue.length
    }
    for (let round = 0; round < 2; round++) {
      consult()
      reachPerson()
      reachKind()
      normalisePass()
      bfs()
    }
    const runs = { consult: [] as number[], person: [] as number[], kind: [] as number[], normalise: [] as number[], bfs: [] as number[] }
    for (let run = 0; run < RUNS; run++) {
      runs.consult.push(time(consult))
      runs.normalise.push(time(normalisePass))
      runs.person.push(time(reachPerson))
      runs.kind.push(time(reachKind))
      runs.bfs.push(time(bfs))
    }
    const [consultMs, personMs, kindMs, normaliseMs, bfsMs] = [runs.consult, runs.person, runs.kind, runs.normalise, runs.bfs].map(median)
    const result = suggestAdvisors(snapshot, '転職', { now: NOW })
    ctx.log(
      `consult: ${consultMs.toFixed(1)} ms (${result.candidates} candidates); reach person ${personMs.toFixed(1)} ms, kind ${kindMs.toFixed(1)} ms; baselines normalise ${normaliseMs.toFixed(1)} ms, BFS ${bfsMs.toFixed(1)} ms; sink ${sink}`,
    )
    await Promise.resolve()
    const size = `${snapshot.people.length} people / ${snapshot.ties.length} ties`
    const figures: BenchFigure[] = [
      {
        name: `consult "転職", ${size}`,
        value: consultMs,
        unit: 'ms',
        better: 'lower',
        baseline: normaliseMs,
        ratio: consultMs / normaliseMs,
        target: 200,
        targetFor: 'value',
        note: `median of ${RUNS}; baseline: normalising every tag and note once`,
      },
      {
        name: `reach a person, ${size}`,
        value: personMs,
        unit: 'ms',
        better: 'lower',
        baseline: bfsMs,
        ratio: personMs / bfsMs,
        target: 200,
        targetFor: 'value',
        note: `median of ${RUNS}; baseline: BFS over a prebuilt adjacency list`,
      },
      {
        name: `reach a kind of person (Q, 50s), ${size}`,
        value: kindMs,
        unit: 'ms',
        better: 'lower',
        baseline: bfsMs,
        ratio: kindMs / bfsMs,
        target: 200,
        targetFor: 'value',
        note: `median of ${RUNS}; baseline: BFS over a prebuilt adjacency list`,
      },
    ]
    return figures
  },
}

export default benchmark
