/**
 * Labels without overlap: candidates in priority order (me, the focused and hovered person,
 * advisors, then by number of ties), each tried right, left, above and below its node; a label is
 * kept when its box overlaps no kept label and no node's box. Greedy, as in most map labelling
 * (Christensen, Marks & Shieber 1995 compare it with better but costlier methods), and run only
 * for nodes on screen at a zoom where their labels are readable, so it costs O(labels · local
 * neighbours) through a uniform grid of cell size CELL pixels.
 */

export interface LabelCandidate {
  /** Anchor (node centre) in screen pixels. */
  x: number
  y: number
  radius: number
  width: number
  height: number
  key: number
}

export interface PlacedLabel {
  key: number
  /** Top-left of the label box in screen pixels. */
  x: number
  y: number
  width: number
  height: number
}

const CELL = 64

interface Box {
  x0: number
  y0: number
  x1: number
  y1: number
}

class BoxGrid {
  private cells = new Map<number, Box[]>()

  private *keys(box: Box): Generator<number> {
    for (let cx = Math.floor(box.x0 / CELL); cx <= Math.floor(box.x1 / CELL); cx++) {
      for (let cy = Math.floor(box.y0 / CELL); cy <= Math.floor(box.y1 / CELL); cy++) yield cx * 73856093 + cy * 19349663
    }
  }

  add(box: Box): void {
    for (const key of this.keys(box)) {
      const list = this.cells.get(key)
      if (list) list.push(box)
      else this.cells.set(key, [box])
    }
  }

  hits(box: Box): boolean {
    for (const key of this.keys(box)) {
      for (const other of this.cells.get(key) ?? []) {
        if (box.x0 < other.x1 && box.x1 > other.x0 && box.y0 < other.y1 && box.y1 > other.y0) return true
      }
    }
    return false
  }
}

/** `obstacles`: node circles (screen pixels) labels must not cover, besides each other. */
export function placeLabels(candidates: readonly LabelCandidate[], obstacles: readonly { x: number; y: number; radius: number }[] = [], maxLabels = 250): PlacedLabel[] {
  const grid = new BoxGrid()
  const nodes = new BoxGrid()
  for (const o of obstacles) nodes.add({ x0: o.x - o.radius, y0: o.y - o.radius, x1: o.x + o.radius, y1: o.y + o.radius })
  const placed: PlacedLabel[] = []
  for (const c of candidates) {
    if (placed.length >= maxLabels) break
    const gap = c.radius + 3
    const options: [number, number][] = [
      [c.x + gap, c.y - c.height / 2],
      [c.x - gap - c.width, c.y - c.height / 2],
      [c.x - c.width / 2, c.y - gap - c.height],
      [c.x - c.width / 2, c.y + gap],
    ]
    for (const [x, y] of options) {
      const box = { x0: x, y0: y, x1: x + c.width, y1: y + c.height }
      if (grid.hits(box) || nodes.hits(box)) continue
      grid.add(box)
      placed.push({ key: c.key, x, y, width: c.width, height: c.height })
      break
    }
  }
  return placed
}
