/**
 * Issue 5's benchmark: the network view on 10,000 people and 50,000 ties in headless Chromium
 * (software rendering: `--disable-gpu`, see tests/support/chromium.ts), against the naive d3 SVG
 * rendering of the same graph in the same run (the d3 gallery's force-directed graph: main-thread
 * simulation, one SVG element per person and tie).
 *
 * Figures: frames per second while panning and zooming the settled view, the longest UI-thread
 * task from the start of the layout until its final frame is drawn (Long Tasks API), time to the
 * first fully drawn layout, and time to the
 * settled layout. Set KIZUNA_BENCH_PEOPLE / KIZUNA_BENCH_TIES to change the size.
 */
import { resolve } from 'node:path'
import { ChromiumHost, TEST_ORIGIN } from '../e2e/support/chromium-host'
import { buildTestPages } from '../support/test-pages'
import type { NetworkBenchResult } from './pages/network-measure'
import type { Benchmark, BenchFigure } from './types'

const preloadPath = resolve(import.meta.dirname, '../../out/preload/index.cjs')

async function measurePage(chromiumPath: string, profileDir: string, page: string, people: number, ties: number): Promise<NetworkBenchResult> {
  const pages = await buildTestPages()
  const host = await ChromiumHost.launch({ executablePath: chromiumPath, profileDir, preloadPath })
  try {
    await host.serveTestPages(pages)
    const tab = await host.context.newPage()
    await tab.setViewportSize({ width: 1280, height: 860 })
    await tab.goto(`${TEST_ORIGIN}/__test/${page}.html`)
    await tab.waitForFunction(() => '__networkBench' in window)
    return await tab.evaluate(([p, t]) => (window as unknown as { __networkBench: { run(p: number, t: number): Promise<NetworkBenchResult> } }).__networkBench.run(p, t), [
      people,
      ties,
    ] as const)
  } finally {
    await host.dispose()
  }
}

const ratio = (value: number, baseline: number): number => Number((value / Math.max(baseline, 1e-9)).toFixed(3))

const benchmark: Benchmark = {
  name: 'network-view',
  async run({ chromiumPath, tmpDir, log }) {
    if (!chromiumPath) throw new Error('network-view needs Chromium')
    const people = Number(process.env.KIZUNA_BENCH_PEOPLE ?? 10_000)
    const ties = Number(process.env.KIZUNA_BENCH_TIES ?? 50_000)
    const canvas = await measurePage(chromiumPath, resolve(tmpDir, 'canvas'), 'network-view', people, ties)
    log(`canvas: ${JSON.stringify(canvas)}`)
    const svg = await measurePage(chromiumPath, resolve(tmpDir, 'svg'), 'network-svg', people, ties)
    log(`naive SVG: ${JSON.stringify(svg)}`)
    const size = `${people.toLocaleString('en-US')} people / ${ties.toLocaleString('en-US')} ties`
    const figures: BenchFigure[] = [
      {
        name: `fps panning and zooming the settled view (${size})`,
        value: canvas.panZoom.fps,
        unit: 'fps',
        better: 'higher',
        baseline: svg.panZoom.fps,
        ratio: ratio(canvas.panZoom.fps, svg.panZoom.fps),
        target: 30,
        note: `p95 frame ${canvas.panZoom.p95FrameMs} ms (SVG ${svg.panZoom.p95FrameMs} ms); one full redraw in one go, rasterising included, ${canvas.meanDrawMs} ms (drawn in ~8 ms slices in the view); software rendering, no GPU`,
      },
      {
        name: 'longest UI-thread task during layout',
        value: canvas.longestLongTaskMs,
        unit: 'ms',
        better: 'lower',
        baseline: svg.longestLongTaskMs,
        ratio: ratio(canvas.longestLongTaskMs, svg.longestLongTaskMs),
        target: 50,
        note: `${canvas.longTasks} long tasks (SVG ${svg.longTasks}); 0 = no task reached 50 ms; longest handler of ours ${canvas.longestHandlerMs} ms (SVG tick ${svg.longestHandlerMs} ms)`,
      },
      {
        name: 'time to first drawn layout',
        value: canvas.firstDrawnMs,
        unit: 'ms',
        better: 'lower',
        baseline: svg.firstDrawnMs,
        ratio: ratio(canvas.firstDrawnMs, svg.firstDrawnMs),
        target: 2000,
      },
      {
        name: 'time to settled layout',
        value: canvas.settledMs,
        unit: 'ms',
        better: 'lower',
        baseline: svg.settledMs,
        ratio: ratio(canvas.settledMs, svg.settledMs),
        note: svg.capped ? 'baseline stopped at its 15 s cap before settling' : undefined,
      },
    ]
    return figures
  },
}

export default benchmark
