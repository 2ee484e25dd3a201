/**
 * The analysis profiles groups by counting coded categories (profileMembers over a PersonTable);
 * it must give the indices that the reference, person-by-person profileGroup gives.
 */
import { describe, expect, it } from 'vitest'
import { profileGroup, profileMembers } from '../../../../shared/analysis/group-profile'
import { buildPersonTable } from '../../../../shared/analysis/person-table'
import type { Person } from '../../../../shared/graph/types'
import { DEFAULT_GENDERS } from '../../../../shared/graph/taxonomy'
import { generateSampleNetwork } from '../../../../shared/sample'

const YEAR = 2025

/** Every number rounded to 12 significant digits: the two differ only in summation order. */
function rounded(value: unknown): unknown {
  if (typeof value === 'number') return Number(value.toPrecision(12))
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([key, v]) => [key, rounded(v)]))
  return value
}

describe('profileMembers', () => {
  const people = generateSampleNetwork(3).people
  // Unknown ids, repeats and an empty list: each must count as profileGroup counts it.
  const odd = { ...people[0], id: 'odd', gender: 'custom-gender', industry: null, values: ['achievement', 'achievement', 'not-a-value'] } as unknown as Person
  const none = { ...people[1], id: 'none', values: [], birthYear: null, ageBand: null }
  const everyone = [...people, odd, none]
  const table = buildPersonTable(everyone, YEAR, DEFAULT_GENDERS)

  it('equals profileGroup on the whole network, a sub-group and an empty group', () => {
    for (const members of [everyone.map((_, i) => i), [0, 3, 5, everyone.length - 2, everyone.length - 1], []]) {
      const group = members.map((i) => everyone[i])
      expect(rounded(profileMembers(table, members, YEAR))).toEqual(rounded(profileGroup(group, YEAR, DEFAULT_GENDERS)))
    }
  })

  it('equals profileGroup for every person alone, its shared parts too, whatever the order', () => {
    const order = [...everyone.keys(), ...[...everyone.keys()].reverse()]
    for (const i of order) {
      expect(rounded(profileMembers(table, [i], YEAR))).toEqual(rounded(profileGroup([everyone[i]], YEAR, DEFAULT_GENDERS)))
      expect(rounded(profileMembers(table, Int32Array.of(i), YEAR))).toEqual(rounded(profileGroup([everyone[i]], YEAR, DEFAULT_GENDERS)))
    }
  })
})
