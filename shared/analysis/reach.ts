/**
 * How to reach someone: the best chains of introductions from me to a person, or to a kind of
 * person (an industry, an age band, or both), and whom to ask first.
 *
 * One Dijkstra run from the target side (reach-graph.ts; several targets start together for a
 * kind of person) gives every person's cheapest way on to a target; a chain that starts with my
 * tie to f then costs myCost(f) + dist(f). Each person I know myself starts at most one chain, so
 * the chains offered differ in whom to ask first (for a kind of person, they also end at different
 * people). The chain's first person is whom to ask first; a chain of one person is a direct tie.
 * Pure and deterministic; the clock is the caller's `now`.
 */
import type { AgeBandId, GraphSnapshot, IsicSectionId, PersonId, TieStrength } from '../graph'
import { singleCategory } from './dimensions'
import { measureMyTies } from './my-ties'
import { buildReachGraph, shortestPaths } from './reach-graph'
import type { ReachGraph } from './reach-graph'

export const DEFAULT_CHAINS = 3

export type ReachTarget = { kind: 'person'; personId: PersonId } | { kind: 'kind'; industry: IsicSectionId | null; ageBand: AgeBandId | null }

/** One step of a chain: my tie to the first person, then ties between people. */
export type ReachStep = { kind: 'mine'; to: PersonId; strength: TieStrength; lastContactOn: string | null } | { kind: 'tie'; from: PersonId; to: PersonId; strength: TieStrength }

export interface ReachChain {
  /** The people along the chain, nearest to me first; the last is the person reached. */
  personIds: PersonId[]
  /** Whom to ask first: the chain's first person (the target itself on a direct tie). */
  askFirst: PersonId
  steps: ReachStep[]
  cost: number
}

export type NoPathReason = 'unknown-person' | 'no-such-people' | 'no-path'

export interface ReachResult {
  target: ReachTarget
  /** Best first; empty exactly when `noPath` is set. */
  chains: ReachChain[]
  noPath: NoPathReason | null
  /** How many people fit a kind of person (1 for a person). */
  matches: number
}

export interface ReachOptions {
  /** ms since the epoch: recency of my ties and age bands. */
  now: number
  limit?: number
}

export type ReachInput = Pick<GraphSnapshot, 'people' | 'ties' | 'interactions' | 'events'>

/** The reach graph of a snapshot as of `now`; build once to ask many questions of it. */
export function prepareReach(snapshot: ReachInput, now: number): ReachGraph {
  return buildReachGraph(
    snapshot.people.map((person) => person.id),
    snapshot.ties,
    measureMyTies(snapshot, now),
  )
}

export function findReach(snapshot: ReachInput, target: ReachTarget, options: ReachOptions): ReachResult {
  return reachOn(prepareReach(snapshot, options.now), snapshot, target, options)
}

export function reachOn(graph: ReachGraph, snapshot: Pick<GraphSnapshot, 'people'>, target: ReachTarget, options: ReachOptions): ReachResult {
  const limit = options.limit ?? DEFAULT_CHAINS
  const year = new Date(options.now).getUTCFullYear()
  const n = graph.ids.length
  const initial = new Float64Array(n).fill(Infinity)
  let matches = 0
  if (target.kind === 'person') {
    const i = graph.indexOf.get(target.personId)
    if (i === undefined) return { target, chains: [], noPath: 'unknown-person', matches: 0 }
    initial[i] = 0
    matches = 1
  } else {
    for (const person of snapshot.people) {
      if (target.industry !== null && person.industry !== target.industry) continue
      if (target.ageBand !== null && singleCategory(person, 'age-band', year) !== target.ageBand) continue
      const i = graph.indexOf.get(person.id)
      if (i === undefined) continue
      initial[i] = 0
      matches++
    }
    if (matches === 0) return { target, chains: [], noPath: 'no-such-people', matches }
  }
  const { dist, prev } = shortestPaths(graph, initial)
  // Every person I know myself could be asked first; best total cost first, then by id.
  const starts: number[] = []
  for (let f = 0; f < n; f++) if (graph.myCost[f] < Infinity && dist[f] < Infinity) starts.push(f)
  starts.sort((x, y) => graph.myCost[x] + dist[x] - (graph.myCost[y] + dist[y]) || x - y)
  const chains: ReachChain[] = []
  const reached = new Set<number>()
  for (const f of starts) {
    if (chains.length >= limit) break
    const path = [f]
    while (prev[path[path.length - 1]] >= 0) path.push(prev[path[path.length - 1]])
    const end = path[path.length - 1]
    if (target.kind === 'kind' && reached.has(end)) continue
    reached.add(end)
    chains.push(chainOf(graph, path, graph.myCost[f] + dist[f]))
  }
  return { target, chains, noPath: chains.length === 0 ? 'no-path' : null, matches }
}

function chainOf(graph: ReachGraph, path: readonly number[], cost: number): ReachChain {
  const ids = path.map((i) => graph.ids[i])
  const mine = graph.myTies.get(ids[0])!
  const steps: ReachStep[] = [{ kind: 'mine', to: ids[0], strength: mine.strength, lastContactOn: mine.lastContactOn }]
  for (let k = 1; k < path.length; k++) {
    const from = path[k - 1]
    let strength = 1
    for (let e = graph.offsets[from]; e < graph.offsets[from + 1]; e++) {
      if (graph.targets[e] === path[k]) strength = graph.strengths[e]
    }
    steps.push({ kind: 'tie', from: ids[k - 1], to: ids[k], strength: strength as TieStrength })
  }
  return { personIds: ids, askFirst: ids[0], steps, cost: Math.round(cost * 1000) / 1000 }
}
