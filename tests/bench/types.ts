/** One figure a benchmark reports; `npm run bench` prints them and writes out/bench/results.json. */
export interface BenchFigure {
  name: string
  value: number
  unit: string
  better: 'lower' | 'higher'
  /** The same work done the plain way, measured in the same run. */
  baseline?: number
  /** value / baseline. */
  ratio?: number
  /** The issue's target, in the figure's unit (or for the ratio when `targetFor` is 'ratio'). */
  target?: number
  targetFor?: 'value' | 'ratio'
  note?: string
}

export interface BenchContext {
  /** Path to the Chromium executable, or null when none is installed. */
  chromiumPath: string | null
  /** A fresh temporary directory for this benchmark. */
  tmpDir: string
  log: (message: string) => void
}

/** Every file tests/bench/*.bench.ts default-exports one of these. */
export interface Benchmark {
  name: string
  run: (ctx: BenchContext) => Promise<BenchFigure[]>
}
