/**
 * Issue 2's benchmark: cold open of a large vault, from IndexedDB to a rendered shell in Chromium,
 * against a bare y-indexeddb load of the same data in the same run.
 *
 * The vault holds 100,000 people, each added as its own edit (so both stores hold a compacted
 * snapshot and a tail of separate updates). "Rendered shell": the app frame with the Overview
 * showing the vault's people count. Both figures are milliseconds from navigation start, in a
 * fresh browser on the same profile; the app's figure includes the main process opening its file
 * store and the replica sync over IPC. Set KIZUNA_BENCH_RECORDS to change the size.
 */
import { join, resolve } from 'node:path'
import { addPerson } from '../../shared/graph'
import { launchKizuna } from '../e2e/support/launch'
import { captureUpdates, measureBareLoad, median, seedVault } from './support/seeded-vault'
import type { Benchmark } from './types'

const preloadPath = resolve(import.meta.dirname, '../../out/preload/index.cjs')

const benchmark: Benchmark = {
  name: 'cold-open',
  async run({ chromiumPath, tmpDir, log }) {
    if (!chromiumPath) throw new Error('cold-open needs Chromium')
    const records = Number(process.env.KIZUNA_BENCH_RECORDS ?? 100_000)
    const runs = Number(process.env.KIZUNA_BENCH_RUNS ?? 3)
    const dirs = { dataDir: join(tmpDir, 'data'), profileDir: join(tmpDir, 'profile') }

    log(`generating ${records} people as separate edits`)
    const { updates } = captureUpdates((doc) => {
      for (let i = 0; i < records; i++) addPerson(doc, { name: `Person ${i}`, tags: [`group-${i % 50}`] }, { now: 1_700_000_000_000 + i })
    })
    await seedVault({ ...dirs, chromiumPath, preloadPath, updates, log })

    const formatted = records.toLocaleString('en-US')
    const app: number[] = []
    const bare: number[] = []
    for (let run = 0; run < runs; run++) {
      const baseline = await measureBareLoad({ profileDir: dirs.profileDir, chromiumPath, preloadPath, rootName: 'people' })
      if (baseline.size !== records) throw new Error(`bare load found ${baseline.size} people, expected ${records}`)
      bare.push(baseline.ms)

      const kizuna = await launchKizuna('chromium', dirs)
      try {
        const handle = await kizuna.page.waitForFunction((text) => (document.body.innerText.includes(`${text} people`) ? performance.now() : 0), formatted, {
          polling: 'raf',
          timeout: 120_000,
        })
        app.push(await handle.jsonValue())
        const marks = await kizuna.page.evaluate(() =>
          performance
            .getEntriesByType('mark')
            .filter((m) => m.name.startsWith('kizuna:'))
            .map((m) => `${m.name.slice(7)} ${Math.round(m.startTime)}`),
        )
        log(`  app timeline (ms from navigation): ${marks.join(', ')}`)
      } finally {
        await kizuna.close()
      }
      log(`run ${run + 1}: app ${Math.round(app[run])} ms, bare y-indexeddb ${Math.round(bare[run])} ms`)
    }
    const value = median(app)
    const baseline = median(bare)
    return [
      {
        name: `cold open of ${formatted} records to the rendered shell`,
        value: Math.round(value),
        unit: 'ms',
        better: 'lower',
        baseline: Math.round(baseline),
        ratio: Number((value / baseline).toFixed(3)),
        target: 1.3,
        targetFor: 'ratio',
        note: `median of ${runs}; baseline: bare y-indexeddb load of the same database`,
      },
    ]
  },
}

export default benchmark
