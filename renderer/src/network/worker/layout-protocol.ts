/**
 * Messages between the network view and its layout worker (structured clone; position buffers
 * are transferred, not copied). `id` tells the answer to the newest request from the answers to
 * one the graph has already overtaken.
 */
import type { ClusterCentre } from '../layout/cluster-centres'
import type { Region } from '../layout/hulls'

export interface LayoutRequest {
  id: number
  ids: string[]
  sources: Int32Array
  targets: Int32Array
  strengths: Uint8Array
  clusterOfNode: Int32Array
  centres: ClusterCentre[]
  seed: number
  /** Where people were last drawn (warm start), x/y interleaved in `previousIds` order. */
  previousIds: string[] | null
  previousXy: Float64Array | null
  reheat: boolean
}

export interface LayoutProgress {
  id: number
  /** x/y interleaved, person i at (xy[2i], xy[2i+1]); me is at the origin. */
  xy: Float32Array
  /** The clusters' regions at these positions, or null when unchanged since the last message that had them. */
  regions: Region[] | null
  done: boolean
  /** Ticks run so far, and in all. */
  ticks: number
  totalTicks: number
}
