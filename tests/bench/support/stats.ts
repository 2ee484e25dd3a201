/** Small timing helpers shared by the benchmarks. */

/** The median; for an even count, the mean of the two middle values. */
export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  const mid = Math.floor(sorted.length / 2)
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2
}

/** Wall time of one synchronous call, in ms. */
export function time(fn: () => void): number {
  const start = performance.now()
  fn()
  return performance.now() - start
}
