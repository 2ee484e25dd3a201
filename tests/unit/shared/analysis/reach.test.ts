/**
 * `findReach` on hand-built vaults: the cheapest chain of strong ties, a strong two-step chain over
 * a faded weak tie of mine (but not over a weak tie I keep alive), kinds of people, and no path.
 */
import { describe, expect, it } from 'vitest'
import { edgeCost, findReach } from '../../../../shared/analysis'
import type { ReachResult } from '../../../../shared/analysis'
import { advisor, contact, met, NOW, person, tie, vault } from './hand-network'

const chains = (result: ReachResult) => result.chains.map((chain) => chain.personIds)

describe('reach a person', () => {
  it('finds the chain of strong ties, with whom to ask first, before a chain of weak ones', () => {
    const people = [advisor('a', met(5)), advisor('b', met(5)), person('x'), person('y'), person('target')]
    const ties = [tie('a', 'x', 3), tie('x', 'target', 3), tie('b', 'y', 1), tie('y', 'target', 1)]
    const result = findReach(vault({ people, ties }), { kind: 'person', personId: 'target' }, { now: NOW })
    expect(result.noPath).toBeNull()
    expect(chains(result)).toEqual([
      ['a', 'x', 'target'],
      ['b', 'y', 'target'],
    ])
    expect(result.chains[0].askFirst).toBe('a')
    expect(result.chains[0].steps).toEqual([
      { kind: 'mine', to: 'a', strength: 3, lastContactOn: null },
      { kind: 'tie', from: 'a', to: 'x', strength: 3 },
      { kind: 'tie', from: 'x', to: 'target', strength: 3 },
    ])
  })

  it('prefers a short chain to a long one of the same ties', () => {
    const people = [advisor('a', met(5)), person('x'), person('y'), person('target')]
    const ties = [tie('a', 'x', 3), tie('x', 'y', 3), tie('y', 'target', 3), tie('x', 'target', 3)]
    expect(chains(findReach(vault({ people, ties }), { kind: 'person', personId: 'target' }, { now: NOW }))).toEqual([['a', 'x', 'target']])
  })

  it('prefers a strong two-step chain over my faded weak tie, but not over a weak tie I keep alive', () => {
    const people = [advisor('a', met(3)), person('target', met(5 * 365))]
    const ties = [tie('a', 'target', 3)]
    const faded = findReach(vault({ people, ties }), { kind: 'person', personId: 'target' }, { now: NOW })
    expect(chains(faded)).toEqual([['a', 'target'], ['target']])
    expect(faded.chains[0].askFirst).toBe('a')
    expect(faded.chains[1].cost).toBeGreaterThan(faded.chains[0].cost)

    const message = contact('message', 7, ['target'])
    const alive = findReach(vault({ people, ties, interactions: [message] }), { kind: 'person', personId: 'target' }, { now: NOW })
    expect(chains(alive)).toEqual([['target'], ['a', 'target']])
    expect(alive.chains[0].steps).toEqual([{ kind: 'mine', to: 'target', strength: 2, lastContactOn: message.date }])
  })

  it('says when there is no path, and when the person is unknown', () => {
    const people = [advisor('a', met(3)), person('island'), person('b'), person('c')]
    const ties = [tie('b', 'c', 3)]
    expect(findReach(vault({ people, ties }), { kind: 'person', personId: 'island' }, { now: NOW })).toEqual({
      target: { kind: 'person', personId: 'island' },
      chains: [],
      noPath: 'no-path',
      matches: 1,
    })
    // b and c know each other, but nobody I know knows them.
    expect(findReach(vault({ people, ties }), { kind: 'person', personId: 'c' }, { now: NOW }).noPath).toBe('no-path')
    expect(findReach(vault({ people, ties }), { kind: 'person', personId: 'nobody' }, { now: NOW }).noPath).toBe('unknown-person')
  })

  it('costs an edge 1 per step plus 0.6 per nat of its weight', () => {
    expect(edgeCost(1)).toBe(1)
    expect(edgeCost(1 / 3)).toBeCloseTo(1.659, 3)
    expect(edgeCost(1 / 12)).toBeCloseTo(2.491, 3)
  })
})

describe('reach a kind of person', () => {
  const people = [
    advisor('a', met(3)),
    advisor('b', met(3)),
    person('nurse', { industry: 'Q', ageBand: '50s' }),
    person('doctor', { industry: 'Q', birthYear: 1970 }),
    person('young', { industry: 'Q', ageBand: '20s' }),
  ]
  const ties = [tie('a', 'nurse', 3), tie('b', 'doctor', 2), tie('a', 'young', 3)]

  it('reaches different people of that kind, each through whom to ask first', () => {
    const result = findReach(vault({ people, ties }), { kind: 'kind', industry: 'Q', ageBand: '50s' }, { now: NOW })
    expect(result.matches).toBe(2)
    expect(chains(result)).toEqual([
      ['a', 'nurse'],
      ['b', 'doctor'],
    ])
  })

  it('says when nobody is of that kind', () => {
    const result = findReach(vault({ people, ties }), { kind: 'kind', industry: 'A', ageBand: null }, { now: NOW })
    expect(result).toMatchObject({ chains: [], noPath: 'no-such-people', matches: 0 })
  })
})
