/**
 * The network view's side of the layout worker, free of React: posts a layout, forwards progress
 * for the newest request only, and remembers the last positions by person id so the next layout
 * warm-starts from them (stability, see force-layout.ts).
 */
import { LatestWinsWorker, type WorkerPort } from '../../core/latest-wins-worker'
import type { NetworkGraph } from '../layout/layout-graph'
import type { LayoutProgress, LayoutRequest } from './layout-protocol'

export type LayoutWorker = WorkerPort<LayoutRequest, LayoutProgress>

export function createLayoutWorker(): LayoutWorker {
  // This exact form lets vite bundle the worker as its own module chunk (CSP: worker-src 'self').
  return new Worker(new URL('./layout.worker.ts', import.meta.url), { type: 'module' }) as unknown as LayoutWorker
}

export class LayoutClient {
  private lastIds: string[] | null = null
  private lastXy: Float64Array | null = null
  private lastClustering: string | null = null
  private readonly worker: LatestWinsWorker<LayoutRequest, LayoutProgress>
  private graph: NetworkGraph | null = null

  /** `onFailure` hears of a layout worker that crashed: the map would otherwise stand still without a word. */
  constructor(
    private readonly onProgress: (progress: LayoutProgress, graph: NetworkGraph) => void,
    createWorker: () => LayoutWorker = createLayoutWorker,
    onFailure: (message: string) => void = () => undefined,
  ) {
    // 'post': the worker itself abandons a layout between slices when a newer request arrives.
    this.worker = new LatestWinsWorker(createWorker, { onReply: (progress) => this.onReply(progress), onFailure }, { supersede: 'post', isFinal: (progress) => progress.done })
  }

  private onReply(progress: LayoutProgress): void {
    if (this.graph === null) return
    this.lastIds = this.graph.ids as string[]
    this.lastXy = Float64Array.from(progress.xy)
    this.onProgress(progress, this.graph)
  }

  /** Lays out `graph`; `clusteringKey` names the clustering so a change of it reheats. */
  layout(graph: NetworkGraph, clusteringKey: string, seed = 1): void {
    this.graph = graph
    const reheat = this.lastClustering !== null && this.lastClustering !== clusteringKey
    this.lastClustering = clusteringKey
    this.worker.request((id) => ({
      id,
      ids: graph.ids as string[],
      sources: graph.sources,
      targets: graph.targets,
      strengths: graph.strengths,
      clusterOfNode: graph.clusterOfNode,
      centres: [...graph.centres],
      seed,
      previousIds: this.lastIds,
      previousXy: this.lastXy,
      reheat,
    }))
  }

  /** Lays out the last graph again (the Retry button after a failure). */
  retry(): void {
    this.worker.retry()
  }

  /** A person was dragged: the next layout starts from where they were dropped. */
  moved(index: number, x: number, y: number): void {
    if (!this.lastXy) return
    this.lastXy[2 * index] = x
    this.lastXy[2 * index + 1] = y
  }

  dispose(): void {
    this.worker.dispose()
  }
}
