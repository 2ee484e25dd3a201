/**
 * Homophily: Krackhardt & Stern's E-I index (Krackhardt & Stern 1988, "Informal networks and
 * organizational crises: an experimental simulation", Social Psychology Quarterly 51(2), 123-140).
 *
 *   EI = (E − I) / (E + I)   in [−1, 1]
 * E counts external ties (to someone in another category or group), I internal ones. −1: all ties
 * stay inside (homophily); +1: all ties go outside (heterophily).
 *
 * Ego-alter form: between me and my alters on one dimension, E = alters whose category differs
 * from mine, I = alters in my category; alters (or me) with a missing value are left out. For a
 * set-valued dimension (values) an alter is internal when we share at least one value.
 *
 * Group form: for a group G of size n in a network of N people, over the ties that touch G,
 * I = ties with both ends in G, E = ties with one end in G. The size-rescaled form, as the R
 * package egor computes it (`EI(..., rescale = TRUE)`), compares densities instead of counts so
 * that big groups are not judged inward-looking merely for having more possible internal ties:
 *   EI_rescaled = EI(E / ((N − n) n), I / (n (n − 1) / 2)).
 * Null wherever the denominator is 0 (no ties, or no possible tie of a kind).
 */

/** (E − I) / (E + I), or null when E + I = 0. */
export function eiIndex(external: number, internal: number): number | null {
  const total = external + internal
  return total > 0 ? (external - internal) / total : null
}

export interface EgoAlterEI {
  external: number
  internal: number
  /** Alters left out because their value (or mine) is unknown. */
  missing: number
  ei: number | null
}

/** Ego-alter E-I on a single-valued dimension. */
export function egoAlterEI(ego: string | null, alters: readonly (string | null)[]): EgoAlterEI {
  if (ego === null) return { external: 0, internal: 0, missing: alters.length, ei: null }
  let external = 0
  let internal = 0
  let missing = 0
  for (const alter of alters) {
    if (alter === null) missing++
    else if (alter === ego) internal++
    else external++
  }
  return { external, internal, missing, ei: eiIndex(external, internal) }
}

/** Ego-alter E-I on a set-valued dimension: internal when the sets intersect. */
export function egoAlterSetEI(ego: readonly string[], alters: readonly (readonly string[])[]): EgoAlterEI {
  if (ego.length === 0) return { external: 0, internal: 0, missing: alters.length, ei: null }
  const mine = new Set(ego)
  let external = 0
  let internal = 0
  let missing = 0
  for (const alter of alters) {
    if (alter.length === 0) missing++
    else if (alter.some((value) => mine.has(value))) internal++
    else external++
  }
  return { external, internal, missing, ei: eiIndex(external, internal) }
}

export interface GroupEI {
  size: number
  external: number
  internal: number
  ei: number | null
  /** egor's density-rescaled E-I. */
  rescaledEi: number | null
}

/**
 * Group E-I of `members` over undirected `ties` among `networkSize` people.
 * Ties with neither end in the group are ignored.
 */
export function groupEI(members: ReadonlySet<string>, ties: readonly { a: string; b: string }[], networkSize: number): GroupEI {
  let external = 0
  let internal = 0
  for (const tie of ties) {
    const inA = members.has(tie.a)
    const inB = members.has(tie.b)
    if (inA && inB) internal++
    else if (inA || inB) external++
  }
  return groupEIFromCounts(members.size, external, internal, networkSize)
}

/** Group E-I from counts already made (used by the analysis on its compact graph). */
export function groupEIFromCounts(size: number, external: number, internal: number, networkSize: number): GroupEI {
  const possibleExternal = (networkSize - size) * size
  const possibleInternal = (size * (size - 1)) / 2
  const rescaledEi = possibleExternal > 0 && possibleInternal > 0 ? eiIndex(external / possibleExternal, internal / possibleInternal) : null
  return { size, external, internal, ei: eiIndex(external, internal), rescaledEi }
}
