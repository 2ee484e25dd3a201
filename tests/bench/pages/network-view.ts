/**
 * Benchmark page: the network view's own modules (the same layout worker, scene and drawing the
 * app uses), on a synthetic graph; `window.__networkBench.run(people, ties)` returns the figures.
 */
import { buildLayoutGraphInSlices } from '../../../renderer/src/network/layout/layout-graph'
import { PALETTES } from '../../../renderer/src/network/palette/palette'
import { buildSceneModel } from '../../../renderer/src/network/scene/build-scene-model'
import { NetworkScene } from '../../../renderer/src/network/scene/network-scene'
import { LayoutClient } from '../../../renderer/src/network/worker/layout-client'
import { syntheticNetwork } from './network-graph'
import { commonFigures, longTasksBetween, nextFrame, panAndZoom, watchLongTasks } from './network-measure'
import type { NetworkBenchResult } from './network-measure'

async function run(peopleCount: number, tieCount: number): Promise<NetworkBenchResult> {
  const { people, ties } = syntheticNetwork(peopleCount, tieCount)
  const canvas = document.getElementById('network') as HTMLCanvasElement
  canvas.style.width = '1200px'
  canvas.style.height = '800px'
  await nextFrame()
  const longTasks = watchLongTasks()
  const start = performance.now()
  let longestHandlerMs = 0
  const longest = { setup: 0, positions: 0, draw: 0 }
  const timed = <T>(fn: () => T, kind: keyof typeof longest): T => {
    const t = performance.now()
    const value = fn()
    longest[kind] = Math.max(longest[kind], performance.now() - t)
    longestHandlerMs = Math.max(longestHandlerMs, performance.now() - t)
    return value
  }
  const palette = PALETTES.light
  const colours = { background: palette.background, foreground: '#1c1f24', muted: '#5b6270', focus: '#1f6feb', categories: palette.categories, unknown: palette.unknown }
  const scene = new NetworkScene(canvas, colours)
  let firstPositions = 0
  let firstDrawnMs = 0
  let settledMs = 0
  let settledDrawnMs = 0
  const settled = new Promise<void>((resolve) => {
    const client = new LayoutClient((progress) => {
      timed(() => scene.setPositions(progress.xy, progress.done, progress.regions), 'positions')
      if (firstPositions === 0) {
        firstPositions = performance.now()
        // Drawn once a full frame with these positions is on the canvas (frames may span several animation frames).
        void scene.afterNextFrame().then(() => (firstDrawnMs = performance.now() - start))
      }
      if (progress.done) {
        settledMs = performance.now() - start
        client.dispose()
        // The layout counts as settled for the long-task window once its final frame is drawn too.
        void scene.afterNextFrame().then(() => {
          settledDrawnMs = performance.now() - start
          resolve()
        })
      }
    })
    // As the view does for a big network: the graph in ~8 ms slices, then the model and the request.
    void buildLayoutGraphInSlices(people, ties, 'industry', { year: 2025, communityOf: {} }).then((graph) =>
      timed(() => {
        scene.setModel(buildSceneModel(graph, (id) => id, 'Me'))
        client.layout(graph, 'industry')
      }, 'setup'),
    )
  })
  // Draws are timed as handlers too: they run in their own animation-frame tasks.
  const draw = scene.draw.bind(scene)
  scene.draw = () => timed(draw, 'draw')
  await settled
  const tasks = await longTasksBetween(longTasks, start, start + settledDrawnMs)

  // A full redraw of the settled view, on its own and in one go (rasterising included).
  const draws: number[] = []
  for (let i = 0; i < 20; i++) {
    scene.drawNow()
    draws.push(scene.lastDrawMs)
  }
  const { width, height } = scene.size()
  const panZoom = await panAndZoom(scene.getTransform(), width, height, (t) => scene.setTransform(t))
  scene.dispose()
  return {
    ...commonFigures({ people: peopleCount, ties: tieCount, firstDrawnMs, settledMs, tasks, longestHandlerMs, panZoom }),
    meanDrawMs: Number((draws.reduce((s, d) => s + d, 0) / draws.length).toFixed(1)),
    snapshotFrames: scene.snapshotFrames,
    longestByKind: Object.fromEntries(Object.entries(longest).map(([k, v]) => [k, Number(v.toFixed(1))])),
  }
}

;(window as unknown as { __networkBench: { run: typeof run } }).__networkBench = { run }
