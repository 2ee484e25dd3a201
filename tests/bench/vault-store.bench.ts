/**
 * The file store under the `kizuna` command, run as a user runs it (the built bin/kizuna.js, no
 * holder): one `person add` and one `person list --json` at 10,000, 30,000 and 100,000 people
 * (targets: a write <= 0.5 s and a list <= 3 s at 30,000; a write <= 1 s at 100,000), importing
 * 10,000 vCards into a 30,000-person vault (<= 5 s), and the peak memory of `export json` at
 * 100,000 people (<= 1 GB).
 * Baselines, measured in the same run: the same command on a 100-person vault (a write should cost
 * about the same at 100 and 100,000 people), the same import into a 100-person vault, and the peak
 * memory of `person list --json` at 100,000 people (what loading the vault alone takes).
 * Run alone: npm run build && KIZUNA_BENCH=vault-store npx vitest run -c vitest.bench.config.ts
 */
import { spawn } from 'node:child_process'
import { existsSync } from 'node:fs'
import { writeFile } from 'node:fs/promises'
import { join, resolve } from 'node:path'
import { addPerson } from '../../shared/graph'
import { VaultReplica } from '../../electron/node/store'
import type { BenchFigure, Benchmark } from './types'

const REPO = resolve(import.meta.dirname, '../..')
const BIN = join(REPO, 'bin/kizuna.js')
const TIME = '/usr/bin/time'

interface Run {
  ms: number
  /** Peak resident memory in MB, when /usr/bin/time is there to measure it. */
  peakMb: number | null
  code: number
}

/** Runs the built command; wall time, and peak RSS through GNU time when available. */
function kizuna(args: string[]): Promise<Run> {
  const measured = existsSync(TIME)
  const command = measured ? TIME : process.execPath
  const argv = measured ? ['-f', 'PEAK_KB=%M', process.execPath, BIN, ...args] : [BIN, ...args]
  return new Promise((done, fail) => {
    const start = performance.now()
    const child = spawn(command, argv, { cwd: REPO, stdio: ['ignore', 'ignore', 'pipe'] })
    let stderr = ''
    child.stderr.setEncoding('utf8').on('data', (s: string) => (stderr += s))
    child.once('error', fail)
    child.once('close', (code) => {
      const ms = performance.now() - start
      const peak = /PEAK_KB=(\d+)/.exec(stderr)
      if (code !== 0) return fail(new Error(`kizuna ${args.join(' ')} exited ${code}: ${stderr}`))
      done({ ms, peakMb: peak ? Number(peak[1]) / 1024 : null, code: code ?? -1 })
    })
  })
}

/** A data folder whose default vault holds `people` people, compacted as the app leaves it. */
async function seed(dataDir: string, people: number): Promise<void> {
  const replica = await VaultReplica.open(join(dataDir, 'vaults', 'default'), { backups: false })
  replica.doc.transact(() => {
    for (let i = 0; i < people; i++) {
      addPerson(replica.doc, { name: `Person ${i}`, organization: `Org ${i % 400}`, tags: [`t${i % 30}`], handles: [{ kind: 'email', value: `p${i}@example.com` }] }, { now: 0 })
    }
  })
  await replica.close()
}

function vcards(count: number): string {
  const cards: string[] = []
  for (let i = 0; i < count; i++) {
    cards.push(
      [
        'BEGIN:VCARD',
        'VERSION:3.0',
        `FN:Imported ${i}`,
        `N:${i};Imported;;;`,
        `EMAIL:imported${i}@example.org`,
        `TEL:080-${String(i).padStart(4, '0')}-1111`,
        `ORG:Company ${i % 300}`,
        'END:VCARD',
      ].join('\r\n'),
    )
  }
  return `${cards.join('\r\n')}\r\n`
}

/** The median of `runs` runs of `args` (each write adds one more person: negligible at these sizes). */
async function medianOf(runs: number, args: string[]): Promise<Run> {
  const results: Run[] = []
  for (let i = 0; i < runs; i++) results.push(await kizuna(args))
  results.sort((a, b) => a.ms - b.ms)
  return results[Math.floor(runs / 2)]
}

const bench: Benchmark = {
  name: 'vault-store',
  async run({ tmpDir, log }) {
    if (!existsSync(join(REPO, 'out/main/cli.js'))) throw new Error('out/main/cli.js is missing: run `npm run build` first')
    const figures: BenchFigure[] = []
    const small = join(tmpDir, 'people-100')
    await seed(small, 100)
    const baseAdd = await medianOf(3, ['--data', small, 'person', 'add', '--name', 'Baseline'])
    const baseList = await medianOf(3, ['--data', small, 'person', 'list', '--json'])
    log(`100 people: add ${baseAdd.ms.toFixed(0)} ms, list ${baseList.ms.toFixed(0)} ms`)

    const targets: Record<number, { add?: number; list?: number }> = { 10_000: {}, 30_000: { add: 500, list: 3000 }, 100_000: { add: 1000 } }
    const sizes = (process.env.KIZUNA_BENCH_SIZES ?? '10000,30000,100000').split(',').map(Number)
    for (const people of sizes) {
      const dataDir = join(tmpDir, `people-${people}`)
      await seed(dataDir, people)
      const add = await medianOf(3, ['--data', dataDir, 'person', 'add', '--name', 'New person'])
      const list = await medianOf(3, ['--data', dataDir, 'person', 'list', '--json'])
      log(`${people} people: add ${add.ms.toFixed(0)} ms, list ${list.ms.toFixed(0)} ms`)
      const n = people.toLocaleString('en')
      figures.push({
        name: `person add, ${n} people, no holder`,
        value: add.ms,
        unit: 'ms',
        better: 'lower',
        baseline: baseAdd.ms,
        ratio: add.ms / baseAdd.ms,
        target: targets[people]?.add,
        note: 'baseline: the same command at 100 people',
      })
      figures.push({
        name: `person list --json, ${n} people, no holder`,
        value: list.ms,
        unit: 'ms',
        better: 'lower',
        baseline: baseList.ms,
        ratio: list.ms / baseList.ms,
        target: targets[people]?.list,
        note: 'baseline: the same command at 100 people',
      })
      if (people === 30_000) {
        const file = join(tmpDir, 'import.vcf')
        await writeFile(file, vcards(10_000))
        const imported = await kizuna(['--data', dataDir, 'import', file])
        const smallImport = await kizuna(['--data', small, 'import', file])
        log(`import 10,000 cards: ${imported.ms.toFixed(0)} ms into 30,000, ${smallImport.ms.toFixed(0)} ms into 100`)
        figures.push({
          name: 'import 10,000 vCards into 30,000 people',
          value: imported.ms,
          unit: 'ms',
          better: 'lower',
          baseline: smallImport.ms,
          ratio: imported.ms / smallImport.ms,
          target: 5000,
          note: 'baseline: the same import into 100 people',
        })
      }
      if (people === 100_000) {
        const exported = await kizuna(['--data', dataDir, 'export', '--format', 'json', join(tmpDir, 'export.json')])
        if (exported.peakMb !== null && list.peakMb !== null) {
          log(`export json at 100,000: peak ${exported.peakMb.toFixed(0)} MB (list: ${list.peakMb.toFixed(0)} MB)`)
          figures.push({
            name: 'export json peak memory, 100,000 people',
            value: exported.peakMb,
            unit: 'MB',
            better: 'lower',
            baseline: list.peakMb,
            ratio: exported.peakMb / list.peakMb,
            target: 1024,
            note: 'baseline: person list --json peak at 100,000',
          })
        }
      }
    }
    return figures
  },
}

export default bench
