import { describe, expect, it } from 'vitest'
import { jsonChunks, LazyJsonArray } from '../../../../shared/io'

const cases: Record<string, unknown> = {
  export: {
    format: 'kizuna',
    graph: {
      people: [
        { id: 'a', name: '佐藤 "花子"\n', tags: ['x'], met: { where: null } },
        { id: 'b', tags: [] },
      ],
      ties: [],
      me: {},
    },
    genders: [{ id: 'g', label: { en: 'G', ja: 'ジ' } }],
  },
  leftOut: { a: undefined, b: () => 1, c: [undefined, () => 1, Symbol('s'), 2], d: new Date(0), e: { toJSON: () => 'custom' } },
  scalars: [1, 'two', true, null, -0, 1e21, Number.NaN],
  nested: [[[[[1, { deep: [2] }]]]]],
  lazy: { people: new LazyJsonArray(3, () => [{ id: 'a', tags: ['x'] }, undefined, { id: 'c', nested: new LazyJsonArray(1, () => [[1]]) }]), none: new LazyJsonArray(0, () => []) },
  lazyTop: new LazyJsonArray(2, () => [1, { a: [2] }]),
  emptyTop: {},
  emptyArray: [],
  string: 'just text',
}

describe('jsonChunks', () => {
  it.each(Object.entries(cases))('joins to exactly JSON.stringify(value, null, 2): %s', (_name, value) => {
    for (const depth of [0, 1, 2, 3, 6]) expect([...jsonChunks(value, depth)].join('')).toBe(JSON.stringify(value, null, 2))
  })

  it('makes the items of a lazy array one at a time, as they are written', () => {
    let made = 0
    const people = new LazyJsonArray(1000, function* () {
      for (let i = 0; i < 1000; i++) {
        made++
        yield { id: `p${i}` }
      }
    })
    const seen: number[] = []
    for (const piece of jsonChunks({ graph: { people } })) {
      const id = /"id": "p(\d+)"/.exec(piece)
      if (id) seen.push(made - Number(id[1]))
    }
    expect({ items: seen.length, madeAhead: [...new Set(seen)] }).toEqual({ items: 1000, madeAhead: [1] })
  })

  it('gives one piece per element at the depth asked for, so nothing is one giant string', () => {
    const people = Array.from({ length: 1000 }, (_, i) => ({ id: `p${i}`, name: `Person ${i}` }))
    const pieces = [...jsonChunks({ graph: { people } })]
    expect({ many: pieces.length > 2000, longest: Math.max(...pieces.map((p) => p.length)) < 100 }).toEqual({ many: true, longest: true })
  })
})
