import { describe, expect, it } from 'vitest'
import { egoAlterSetEI, eiIndex } from '../../../../shared/analysis'

describe('eiIndex, ego-alter form', () => {
  it('counts alters outside and inside my category', () => {
    // E = 1 (y), I = 3 (x): (1 − 3) / 4 = −0.5; the null alter is left out.
    expect(eiIndex({ ego: 'x', alters: ['x', 'x', 'y', 'x', null] })).toEqual({ external: 1, internal: 3, missing: 1, ei: -0.5 })
  })

  it('is −1 with one category and +1 when everyone differs', () => {
    expect(eiIndex({ ego: 'x', alters: ['x', 'x'] }).ei).toBe(-1)
    expect(eiIndex({ ego: 'x', alters: ['y', 'z'] }).ei).toBe(1)
  })

  it('is null when nothing is known', () => {
    expect(eiIndex({ ego: null, alters: ['x'] })).toEqual({ external: 0, internal: 0, missing: 1, ei: null })
    expect(eiIndex({ ego: 'x', alters: [null, null] }).ei).toBeNull()
  })

  it('treats shared values as internal on set-valued dimensions', () => {
    expect(egoAlterSetEI(['a', 'b'], [['b'], ['c'], []])).toEqual({ external: 1, internal: 1, missing: 1, ei: 0 })
  })
})

describe('eiIndex, group form', () => {
  it('matches counts and the egor density rescaling by hand', () => {
    // Group {a, b, c} in N = 5: internal ties a-b, b-c (I = 2), external c-d (E = 1), d-e ignored.
    // EI = (1 − 2) / 3. Rescaled: E / ((5 − 3) · 3) = 1/6, I / (3 · 2 / 2) = 2/3,
    // (1/6 − 2/3) / (1/6 + 2/3) = −0.6.
    const ties = [
      { a: 'a', b: 'b' },
      { a: 'b', b: 'c' },
      { a: 'c', b: 'd' },
      { a: 'd', b: 'e' },
    ]
    const result = eiIndex({ members: new Set(['a', 'b', 'c']), ties, networkSize: 5 })
    expect(result.size).toBe(3)
    expect(result.external).toBe(1)
    expect(result.internal).toBe(2)
    expect(result.ei).toBeCloseTo(-1 / 3, 12)
    expect(result.rescaledEi).toBeCloseTo(-0.6, 12)
  })

  it('has no rescaled value when the group is everyone or a single person', () => {
    expect(eiIndex({ members: new Set(['a', 'b']), ties: [{ a: 'a', b: 'b' }], networkSize: 2 })).toMatchObject({ ei: -1, rescaledEi: null })
    expect(eiIndex({ members: new Set(['a']), ties: [], networkSize: 3 })).toMatchObject({ ei: null, rescaledEi: null })
  })
})
