/**
 * A seeded pseudo-random source, so that every analysis is replayable.
 *
 * Linear congruential generator with the parameters of d3-force's `lcg.js`
 * (Numerical Recipes: a = 1664525, c = 1013904223, m = 2^32):
 *   s_{n+1} = (a * s_n + c) mod 2^32,  output s_{n+1} / 2^32 in [0, 1).
 * Statistically weak but more than enough to shuffle visiting orders; what matters here is that
 * it is tiny, fast and gives the same sequence on every machine for the same seed.
 */

const MULTIPLIER = 1664525
const INCREMENT = 1013904223
const MODULUS = 4294967296 // 2^32

export type RandomSource = () => number

/** A fresh generator; equal seeds give equal sequences. Non-integer seeds are truncated. */
export function createSeededRandom(seed: number): RandomSource {
  // An LCG started from nearby states gives nearly equal first outputs (seeds 1 and 2 differ by
  // a / 2^32 on the first draw), so the seed is scrambled first.
  let state = scramble(Math.trunc(seed) >>> 0)
  return () => {
    state = (MULTIPLIER * state + INCREMENT) % MODULUS
    return state / MODULUS
  }
}

/** The murmur3 32-bit finaliser: a bijection on 32-bit integers with full avalanche. */
function scramble(value: number): number {
  let h = value
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b)
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35)
  return (h ^ (h >>> 16)) >>> 0
}

/** Derives the seed of restart `index` from a base seed, so restarts explore different orders. */
export function restartSeed(seed: number, index: number): number {
  // A large odd step (2^32 / golden ratio) spreads consecutive restarts over the LCG's cycle.
  return (Math.trunc(seed) + index * 2654435761) >>> 0
}
