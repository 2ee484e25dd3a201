/**
 * The names on the map, each on a plate in the background colour (ink.ts: opaque enough for 4.5:1
 * over anything): regions' and echo chambers' names first (never overlapping each other, kept
 * inside the frame), then people where they fit (label-placement.ts), at most MAX_LABELS a frame,
 * never over a name already drawn. Every plate drawn is reported in `boxes`.
 */
import { polygonHull } from 'd3-polygon'
import { placeLabels } from '../layout/label-placement'
import type { LabelCandidate } from '../layout/label-placement'
import type { Frame, LabelBox, SceneData } from './draw-network'
import { labelPlate } from './ink'
import type { SceneColours } from './scene-model'
import type { Transform } from './viewport'

/** My disc's radius, screen pixels (drawn in draw-network.ts; my label keeps clear of it). */
export const ME_RADIUS = 12
const MAX_LABELS = 150
const LABEL_FONT = '12px system-ui, -apple-system, "Segoe UI", "Hiragino Sans", "Noto Sans JP", sans-serif'
const REGION_FONT = '600 13px system-ui, -apple-system, "Segoe UI", "Hiragino Sans", "Noto Sans JP", sans-serif'
/** Screen pixels between an outlined group's members and its outline. */
const OUTLINE_PADDING = 16

/** The padded convex hull of a group's members, in screen pixels (empty without members). */
export function outlinePoints(members: Int32Array, xy: ArrayLike<number>, transform: Transform): [number, number][] {
  const { k, x: tx, y: ty } = transform
  const points: [number, number][] = []
  for (const i of members) {
    if (2 * i + 1 >= xy.length) continue
    const x = xy[2 * i] * k + tx
    const y = xy[2 * i + 1] * k + ty
    // A circle of points around each member pads the hull evenly.
    for (let a = 0; a < 8; a++) points.push([x + OUTLINE_PADDING * Math.cos((a * Math.PI) / 4), y + OUTLINE_PADDING * Math.sin((a * Math.PI) / 4)])
  }
  if (points.length === 0) return []
  return polygonHull(points) ?? points
}

/** The centre x of a centred label of width `w`, moved so that the label stays inside the frame. */
function insideX(x: number, w: number, width: number): number {
  return Math.min(Math.max(x, w / 2 + 4), Math.max(w / 2 + 4, width - w / 2 - 4))
}

/** The first y at or above `y` where a plate of this left and width overlaps no plate drawn yet. */
function freeY(boxes: readonly LabelBox[], left: number, w: number, y: number): number {
  let top = y
  for (let attempt = 0; attempt < 6; attempt++) {
    const hit = boxes.find((b) => left < b.x + b.width && b.x < left + w && top - 1 < b.y + b.height && b.y < top + 14)
    if (!hit) return top
    top = hit.y - 16
  }
  return top
}

/** Text on a translucent plate: as legible as a stroked halo at half the rasterising cost. */
function plateText(ctx: CanvasRenderingContext2D, text: string, x: number, y: number, width: number, plate: string, ink: string, boxes: LabelBox[]): void {
  const left = ctx.textAlign === 'center' ? x - width / 2 : x
  ctx.fillStyle = plate
  ctx.fillRect(left - 2, y - 1, width + 4, 15)
  boxes.push({ x: left - 2, y: y - 1, width: width + 4, height: 15 })
  ctx.fillStyle = ink
  ctx.fillText(text, x, y)
}

export function drawLabels(
  ctx: CanvasRenderingContext2D,
  frame: Frame,
  data: SceneData,
  colours: SceneColours,
  widths: Float32Array,
  r: number,
  ra: number,
  boxes: LabelBox[],
): void {
  const { width, height } = frame
  const { k, x: tx, y: ty } = frame.transform
  const { model, xy, lit, state } = data
  const plate = labelPlate(colours.background, colours.foreground)
  ctx.textBaseline = 'top'

  // Region labels, always (they name the regions the colours stand for).
  ctx.font = REGION_FONT
  ctx.textAlign = 'center'
  // A region that is also an outlined echo chamber is named once, by its outline.
  const outlined = new Set(data.state.outlines.map((outline) => outline.label))
  for (const region of data.regions) {
    const category = model.categories[region.cluster]
    if (outlined.has(category.label)) continue
    const text = `${category.label} (${region.size})`
    const w = ctx.measureText(text).width
    const x = insideX(region.labelX * k + tx, w, width)
    plateText(ctx, text, x, freeY(boxes, x - w / 2 - 2, w + 4, region.labelY * k + ty - 16), w, plate, colours.foreground, boxes)
  }

  // Outlined groups' names, above the outline, in bold like the regions.
  for (const outline of data.state.outlines) {
    const points = outlinePoints(outline.members, xy, frame.transform)
    if (points.length === 0) continue
    const top = points.reduce((best, p) => (p[1] < best[1] ? p : best))
    const w = ctx.measureText(outline.label).width
    const x = insideX(top[0], w, width)
    plateText(ctx, outline.label, x, freeY(boxes, x - w / 2 - 2, w + 4, Math.max(2, top[1] - 18)), w, plate, colours.foreground, boxes)
  }

  // Person labels: the ones on screen, most important first, where they fit.
  ctx.font = LABEL_FONT
  ctx.textAlign = 'left'
  const onScreen: number[] = []
  for (let i = 0; i < model.ids.length; i++) {
    if (lit !== null && !lit[i]) continue
    const x = xy[2 * i] * k + tx
    const y = xy[2 * i + 1] * k + ty
    if (x >= 0 && y >= 0 && x <= width && y <= height) onScreen.push(i)
  }
  // Too many people on screen to read any name: only advisors and the best connected, if roomy.
  const crowded = onScreen.length > 400
  if (crowded && k < 0.5) onScreen.length = 0
  const priority = new Float64Array(onScreen.length)
  onScreen.forEach((i, m) => (priority[m] = (i === state.focus || i === state.hover ? 1e9 : 0) + model.advisor[i] * 1e6 + model.degree[i] + (1 - i / model.ids.length)))
  const order = Array.from(onScreen.keys()).sort((a, b) => priority[b] - priority[a])
  const ranked = order.map((m) => onScreen[m])
  onScreen.length = 0
  onScreen.push(...ranked)
  if (crowded) onScreen.length = Math.min(onScreen.length, 80)
  const candidates: LabelCandidate[] = onScreen.map((i) => {
    if (widths[i] === 0) widths[i] = ctx.measureText(model.labels[i]).width
    return { key: i, x: xy[2 * i] * k + tx, y: xy[2 * i + 1] * k + ty, radius: model.advisor[i] ? ra : r, width: widths[i], height: 14 }
  })
  const meCandidate: LabelCandidate = { key: -1, x: tx, y: ty, radius: ME_RADIUS + 6, width: ctx.measureText(model.meLabel).width, height: 14 }
  const obstacles = onScreen.length <= 1500 ? onScreen.map((i) => ({ x: xy[2 * i] * k + tx, y: xy[2 * i + 1] * k + ty, radius: r })) : []
  // The region and outline names already drawn: squares along each plate, so no name covers them.
  for (const box of boxes) {
    const side = box.height / 2
    for (let x = box.x + side; x < box.x + box.width + side; x += box.height) obstacles.push({ x, y: box.y + side, radius: side })
  }
  for (const label of placeLabels([meCandidate, ...candidates], obstacles, MAX_LABELS)) {
    plateText(ctx, label.key === -1 ? model.meLabel : model.labels[label.key], label.x, label.y + 1, label.width, plate, colours.foreground, boxes)
  }
}
