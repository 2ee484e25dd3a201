import { describe, expect, it } from 'vitest'
import { reviewQuality } from '../../../../shared/analysis/quality-review'

const base = {
  people: [],
  advisorIds: new Set<string>(),
  advisorDiversity: null,
  echoAdvisorShare: 0,
  interactions: [],
  projects: [],
  industryOf: () => null,
  now: Date.parse('2025-06-01'),
}

describe('reviewQuality', () => {
  it('flags ingredients that need interactions or projects as "no data yet"', () => {
    const reviews = reviewQuality(base)
    const give = reviews.find((review) => review.property === 'give-value')!
    expect(give.score).toBeNull()
    expect(give.ingredients.every((ingredient) => ingredient.noData && ingredient.value === null)).toBe(true)
    expect(give.advice).toEqual({ kind: 'no-data' })
    const together = reviews.find((review) => review.property === 'do-together')!
    expect(together.score).toBeNull()
    const consult = reviews.find((review) => review.property === 'consult-anytime')!
    // advisor-count 0, advisor-diversity 0, outside-echo-chambers 1: (0 + 0 + 1) / 3.
    expect(consult.score).toBe(33)
    expect(consult.ingredients.find((ingredient) => ingredient.id === 'recent-consultations')).toMatchObject({ noData: true })
  })

  it('scores from the data and advises on the weakest ingredient', () => {
    const reviews = reviewQuality({
      ...base,
      advisorIds: new Set(['a', 'b', 'c', 'd', 'e']),
      advisorDiversity: 0.5,
      echoAdvisorShare: 0.8,
      interactions: [
        { id: '1', date: '2025-05-20', kind: 'consulted-them', personIds: ['a'], note: '' },
        { id: '2', date: '2025-05-10', kind: 'consulted-them', personIds: ['b'], note: '' },
        { id: '3', date: '2025-04-10', kind: 'consulted-them', personIds: ['c'], note: '' },
      ],
    })
    const consult = reviews.find((review) => review.property === 'consult-anytime')!
    // 1 (five advisors) + 0.5 + 0.2 + 1 (three recent consultations) over 4 = 0.675.
    expect(consult.score).toBe(68)
    expect(consult.advice).toEqual({ kind: 'ingredient', ingredient: 'outside-echo-chambers' })
  })
})

describe('reviewQuality with the workflow data', () => {
  const met = (id: string, when: string) => ({ id, name: id, roles: [], howWeMet: { where: null, when, introducedBy: null } }) as unknown as (typeof base.people)[number]
  const project = (id: string, learned: string, tookUnownedChores: boolean | null) => ({
    id,
    name: id,
    memberIds: ['a'],
    start: null,
    end: null,
    deadline: null,
    finishedAt: null,
    myRole: '',
    notes: '',
    learned,
    tookUnownedChores,
  })

  it('scores follow-up promptness, what I learned and the unowned chores, each only once there is data', () => {
    const ingredient = (reviews: ReturnType<typeof reviewQuality>, id: string) => reviews.flatMap((r) => r.ingredients).find((i) => i.id === id)
    const empty = reviewQuality(base)
    expect(['follow-up-promptness', 'learned', 'unowned-chores'].map((id) => ingredient(empty, id)?.noData)).toEqual([true, true, true])

    const reviews = reviewQuality({
      ...base,
      people: [met('prompt', '2025-05-01'), met('late', '2025-05-01'), met('never', '2025-05-01'), met('long-ago', '2020-01-01')],
      interactions: [
        { id: '1', date: '2025-05-01', kind: 'met', personIds: ['prompt', 'late'], note: '' },
        { id: '2', date: '2025-05-03', kind: 'message', personIds: ['prompt'], note: 'thanks' },
        { id: '3', date: '2025-05-20', kind: 'call', personIds: ['late'], note: '' },
      ],
      projects: [project('p1', 'how to run a retro', true), project('p2', '', false), project('p3', '', null)],
    })
    expect(ingredient(reviews, 'follow-up-promptness')).toEqual({ id: 'follow-up-promptness', noData: false, value: 1 / 3, data: { prompt: 1, met: 3, days: 7 } })
    expect(ingredient(reviews, 'learned')).toEqual({ id: 'learned', noData: false, value: 1 / 3, data: { learned: 1, projects: 3 } })
    expect(ingredient(reviews, 'unowned-chores')).toEqual({ id: 'unowned-chores', noData: false, value: 0.5, data: { took: 1, recorded: 2 } })
  })
})
