/**
 * "Who should I consult about …?" on hand-built vaults: each factor of the ranking moves the order
 * on its own (the two candidates differ in that factor only, which the other factors confirm),
 * the reasons come as codes, and the habit is named only when it is one.
 */
import { describe, expect, it } from 'vitest'
import { suggestAdvisors } from '../../../../shared/analysis'
import type { ConsultResult } from '../../../../shared/analysis'
import type { Person } from '../../../../shared/graph'
import { advisor, contact, met, NOW, person, tie, UNKNOWN_ME, vault } from './hand-network'

const byId = (result: ConsultResult, id: string) => {
  const found = result.suggestions.find((s) => s.personId === id)
  if (found === undefined) throw new Error(`${id} is not suggested`)
  return found
}
const order = (result: ConsultResult) => result.suggestions.map((s) => s.personId)
const shared = { roles: [], ...met(30) }

describe('consult: each factor on its own', () => {
  it('knowledge: a field tag naming the topic beats an occupation that only hints at it', () => {
    const result = suggestAdvisors(
      vault({ people: [person('c1', { ...shared, occupation: { major: '2', subMajor: '24' } }), person('c2', { ...shared, fieldTags: ['career change'] })] }),
      '転職',
      { now: NOW },
    )
    expect(order(result)).toEqual(['c2', 'c1'])
    const [first, second] = [byId(result, 'c2'), byId(result, 'c1')]
    expect(first.factors.knowledge).toBeGreaterThan(second.factors.knowledge)
    expect({ ...first.factors, knowledge: 0 }).toEqual({ ...second.factors, knowledge: 0 })
    expect(first.reasons[0]).toEqual({ code: 'field-tag', tag: 'career change' })
    expect(second.reasons[0]).toEqual({ code: 'occupation', subMajor: '24' })
  })

  it('difference from me: with no advisors to compare with, the one unlike me comes first', () => {
    const like: Partial<Person> = { gender: 'man', ageBand: '30s', values: ['achievement'], industry: 'J' }
    const unlike: Partial<Person> = { gender: 'woman', ageBand: '50s', values: ['benevolence'], industry: 'Q' }
    const result = suggestAdvisors(
      vault({ people: [person('c1', { ...shared, ...like, fieldTags: ['起業'] }), person('c2', { ...shared, ...unlike, fieldTags: ['起業'] })] }),
      'startup',
      { now: NOW },
    )
    expect(order(result)).toEqual(['c2', 'c1'])
    expect(byId(result, 'c2').factors).toMatchObject({ fromMe: 1, fromAdvisors: 0.5 })
    expect(byId(result, 'c1').factors).toMatchObject({ fromMe: 0, fromAdvisors: 0.5 })
    expect(byId(result, 'c2').reasons).toContainEqual({
      code: 'unlike-me',
      traits: [
        { dimension: 'gender', category: 'woman' },
        { dimension: 'age-band', category: '50s' },
        { dimension: 'value-group', category: 'self-transcendence' },
        { dimension: 'industry', category: 'Q' },
      ],
    })
  })

  it('difference from my advisors: with nothing known about me, the one unlike my advisors comes first', () => {
    const people = [
      advisor('a1', met(10)),
      advisor('a2', met(10)),
      advisor('a3', met(10)),
      person('c1', { ...shared, gender: 'man', ageBand: '30s', values: ['achievement'], industry: 'J', fieldTags: ['子育て'] }),
      person('c2', { ...shared, gender: 'woman', ageBand: '50s', values: ['tradition'], industry: 'P', fieldTags: ['子育て'] }),
    ]
    const result = suggestAdvisors(vault({ me: UNKNOWN_ME, people }), 'parenting', { now: NOW })
    expect(order(result)).toEqual(['c2', 'c1'])
    expect(byId(result, 'c2').factors).toMatchObject({ fromMe: 0.5, fromAdvisors: 1 })
    expect(byId(result, 'c1').factors).toMatchObject({ fromMe: 0.5, fromAdvisors: 0 })
    expect(byId(result, 'c2').reasons).toContainEqual({
      code: 'unlike-advisors',
      traits: [
        { dimension: 'gender', category: 'woman' },
        { dimension: 'age-band', category: '50s' },
        { dimension: 'value-group', category: 'conservation' },
      ],
    })
    // Education (P) is already its knowledge reason ("works in education"), so it is not repeated.
    expect(byId(result, 'c2').reasons[1]).toEqual({ code: 'industry', section: 'P' })
    expect(result.advisorIds).toEqual(['a1', 'a2', 'a3'])
  })

  it('tie strength and recency: the tie met recently comes first when both are reached the same way', () => {
    // Both are cheaper to reach through a1 (cost 2) than directly, so reach is equal; my own tie differs.
    const people = [advisor('a1', met(5)), person('c1', { ...met(250), fieldTags: ['law'] }), person('c2', { ...met(1500), fieldTags: ['law'] })]
    const result = suggestAdvisors(vault({ me: UNKNOWN_ME, people, ties: [tie('a1', 'c1', 3), tie('a1', 'c2', 3)] }), '法律', { now: NOW })
    expect(order(result)).toEqual(['c1', 'c2'])
    const [recent, faded] = [byId(result, 'c1'), byId(result, 'c2')]
    expect(recent.factors.tie).toBeGreaterThan(faded.factors.tie)
    expect({ ...recent.factors, tie: 0 }).toEqual({ ...faded.factors, tie: 0 })
  })

  it('tie: the last real contact is the reason, and more contact ranks higher', () => {
    const people = [person('c1', { fieldTags: ['投資'] }), person('c2', { fieldTags: ['投資'] })]
    const interactions = [contact('call', 3, ['c1']), contact('call', 40, ['c1']), contact('message', 300, ['c2'])]
    const result = suggestAdvisors(vault({ me: UNKNOWN_ME, people, interactions }), 'investing', { now: NOW })
    expect(order(result)).toEqual(['c1', 'c2'])
    expect(byId(result, 'c1').reasons).toContainEqual({ code: 'last-contact', on: interactions[0].date })
    expect(byId(result, 'c2').reasons).toContainEqual({ code: 'last-contact', on: interactions[2].date })
  })

  it('reachability: someone reached through a friend beats someone I cannot reach', () => {
    const people = [advisor('a1', met(5)), person('c1', { fieldTags: ['UX research'] }), person('c2', { fieldTags: ['UX research'] })]
    const result = suggestAdvisors(vault({ me: UNKNOWN_ME, people, ties: [tie('a1', 'c1', 3)] }), 'ユーザーリサーチ', { now: NOW })
    expect(order(result)).toEqual(['c1', 'c2'])
    const [reached, unreached] = [byId(result, 'c1'), byId(result, 'c2')]
    expect(reached.factors.reach).toBeCloseTo(0.5, 2)
    expect(unreached.factors.reach).toBe(0)
    expect({ ...reached.factors, reach: 0 }).toEqual({ ...unreached.factors, reach: 0 })
    expect(reached.via).toEqual(['a1'])
    expect(reached.reasons).toContainEqual({ code: 'through', via: ['a1'] })
    expect(unreached.via).toBeNull()
    expect(unreached.reasons).toContainEqual({ code: 'unreachable' })
  })
})

describe('consult: topics, past consultations and habits', () => {
  it('finds a topic typed in Japanese, English or romaji, and a consultation note naming it', () => {
    const people = [advisor('a1', met(10)), person('c1', { ...shared, fieldTags: ['Career change'] })]
    const interactions = [contact('consulted-them', 20, ['a1'], '転職するか迷っている件')]
    for (const query of ['転職', 'career change', 'tenshoku', 'てんしょく', '転職の相談', 'JOB CHANGE']) {
      const result = suggestAdvisors(vault({ people, interactions }), query, { now: NOW })
      expect(result.topicId, query).toBe('career-change')
      expect(order(result).sort(), query).toEqual(['a1', 'c1'])
      expect(byId(result, 'a1').reasons[0]).toEqual({ code: 'consulted-before', count: 1, lastOn: interactions[0].date })
    }
  })

  it('matches short Latin words only as whole words, and an unknown topic as typed', () => {
    const people = [person('c1', { notes: 'has three kids' }), person('c2', { notes: 'head of HR at a bank' }), person('c3', { fieldTags: ['Woodworking'] })]
    expect(order(suggestAdvisors(vault({ people }), 'hr', { now: NOW }))).toEqual(['c2'])
    const unknown = suggestAdvisors(vault({ people }), 'woodworking', { now: NOW })
    expect(unknown.topicId).toBeNull()
    expect(order(unknown)).toEqual(['c3'])
    expect(suggestAdvisors(vault({ people }), '   ', { now: NOW }).suggestions).toEqual([])
  })

  it('names the habit of asking the same few people, and not a varied one', () => {
    const people = ['a1', 'a2', 'a3', 'a4'].map((id) => advisor(id, met(10)))
    const same = [contact('consulted-them', 10, ['a1'], '転職の相談'), contact('consulted-them', 90, ['a2'], '転職'), contact('consulted-them', 200, ['a1'], 'career change?')]
    expect(suggestAdvisors(vault({ people, interactions: same }), '転職', { now: NOW }).habit).toEqual({
      code: 'same-people',
      personIds: ['a1', 'a2'],
      consultations: 3,
      days: 365,
    })
    const old = [...same.slice(0, 2), contact('consulted-them', 400, ['a1'], '転職')]
    expect(suggestAdvisors(vault({ people, interactions: old }), '転職', { now: NOW }).habit).toBeNull()
    const varied = [...same, contact('consulted-them', 30, ['a3'], '転職'), contact('consulted-them', 31, ['a4'], '転職')]
    expect(suggestAdvisors(vault({ people, interactions: varied }), '転職', { now: NOW }).habit).toBeNull()
  })

  it('is deterministic and independent of the order of people, ties and interactions', () => {
    const people = [
      advisor('a1', met(5)),
      advisor('a2', met(50)),
      person('c1', { fieldTags: ['起業'], ...met(100) }),
      person('c2', { fieldTags: ['startup'] }),
      person('c3', { notes: 'VC' }),
    ]
    const ties = [tie('a1', 'c2', 2), tie('c2', 'c3', 3)]
    const interactions = [contact('consulted-them', 10, ['a1'], '起業'), contact('message', 30, ['c1'])]
    const forward = suggestAdvisors(vault({ people, ties, interactions }), 'startup', { now: NOW, limit: 10 })
    const backward = suggestAdvisors(vault({ people: [...people].reverse(), ties: [...ties].reverse(), interactions: [...interactions].reverse() }), 'startup', {
      now: NOW,
      limit: 10,
    })
    expect(backward).toEqual(forward)
    expect(order(forward).sort()).toEqual(['a1', 'c1', 'c2', 'c3'])
  })
})
