/**
 * `npm run bench`: runs every tests/bench/*.bench.ts (or those named in KIZUNA_BENCH), prints a
 * table and writes out/bench/results.json. Benchmarks report figures against targets; they do not
 * fail on a miss (machines are noisy), only on an error.
 */
import { mkdir, mkdtemp, readdir, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { expect, it } from 'vitest'
import { findChromium } from '../support/chromium'
import type { BenchFigure, Benchmark } from './types'

const here = import.meta.dirname
const outDir = resolve(here, '../../out/bench')

function meetsTarget(f: BenchFigure): string {
  if (f.target === undefined) return ''
  const measured = f.targetFor === 'ratio' ? f.ratio : f.value
  if (measured === undefined) return ''
  const ok = f.better === 'lower' || f.targetFor === 'ratio' ? measured <= f.target : measured >= f.target
  return ok ? 'met' : 'MISSED'
}

/** A figure as printed: whole units from 100 up, one decimal below (results.json keeps full precision). */
const shown = (value: number): string => String(Math.abs(value) >= 100 ? Math.round(value) : Number(value.toFixed(1)))

it('runs the benchmarks', async () => {
  const wanted = process.env.KIZUNA_BENCH?.split(',').map((s) => s.trim())
  const files = (await readdir(here)).filter((f) => f.endsWith('.bench.ts')).sort()
  const figures: (BenchFigure & { benchmark: string })[] = []
  const failures: string[] = []
  for (const file of files) {
    const bench = ((await import(join(here, file))) as { default: Benchmark }).default
    if (wanted && !wanted.includes(bench.name)) continue
    const chromiumPath = findChromium()
    const tmpDir = await mkdtemp(join(tmpdir(), `kizuna-bench-${bench.name}-`))
    console.log(`\n[bench] ${bench.name}`)
    try {
      for (const figure of await bench.run({ chromiumPath, tmpDir, log: (m) => console.log(`  ${m}`) })) {
        figures.push({ benchmark: bench.name, ...figure })
      }
    } catch (err) {
      failures.push(`${bench.name}: ${(err as Error).stack ?? String(err)}`)
    }
  }
  await mkdir(outDir, { recursive: true })
  await writeFile(join(outDir, 'results.json'), JSON.stringify({ date: new Date().toISOString(), figures }, null, 2))
  console.log('\n' + ['benchmark', 'figure', 'value', 'baseline', 'ratio', 'target', 'verdict'].join(' | '))
  for (const f of figures) {
    const target = f.target === undefined ? '' : `${f.targetFor === 'ratio' ? 'ratio ' : ''}${f.better === 'lower' || f.targetFor === 'ratio' ? '<=' : '>='} ${f.target}`
    const ratio = f.ratio === undefined ? '' : String(Number(f.ratio.toFixed(3)))
    console.log([f.benchmark, f.name, `${shown(f.value)} ${f.unit}`, f.baseline === undefined ? '' : `${shown(f.baseline)} ${f.unit}`, ratio, target, meetsTarget(f)].join(' | '))
  }
  console.log(`\nwrote ${join(outDir, 'results.json')}`)
  expect(failures).toEqual([])
})
