/**
 * Owns the canvas scene and the layout worker for the network view: creates both on mount,
 * terminates the worker on unmount (house rule 7), lays out again when the graph or the
 * clustering changes (warm-started from the last positions) and reports layout progress, or that
 * the layout worker failed (the map would otherwise stand still without a word) with a retry.
 */
import { useCallback, useEffect, useRef, useState } from 'react'
import type { RefObject } from 'react'
import type { NetworkGraph } from './layout/layout-graph'
import { NetworkScene } from './scene/network-scene'
import type { SceneCallbacks } from './scene/network-scene'
import type { SceneColours, SceneModel } from './scene/scene-model'
import { LayoutClient } from './worker/layout-client'

export interface LayoutProgressState {
  /** The graph this progress is about: progress of an older graph means "not started". */
  graph: NetworkGraph | null
  settled: boolean
  /** 0..1 */
  fraction: number
}

export function useNetworkScene(
  canvasRef: RefObject<HTMLCanvasElement | null>,
  graph: NetworkGraph,
  model: SceneModel,
  clusteringKey: string,
  colours: SceneColours,
  callbacks: SceneCallbacks,
): { scene: RefObject<NetworkScene | null>; progress: LayoutProgressState; failed: boolean; retry: () => void } {
  const scene = useRef<NetworkScene | null>(null)
  const client = useRef<LayoutClient | null>(null)
  const callbacksRef = useRef(callbacks)
  const latestGraph = useRef<NetworkGraph | null>(null)
  const [progress, setProgress] = useState<LayoutProgressState>({ graph: null, settled: false, fraction: 0 })
  const [failed, setFailed] = useState(false)
  useEffect(() => {
    callbacksRef.current = callbacks
  })

  useEffect(() => {
    const canvas = canvasRef.current
    if (!canvas) return
    const owned = new NetworkScene(canvas, colours, {
      onHover: (index, at) => callbacksRef.current.onHover?.(index, at),
      onOpen: (index) => callbacksRef.current.onOpen?.(index),
      onMoved: (index, x, y) => client.current?.moved(index, x, y),
    })
    const layout = new LayoutClient(
      (message, laidOut) => {
        setFailed(false)
        owned.setPositions(message.xy, message.done, message.regions)
        setProgress({ graph: laidOut, settled: false, fraction: message.totalTicks === 0 ? 1 : message.ticks / message.totalTicks })
        // Settled once the final positions are drawn in full (a big frame spans several animation frames).
        if (message.done) {
          void owned.afterNextFrame().then(() => {
            if (latestGraph.current === laidOut) setProgress({ graph: laidOut, settled: true, fraction: 1 })
          })
        }
      },
      undefined,
      () => setFailed(true),
    )
    scene.current = owned
    client.current = layout
    return () => {
      layout.dispose()
      owned.dispose()
      scene.current = null
      client.current = null
    }
    // Colours reach the scene through the effect below; the scene is made once per canvas.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [canvasRef])

  useEffect(() => {
    scene.current?.setColours(colours)
  }, [colours])

  useEffect(() => {
    latestGraph.current = graph
    scene.current?.setModel(model)
    client.current?.layout(graph, clusteringKey)
  }, [graph, model, clusteringKey])

  const retry = useCallback(() => {
    setFailed(false)
    client.current?.retry()
  }, [])
  return { scene, progress, failed, retry }
}
