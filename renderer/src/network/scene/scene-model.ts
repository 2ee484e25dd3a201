/**
 * What the network canvas draws, as plain arrays indexed by node (person i = `ids[i]`, the order
 * of the layout graph), plus the per-frame state (filters, highlight, focus, hover).
 */
export interface SceneCategory {
  id: string
  label: string
  /** Index into the palette's categories, or null for "not recorded" (grey). */
  colourIndex: number | null
  size: number
}

export interface SceneModel {
  ids: readonly string[]
  labels: readonly string[]
  clusterOfNode: Int32Array
  categories: readonly SceneCategory[]
  /** Nodes of each category, for drawing one path per colour. */
  members: readonly Int32Array[]
  advisor: Uint8Array
  /**
   * My tie to each node as drawn from "me": -1 for no line (neither advisor nor collaborator),
   * else its warmth in [0, 1] (shared/workflow/drift.ts; 0 when no contact is logged).
   */
  spoke: Float32Array
  degree: Uint32Array
  sources: Int32Array
  targets: Int32Array
  strengths: Uint8Array
  meLabel: string
}

/** A group marked on the map by a dashed outline and a label (an echo chamber). */
export interface SceneOutline {
  members: Int32Array
  label: string
}

export interface SceneState {
  /** 1 = kept bright by the filters; null = no filter. */
  bright: Uint8Array | null
  /** 1 = in the highlighted group (an echo chamber); null = none. */
  highlight: Uint8Array | null
  /** Keyboard focus and pointer hover: a node index, -1 for me, or null. */
  focus: number | null
  hover: number | null
  outlines: readonly SceneOutline[]
}

export const EMPTY_STATE: SceneState = { bright: null, highlight: null, focus: null, hover: null, outlines: [] }

export interface SceneColours {
  background: string
  foreground: string
  muted: string
  focus: string
  categories: readonly string[]
  unknown: string
}

export function membersOf(clusterOfNode: Int32Array, count: number): Int32Array[] {
  const sizes = new Int32Array(count)
  for (const c of clusterOfNode) sizes[c]++
  const members = Array.from(sizes, (size) => new Int32Array(size))
  const fill = new Int32Array(count)
  for (let i = 0; i < clusterOfNode.length; i++) members[clusterOfNode[i]][fill[clusterOfNode[i]]++] = i
  return members
}

/** 1 where a node is drawn at full strength: bright under the filters and inside the highlight. */
export function litMask(n: number, state: SceneState): Uint8Array | null {
  if (!state.bright && !state.highlight) return null
  const lit = new Uint8Array(n)
  for (let i = 0; i < n; i++) lit[i] = (state.bright ? state.bright[i] : 1) & (state.highlight ? state.highlight[i] : 1)
  return lit
}
