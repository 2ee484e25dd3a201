/** The one-line reading of my advisors: the largest alike share on field, age and gender. */
import { describe, expect, it } from 'vitest'
import { summarizeAdvisors } from '../../../../shared/analysis'
import type { Person } from '../../../../shared/graph/types'
import { generateSampleNetwork } from '../../../../shared/sample'

const base = generateSampleNetwork(1).people[0]
const person = (id: string, gender: string | null, ageBand: Person['ageBand'], industry: Person['industry']): Person => ({
  ...base,
  id,
  gender,
  ageBand,
  birthYear: null,
  industry,
})

describe('advisor summary', () => {
  it('finds the most dimensions that half of the advisors share (7 of 8: men in their 30s in IT)', () => {
    const advisors = [...Array.from({ length: 7 }, (_, i) => person(`m${i}`, 'man', '30s', 'J')), person('w', 'woman', '50s', 'Q')]
    expect(summarizeAdvisors(advisors, 2025)).toEqual({
      advisors: 8,
      alike: 7,
      traits: [
        { dimension: 'gender', category: 'man' },
        { dimension: 'age-band', category: '30s' },
        { dimension: 'industry', category: 'J' },
      ],
    })
  })

  it('falls back to fewer traits, and to none when the advisors are varied or too few', () => {
    const some = [person('a', 'man', '30s', 'J'), person('b', 'man', '40s', 'K'), person('c', 'woman', '50s', 'Q')]
    expect(summarizeAdvisors(some, 2025)).toEqual({ advisors: 3, alike: 2, traits: [{ dimension: 'gender', category: 'man' }] })
    const varied = [person('a', 'man', '30s', 'J'), person('b', 'woman', '40s', 'K'), person('c', null, '50s', 'Q'), person('d', 'other', '20s', null)]
    expect(summarizeAdvisors(varied, 2025)).toEqual({ advisors: 4, alike: 0, traits: [] })
    expect(summarizeAdvisors([person('a', 'man', '30s', 'J')], 2025)).toEqual({ advisors: 1, alike: 0, traits: [] })
  })
})
