import { describe, expect, it } from 'vitest'
import { nameMatchKeys } from '../../../../shared/graph'
import { generateSampleNetwork } from '../../../../shared/sample'

describe('sample network names', () => {
  it.each([1, 2, 3, 7])('seed %i has no look-alike people: no numbered names, no two names alike in any script', (seed) => {
    const people = generateSampleNetwork(seed).people
    const byKey = new Map<string, string>()
    const alike: string[] = []
    for (const person of people) {
      for (const key of nameMatchKeys(person)) {
        const other = byKey.get(key)
        if (other !== undefined && other !== person.name) alike.push(`${other} / ${person.name}`)
        byKey.set(key, person.name)
      }
    }
    expect({ numbered: people.filter((p) => /\(\d+\)/u.test(p.name)).map((p) => p.name), alike }).toEqual({ numbered: [], alike: [] })
  })
})
