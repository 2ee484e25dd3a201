/**
 * The network view's side of the layout worker, free of React: posts a layout, forwards progress
 * for the newest request only, and remembers the last positions by person id so the next layout
 * warm-starts from them (stability, see force-layout.ts).
 */
import type { NetworkGraph } from '../layout/layout-graph'
import type { LayoutProgress, LayoutRequest } from './layout-protocol'

export interface LayoutWorker {
  postMessage(request: LayoutRequest): void
  terminate(): void
  onmessage: ((event: { data: LayoutProgress }) => void) | null
}

export function createLayoutWorker(): LayoutWorker {
  // This exact form lets vite bundle the worker as its own module chunk (CSP: worker-src 'self').
  return new Worker(new URL('./layout.worker.ts', import.meta.url), { type: 'module' }) as unknown as LayoutWorker
}

export class LayoutClient {
  private nextId = 1
  private currentId = 0
  private lastIds: string[] | null = null
  private lastXy: Float64Array | null = null
  private lastClustering: string | null = null
  private readonly worker: LayoutWorker

  constructor(
    private readonly onProgress: (progress: LayoutProgress, graph: NetworkGraph) => void,
    createWorker: () => LayoutWorker = createLayoutWorker,
  ) {
    this.worker = createWorker()
    this.worker.onmessage = (event) => {
      if (event.data.id !== this.currentId || this.graph === null) return
      this.lastIds = this.graph.ids as string[]
      this.lastXy = Float64Array.from(event.data.xy)
      this.onProgress(event.data, this.graph)
    }
  }

  private graph: NetworkGraph | null = null

  /** Lays out `graph`; `clusteringKey` names the clustering so a change of it reheats. */
  layout(graph: NetworkGraph, clusteringKey: string, seed = 1): void {
    this.graph = graph
    this.currentId = this.nextId++
    const reheat = this.lastClustering !== null && this.lastClustering !== clusteringKey
    this.lastClustering = clusteringKey
    this.worker.postMessage({
      id: this.currentId,
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
    })
  }

  /** A person was dragged: the next layout starts from where they were dropped. */
  moved(index: number, x: number, y: number): void {
    if (!this.lastXy) return
    this.lastXy[2 * index] = x
    this.lastXy[2 * index + 1] = y
  }

  dispose(): void {
    this.worker.terminate()
    this.worker.onmessage = null
  }
}
