/**
 * The layout worker: runs the force layout (force-layout.ts) off the UI thread in slices of about
 * SLICE_MS, posting positions after each slice so the view animates while it settles. A newer
 * request abandons the current one at the next slice boundary. The clusters' regions (hulls.ts)
 * are computed here too, at most every REGIONS_MS and for the final positions, so the UI thread
 * only draws them.
 */
import { createForceLayout } from '../layout/force-layout'
import { clusterRegions } from '../layout/hulls'
import type { LayoutProgress, LayoutRequest } from './layout-protocol'

/** The part of a dedicated worker's global scope used here (the web tsconfig has no WebWorker lib). */
interface WorkerScope {
  onmessage: ((event: MessageEvent<LayoutRequest>) => void) | null
  postMessage(message: LayoutProgress, transfer: Transferable[]): void
}

const SLICE_MS = 40
const REGIONS_MS = 250
const scope = self as unknown as WorkerScope
let current = 0

let regionsAt = -Infinity

function post(request: LayoutRequest, xy: Float64Array, done: boolean, ticks: number, totalTicks: number): void {
  const out = Float32Array.from(xy)
  const now = performance.now()
  const fresh = done || ticks === 0 || now - regionsAt > REGIONS_MS
  if (fresh) regionsAt = now
  const regions = fresh ? clusterRegions(out, request.clusterOfNode, request.centres.length) : null
  scope.postMessage({ id: request.id, xy: out, regions, done, ticks, totalTicks }, [out.buffer])
}

scope.onmessage = (event) => {
  const request = event.data
  current = request.id
  const previous =
    request.previousIds && request.previousXy ? new Map(request.previousIds.map((id, i) => [id, [request.previousXy![2 * i], request.previousXy![2 * i + 1]] as const])) : null
  const layout = createForceLayout(request, { seed: request.seed, previous, reheat: request.reheat })
  const total = layout.remainingTicks()
  // The seeded start is already a clustered picture: show it at once.
  post(request, layout.positions(), false, 0, total)
  const slice = (): void => {
    if (current !== request.id) return
    const start = performance.now()
    let done = false
    while (!done && performance.now() - start < SLICE_MS) done = layout.tick(1)
    post(request, layout.positions(), done, total - layout.remainingTicks(), total)
    if (!done) setTimeout(slice, 0)
  }
  setTimeout(slice, 0)
}
