/**
 * Bridges out of a circle, in the order echo-chambers.ts promises: differing on more of the
 * circle's homogeneous dimensions first, then reachable through a member, then by the strength of
 * that tie, then by id; never a member, never someone without ties.
 */
import { describe, expect, it } from 'vitest'
import { createBridgeFinder } from '../../../../shared/analysis/bridges'
import { indexEdges } from '../../../../shared/analysis/compact-graph'
import { buildPersonTable } from '../../../../shared/analysis/person-table'
import type { Person } from '../../../../shared/graph/types'
import { DEFAULT_GENDERS } from '../../../../shared/graph/taxonomy'
import { generateSampleNetwork } from '../../../../shared/sample'

const template = generateSampleNetwork(1).people[0]

function person(id: string, gender: string, industry: Person['industry'], values: Person['values'] = ['achievement']): Person {
  return { ...template, id, gender, industry, values }
}

describe('createBridgeFinder', () => {
  const people = [
    person('m1', 'man', 'J'),
    person('m2', 'man', 'J'),
    person('m3', 'man', 'J'),
    person('m4', 'man', 'J'),
    person('o1-gender-only', 'woman', 'J'),
    person('o2-both-weak', 'woman', 'K'),
    person('o3-both-far', 'woman', 'K'),
    person('o4-alike', 'man', 'J'),
    person('o5-both-strong', 'woman', 'K'),
    person('o6-no-ties', 'woman', 'K'),
    person('o7-unknown', 'man', null, []),
  ]
  const ties: [string, string, number][] = [
    ['m1', 'm2', 1],
    ['m2', 'm3', 1],
    ['m3', 'm4', 1],
    ['m1', 'm4', 1],
    ['m1', 'o1-gender-only', 2],
    ['m2', 'o2-both-weak', 1],
    ['o3-both-far', 'o4-alike', 3],
    ['m4', 'o5-both-strong', 3],
    ['o5-both-strong', 'o3-both-far', 1],
    ['o4-alike', 'o7-unknown', 1],
  ]
  const indexed = indexEdges(
    people.map((p) => p.id),
    ties,
    (t) => t[0],
    (t) => t[1],
    (t) => t[2],
  )
  const ordered = indexed.ids.map((id) => people.find((p) => p.id === id)!)
  const table = buildPersonTable(ordered, 2025, DEFAULT_GENDERS)
  const members = Int32Array.from(['m1', 'm2', 'm3', 'm4'].map((id) => indexed.indexOf.get(id)!))
  const inside = new Uint8Array(people.length)
  for (const m of members) inside[m] = 1
  const find = createBridgeFinder(indexed.compact, indexed.ids, table)
  const homogeneous = [
    { dimension: 'gender' as const, dominantCategory: 'man' },
    { dimension: 'industry' as const, dominantCategory: 'J' },
  ]

  it('orders by dimensions differed on, a member introducer, tie strength, then id', () => {
    expect(find(members, inside, homogeneous)).toEqual([
      { personId: 'o5-both-strong', differsOn: ['gender', 'industry'], viaPersonId: 'm4', viaIsMember: true },
      { personId: 'o2-both-weak', differsOn: ['gender', 'industry'], viaPersonId: 'm2', viaIsMember: true },
      { personId: 'o3-both-far', differsOn: ['gender', 'industry'], viaPersonId: 'o4-alike', viaIsMember: false },
      { personId: 'o1-gender-only', differsOn: ['gender'], viaPersonId: 'm1', viaIsMember: true },
    ])
  })

  it('reads value groups through the value sets, and gives the same answer on a second call', () => {
    const byValues = [{ dimension: 'value-group' as const, dominantCategory: 'self-transcendence' }]
    const bridges = find(members, inside, byValues)
    // Everyone with ties holds achievement (self-enhancement) except o7, whose values are unknown.
    expect(bridges.map((b) => b.personId)).toEqual(['o5-both-strong', 'o1-gender-only', 'o2-both-weak', 'o3-both-far', 'o4-alike'])
    expect(find(members, inside, byValues)).toEqual(bridges)
  })
})
