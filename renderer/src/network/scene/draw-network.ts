/**
 * Draws one frame of the network on a 2D canvas, in screen pixels (the zoom transform is applied
 * to coordinates, not to the context, so line widths and label sizes stay constant).
 *
 * Level of detail, so 10,000 people and 50,000 ties stay fluid without a GPU:
 * - ties with both ends off screen are skipped; ties go into paths of EDGE_BATCH ties (adapted to
 *   the measured stroke time, see progressive-frame.ts) per
 *   brightness, never one stroke per tie; when zoomed far out on a dense graph they fade to a haze;
 * - nodes go into one path per colour; below 2.5 px they are squares (far cheaper than arcs);
 * - person labels only where they fit (label-placement.ts), at most MAX_LABELS per frame, and only
 *   for the nodes on screen; region labels and my label always.
 *
 * Without a GPU the canvas rasterises on the UI thread when its recorded commands are flushed, and
 * 50,000 ties take 50-500 ms to rasterise (far more than issuing the commands). So a frame is a
 * sequence of steps (`drawSceneSteps` yields between batches of ties and nodes) that the scene can
 * spread over several animation frames (progressive-frame.ts); `drawScene` runs them all at once.
 */
import type { Region } from '../layout/hulls'
import { ME_RADIUS, drawLabels, outlinePoints } from './draw-labels'
import { withOpacity } from './ink'
import type { SceneColours, SceneModel, SceneState } from './scene-model'
import type { Transform } from './viewport'

export interface Frame {
  width: number
  height: number
  transform: Transform
}

export interface SceneData {
  model: SceneModel
  xy: ArrayLike<number>
  regions: readonly Region[]
  state: SceneState
  /** litMask(state), precomputed per state change. */
  lit: Uint8Array | null
}

const NODE_RADIUS = 4
const DIM_ALPHA = 0.14
/** Ties and nodes per step: a step's rasterising stays well under the 50 ms long-task mark. */
const EDGE_BATCH = 1000
const NODE_BATCH = 1500

/** Warmth steps of the lines from me: [from, to), line width in px, opacity of the text colour. */
const SPOKE_STEPS = [
  { from: 0, to: 0.25, width: 0.8, alpha: 0.28 },
  { from: 0.25, to: 0.5, width: 1.2, alpha: 0.4 },
  { from: 0.5, to: 0.75, width: 1.8, alpha: 0.55 },
  { from: 0.75, to: 1.01, width: 2.6, alpha: 0.7 },
] as const

export function nodeScreenRadius(k: number, advisor: boolean): number {
  const r = Math.max(1.6, Math.min(NODE_RADIUS * k, 11))
  return advisor ? Math.max(3.2, r * 1.6) : r
}

/** Alpha of the bright ties: dense graphs seen from afar become a haze instead of a black blot. */
function edgeAlpha(visibleEdges: number, k: number): number {
  if (visibleEdges < 2000) return 0.45
  return Math.max(0.05, Math.min(0.35, 0.35 * Math.sqrt(2000 / visibleEdges) * Math.max(1, k)))
}

export function colourOf(colours: SceneColours, colourIndex: number | null): string {
  return colourIndex === null ? colours.unknown : colours.categories[colourIndex % colours.categories.length]
}

/** A label plate as drawn, in frame (CSS) pixels. */
export interface LabelBox {
  x: number
  y: number
  width: number
  height: number
}

export function drawScene(ctx: CanvasRenderingContext2D, frame: Frame, data: SceneData, colours: SceneColours, labelWidths: Float32Array, boxes?: LabelBox[]): void {
  const steps = drawSceneSteps(ctx, frame, data, colours, labelWidths, { ties: EDGE_BATCH }, boxes)
  while (steps.next().done !== true);
  drawHighlights(ctx, frame, data, colours)
}

/** One frame as steps: each `next()` issues one batch of drawing; the caller may flush between them. */
/**
 * Ties per stroked path (one step). ProgressiveFrame adapts `ties` to the measured time per tie so
 * a step stays well inside its slice; a step of ties yields how many ties it stroked.
 */
export interface StepBatch {
  ties: number
}

export function* drawSceneSteps(
  ctx: CanvasRenderingContext2D,
  frame: Frame,
  data: SceneData,
  colours: SceneColours,
  labelWidths: Float32Array,
  batch: StepBatch = { ties: EDGE_BATCH },
  /** Receives the label plates drawn (tests measure their contrast from the pixels). */
  boxes: LabelBox[] = [],
): Generator<number | undefined, void, void> {
  const { width, height } = frame
  const { k, x: tx, y: ty } = frame.transform
  const { model, xy, lit } = data
  const n = model.ids.length
  ctx.fillStyle = colours.background
  ctx.fillRect(0, 0, width, height)
  yield

  // Regions: one step each (translucent fills over large areas are slow to rasterise).
  ctx.lineWidth = 1
  for (const region of data.regions) {
    const category = model.categories[region.cluster]
    const colour = colourOf(colours, category.colourIndex)
    ctx.beginPath()
    region.points.forEach(([x, y], p) => (p === 0 ? ctx.moveTo(x * k + tx, y * k + ty) : ctx.lineTo(x * k + tx, y * k + ty)))
    ctx.closePath()
    ctx.fillStyle = withOpacity(colour, 0.1)
    ctx.fill()
    ctx.strokeStyle = withOpacity(colour, 0.55)
    ctx.stroke()
    yield
  }

  // Outlined groups (echo chambers): a dashed line around their members; labelled with the rest.
  ctx.setLineDash([7, 5])
  ctx.lineWidth = 2
  ctx.strokeStyle = colours.foreground
  for (const outline of data.state.outlines) {
    const points = outlinePoints(outline.members, xy, frame.transform)
    if (points.length === 0) continue
    ctx.beginPath()
    points.forEach(([x, y], p) => (p === 0 ? ctx.moveTo(x, y) : ctx.lineTo(x, y)))
    ctx.closePath()
    ctx.stroke()
  }
  ctx.setLineDash([])
  yield

  // Ties: first the dimmed ones, then the bright ones on top.
  const margin = 20
  const lx0 = (-margin - tx) / k
  const lx1 = (width + margin - tx) / k
  const ly0 = (-margin - ty) / k
  const ly1 = (height + margin - ty) / k
  const m = model.sources.length
  const offScreen = (s: number, t: number): boolean => {
    const ax = xy[2 * s]
    const ay = xy[2 * s + 1]
    const bx = xy[2 * t]
    const by = xy[2 * t + 1]
    return (ax < lx0 && bx < lx0) || (ax > lx1 && bx > lx1) || (ay < ly0 && by < ly0) || (ay > ly1 && by > ly1)
  }
  const isBright = (s: number, t: number): boolean => lit === null || (lit[s] & lit[t]) === 1
  // The haze depends on how many bright ties are on screen: count them before stroking any.
  let visible = 0
  for (let e = 0; e < m; e++) {
    const s = model.sources[e]
    const t = model.targets[e]
    if (isBright(s, t) && !offScreen(s, t)) visible++
  }
  yield
  for (const pass of [0, 1]) {
    ctx.lineWidth = pass === 1 && k > 0.8 ? 1.2 : 0.8
    ctx.strokeStyle = withOpacity(colours.foreground, pass === 1 ? edgeAlpha(visible, k) : 0.05)
    let inPath = 0
    ctx.beginPath()
    for (let e = 0; e < m; e++) {
      const s = model.sources[e]
      const t = model.targets[e]
      if (isBright(s, t) !== (pass === 1) || offScreen(s, t)) continue
      ctx.moveTo(xy[2 * s] * k + tx, xy[2 * s + 1] * k + ty)
      ctx.lineTo(xy[2 * t] * k + tx, xy[2 * t + 1] * k + ty)
      if (++inPath >= batch.ties) {
        ctx.stroke()
        yield inPath
        inPath = 0
        ctx.beginPath()
      }
    }
    if (inPath > 0) {
      ctx.stroke()
      yield inPath
    }
  }

  // Me to my advisors and collaborators, dashed: the thicker and darker, the more recent our real
  // contact (drift.ts). Four steps of warmth, one path each.
  const meX = tx
  const meY = ty
  ctx.setLineDash([4, 4])
  for (const step of SPOKE_STEPS) {
    ctx.beginPath()
    for (let i = 0; i < n; i++) {
      const w = model.spoke[i]
      if (w < step.from || w >= step.to || (lit !== null && !lit[i])) continue
      ctx.moveTo(meX, meY)
      ctx.lineTo(xy[2 * i] * k + tx, xy[2 * i + 1] * k + ty)
    }
    ctx.lineWidth = step.width
    ctx.strokeStyle = withOpacity(colours.foreground, step.alpha)
    ctx.stroke()
  }
  ctx.setLineDash([])
  yield

  // Nodes, one path per colour and brightness.
  const r = nodeScreenRadius(k, false)
  const ra = nodeScreenRadius(k, true)
  const square = r < 2.5
  for (const pass of lit === null ? [1] : [0, 1]) {
    ctx.globalAlpha = pass === 1 ? 1 : DIM_ALPHA
    let inPath = 0
    for (let c = 0; c < model.categories.length; c++) {
      ctx.fillStyle = colourOf(colours, model.categories[c].colourIndex)
      ctx.beginPath()
      for (const i of model.members[c]) {
        if (lit !== null && lit[i] !== pass) continue
        const x = xy[2 * i] * k + tx
        const y = xy[2 * i + 1] * k + ty
        if (x < -12 || y < -12 || x > width + 12 || y > height + 12) continue
        const radius = model.advisor[i] ? ra : r
        if (square && !model.advisor[i]) ctx.rect(x - radius, y - radius, 2 * radius, 2 * radius)
        else {
          ctx.moveTo(x + radius, y)
          ctx.arc(x, y, radius, 0, 2 * Math.PI)
        }
        inPath++
      }
      ctx.fill()
      if (inPath >= NODE_BATCH) {
        ctx.globalAlpha = 1
        yield
        ctx.globalAlpha = pass === 1 ? 1 : DIM_ALPHA
        inPath = 0
      }
    }
  }
  ctx.globalAlpha = 1
  yield
  // Advisors get a ring in the text colour: emphasis that does not depend on colour.
  ctx.beginPath()
  for (let i = 0; i < n; i++) {
    if (!model.advisor[i] || (lit !== null && !lit[i])) continue
    const x = xy[2 * i] * k + tx
    const y = xy[2 * i + 1] * k + ty
    ctx.moveTo(x + ra + 1.5, y)
    ctx.arc(x, y, ra + 1.5, 0, 2 * Math.PI)
  }
  ctx.lineWidth = 1.5
  ctx.strokeStyle = colours.foreground
  ctx.stroke()

  // Me: the centre of my network, a disc in the text colour inside a ring.
  ctx.beginPath()
  ctx.arc(meX, meY, ME_RADIUS + 5, 0, 2 * Math.PI)
  ctx.fillStyle = colours.background
  ctx.fill()
  ctx.lineWidth = 2
  ctx.strokeStyle = colours.foreground
  ctx.stroke()
  ctx.beginPath()
  ctx.arc(meX, meY, ME_RADIUS, 0, 2 * Math.PI)
  ctx.fillStyle = colours.foreground
  ctx.fill()

  drawLabels(ctx, frame, data, colours, labelWidths, r, ra, boxes)
}

/** Hover and keyboard focus rings: drawn over the finished frame, so they follow the pointer at once. */
export function drawHighlights(ctx: CanvasRenderingContext2D, frame: Frame, data: SceneData, colours: SceneColours): void {
  const { k, x: tx, y: ty } = frame.transform
  const { model, xy } = data
  for (const [index, colour, width] of [
    [data.state.hover, colours.foreground, 2],
    [data.state.focus, colours.focus, 3],
  ] as const) {
    if (index === null || (index !== -1 && 2 * index >= xy.length)) continue
    const x = index === -1 ? tx : xy[2 * index] * k + tx
    const y = index === -1 ? ty : xy[2 * index + 1] * k + ty
    const radius = index === -1 ? ME_RADIUS + 9 : nodeScreenRadius(k, model.advisor[index] === 1) + 4
    ctx.beginPath()
    ctx.arc(x, y, radius, 0, 2 * Math.PI)
    ctx.lineWidth = width
    ctx.strokeStyle = colour
    ctx.stroke()
  }
}
