/**
 * Diversity of a group on one categorical dimension.
 *
 * With n non-missing members, p_c the share in category c and k the number of categories in the
 * taxonomy (not the number observed):
 * - richness: number of distinct categories present;
 * - Blau's index (Blau 1977, "Inequality and Heterogeneity"): B = 1 − Σ p_c²;
 * - index of qualitative variation (Agresti & Agresti 1978): IQV = k / (k − 1) · B, in [0, 1];
 * - Shannon entropy (Shannon 1948), natural log: H = −Σ p_c ln p_c, and H / ln k in [0, 1].
 * Missing values are counted in `missing` and left out of every share: "unknown" is not a
 * category. With n = 0 or k < 2 the indices are 0 (no variation can be observed).
 *
 * Multi-valued dimensions (a person's Schwartz values, up to three) use fractional counting: each
 * person contributes weight 1 spread equally over their values, so a person with three values
 * weighs the same as a person with one. An empty set counts as missing.
 *
 * Age spread is the population standard deviation of ages, σ = √(Σ (a − ā)² / n), over members
 * whose birth year is known: it describes this group, it does not estimate a population.
 *
 * Circumplex spread (Schwartz 1992 places the ten values on a circle): the mean resultant length
 * R = |Σ w_j e^{iθ_j}| / Σ w_j of the value angles (Mardia & Jupp 2000, "Directional Statistics",
 * 2.3.1), with the same fractional weights. R near 1 means all values point the same way ("all my
 * advisors value achievement and power"); the circular variance 1 − R is the spread.
 */

export interface Diversity {
  n: number
  missing: number
  richness: number
  blau: number
  iqv: number
  entropy: number
  normalizedEntropy: number
}

export interface AgeSpread {
  n: number
  missing: number
  meanAge: number | null
  standardDeviation: number | null
}

export interface CircumplexSpread {
  n: number
  missing: number
  /** R in [0, 1]; null when nobody has values. */
  meanResultantLength: number | null
  /** 1 − R; null when nobody has values. */
  circularVariance: number | null
  /** Direction of the mean vector in degrees [0, 360); null when R = 0 or nobody has values. */
  meanAngle: number | null
}

/** Diversity of single-valued categories; `null` marks a missing value. */
export function measureDiversity(categories: readonly (string | null)[], k: number): Diversity {
  const weights = new Map<string, number>()
  let missing = 0
  for (const category of categories) {
    if (category === null) missing++
    else weights.set(category, (weights.get(category) ?? 0) + 1)
  }
  return fromWeights(weights, categories.length - missing, missing, k)
}

/** Diversity of a set-valued dimension (fractional counting); an empty set is missing. */
export function measureMultiValuedDiversity(sets: readonly (readonly string[])[], k: number): Diversity {
  const weights = new Map<string, number>()
  let missing = 0
  for (const set of sets) {
    const distinct = [...new Set(set)]
    if (distinct.length === 0) {
      missing++
      continue
    }
    for (const value of distinct) weights.set(value, (weights.get(value) ?? 0) + 1 / distinct.length)
  }
  return fromWeights(weights, sets.length - missing, missing, k)
}

function fromWeights(weights: Map<string, number>, n: number, missing: number, k: number): Diversity {
  return diversityFromWeights([...weights.values()], n, missing, k)
}

/**
 * The indices from each observed category's weight (its count, or fractional count); `weights`
 * may hold zeros for categories not observed, and is sorted in place.
 */
export function diversityFromWeights(weights: number[] | Float64Array, n: number, missing: number, k: number): Diversity {
  if (n === 0) return { n, missing, richness: 0, blau: 0, iqv: 0, entropy: 0, normalizedEntropy: 0 }
  let sumSquares = 0
  let entropy = 0
  let richness = 0
  // Sorted so floating-point sums do not depend on input order (weights are finite and ≥ 0, so
  // numeric order is the typed array's order).
  const sorted = weights instanceof Float64Array ? weights.sort() : weights.sort((a, b) => a - b)
  for (const weight of sorted) {
    if (weight <= 0) continue
    richness++
    const p = weight / n
    sumSquares += p * p
    entropy -= p * Math.log(p)
  }
  const blau = clamp01(1 - sumSquares)
  return {
    n,
    missing,
    richness,
    blau,
    iqv: k > 1 ? clamp01((k / (k - 1)) * blau) : 0,
    entropy,
    normalizedEntropy: k > 1 ? clamp01(entropy / Math.log(k)) : 0,
  }
}

/** Standard deviation of ages from birth years (null = unknown) as of `currentYear`. */
export function measureAgeSpread(birthYears: readonly (number | null)[], currentYear: number): AgeSpread {
  const ages = Float64Array.from(
    birthYears.filter((year): year is number => year !== null),
    (year) => currentYear - year,
  )
  return ageSpreadOf(ages, birthYears.length - ages.length)
}

/** Age spread from the known ages (sorted in place, so sums do not depend on the group's order). */
export function ageSpreadOf(ages: Float64Array, missing: number): AgeSpread {
  ages.sort()
  if (ages.length === 0) return { n: 0, missing, meanAge: null, standardDeviation: null }
  let sum = 0
  for (const age of ages) sum += age
  const mean = sum / ages.length
  let squares = 0
  for (const age of ages) squares += (age - mean) ** 2
  return { n: ages.length, missing, meanAge: mean, standardDeviation: Math.sqrt(squares / ages.length) }
}

/** Spread of value sets around a circle; `angleOf` gives each value's angle in degrees. */
export function measureCircumplexSpread(sets: readonly (readonly string[])[], angleOf: (value: string) => number | undefined): CircumplexSpread {
  const vectors: [number, number][] = []
  for (const set of sets) {
    const angles = [...new Set(set)].map(angleOf).filter((angle): angle is number => angle !== undefined)
    if (angles.length === 0) continue
    let vx = 0
    let vy = 0
    for (const angle of [...angles].sort((a, b) => a - b)) {
      vx += Math.cos((angle * Math.PI) / 180) / angles.length
      vy += Math.sin((angle * Math.PI) / 180) / angles.length
    }
    vectors.push([vx, vy])
  }
  // Summed in a fixed order so the result does not depend on the order of the group.
  vectors.sort((p, q) => p[0] - q[0] || p[1] - q[1])
  const n = vectors.length
  let x = 0
  let y = 0
  for (const [vx, vy] of vectors) {
    x += vx
    y += vy
  }
  return circumplexFromSum(x, y, n, sets.length - n)
}

/** The spread from the sum (x, y) of n unit-weight vectors; `missing` people had no value. */
export function circumplexFromSum(x: number, y: number, n: number, missing: number): CircumplexSpread {
  if (n === 0) return { n, missing, meanResultantLength: null, circularVariance: null, meanAngle: null }
  const r = Math.min(1, Math.hypot(x, y) / n)
  // Below this length the mean direction is numerical noise (e.g. two opposite values).
  const meanAngle = r < 1e-9 ? null : ((((Math.atan2(y, x) * 180) / Math.PI) % 360) + 360) % 360
  return { n, missing, meanResultantLength: r, circularVariance: 1 - r, meanAngle }
}

function clamp01(value: number): number {
  // Rounding can leave 1 − Σp² a hair below 0 or IQV a hair above 1.
  return Math.min(1, Math.max(0, value))
}
