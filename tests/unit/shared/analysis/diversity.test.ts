import { describe, expect, it } from 'vitest'
import { measureAgeSpread, measureCircumplexSpread, measureDiversity, measureMultiValuedDiversity } from '../../../../shared/analysis'

const angles: Record<string, number> = { a: 0, b: 90, c: 180, d: 270 }

describe('measureDiversity', () => {
  it('computes every index for a small group by hand', () => {
    // Shares 2/4, 1/4, 1/4 of k = 4: Σp² = 0.375, B = 0.625, IQV = 4/3 · 0.625,
    // H = −(0.5 ln 0.5 + 2 · 0.25 ln 0.25) = 1.5 ln 2, H / ln 4 = 0.75.
    const result = measureDiversity(['x', 'x', 'y', 'z', null], 4)
    expect(result.n).toBe(4)
    expect(result.missing).toBe(1)
    expect(result.richness).toBe(3)
    expect(result.blau).toBeCloseTo(0.625, 12)
    expect(result.iqv).toBeCloseTo(0.625 * (4 / 3), 12)
    expect(result.entropy).toBeCloseTo(1.5 * Math.LN2, 12)
    expect(result.normalizedEntropy).toBeCloseTo(0.75, 12)
  })

  it('gives zero spread for one category', () => {
    expect(measureDiversity(['x', 'x', 'x'], 10)).toEqual({ n: 3, missing: 0, richness: 1, blau: 0, iqv: 0, entropy: 0, normalizedEntropy: 0 })
  })

  it('reports all-missing as no data, never as a category', () => {
    expect(measureDiversity([null, null], 7)).toEqual({ n: 0, missing: 2, richness: 0, blau: 0, iqv: 0, entropy: 0, normalizedEntropy: 0 })
    expect(measureDiversity([], 7).n).toBe(0)
  })

  it('reaches 1 for an even split when k = 2', () => {
    const result = measureDiversity(['a', 'b', 'a', 'b'], 2)
    expect(result.blau).toBeCloseTo(0.5, 12)
    expect(result.iqv).toBeCloseTo(1, 12)
    expect(result.normalizedEntropy).toBeCloseTo(1, 12)
  })

  it('uses the taxonomy k, not the observed categories', () => {
    expect(measureDiversity(['a', 'b'], 10).iqv).toBeCloseTo(0.5 * (10 / 9), 12)
  })
})

describe('measureMultiValuedDiversity', () => {
  it('spreads each person over their values (fractional counting)', () => {
    // Weights: a = 1 + 0.5, b = 0.5 over n = 2: p = 0.75, 0.25, B = 1 − 0.625 = 0.375.
    const result = measureMultiValuedDiversity([['a'], ['a', 'b'], []], 10)
    expect(result).toMatchObject({ n: 2, missing: 1, richness: 2 })
    expect(result.blau).toBeCloseTo(0.375, 12)
  })
})

describe('measureAgeSpread', () => {
  it('is the population standard deviation of known ages', () => {
    // Ages 30, 40, 50: mean 40, σ = √(200 / 3).
    expect(measureAgeSpread([1995, 1985, 1975, null], 2025)).toEqual({ n: 3, missing: 1, meanAge: 40, standardDeviation: Math.sqrt(200 / 3) })
    expect(measureAgeSpread([null], 2025)).toEqual({ n: 0, missing: 1, meanAge: null, standardDeviation: null })
  })
})

describe('measureCircumplexSpread', () => {
  it('reads one shared direction as narrow (R = 1)', () => {
    const result = measureCircumplexSpread([['a'], ['a']], (v) => angles[v])
    expect(result.meanResultantLength).toBeCloseTo(1, 12)
    expect(result.circularVariance).toBeCloseTo(0, 12)
    expect(result.meanAngle).toBeCloseTo(0, 9)
  })

  it('reads opposite values as spread (R = 0, no mean direction)', () => {
    const result = measureCircumplexSpread([['a'], ['c']], (v) => angles[v])
    expect(result.meanResultantLength).toBeCloseTo(0, 12)
    expect(result.meanAngle).toBeNull()
  })

  it('computes R for a quarter turn by hand', () => {
    // Unit vectors at 0° and 90°: |(1, 1)| / 2 = √2 / 2; mean direction 45°.
    const result = measureCircumplexSpread([['a'], ['b'], []], (v) => angles[v])
    expect(result).toMatchObject({ n: 2, missing: 1 })
    expect(result.meanResultantLength).toBeCloseTo(Math.SQRT1_2, 12)
    expect(result.meanAngle).toBeCloseTo(45, 9)
  })
})
