/**
 * Zoom transforms: fitting a set of points into the canvas, and the screen <-> layout mapping
 * (screen = layout · k + (x, y), as d3-zoom defines it).
 */
export interface Transform {
  k: number
  x: number
  y: number
}

export interface Bounds {
  x0: number
  y0: number
  x1: number
  y1: number
}

export function boundsOf(xy: ArrayLike<number>, indices?: ArrayLike<number>, includeOrigin = true): Bounds {
  let x0 = includeOrigin ? 0 : Infinity
  let y0 = x0
  let x1 = includeOrigin ? 0 : -Infinity
  let y1 = x1
  const count = indices ? indices.length : xy.length / 2
  for (let m = 0; m < count; m++) {
    const i = indices ? indices[m] : m
    const x = xy[2 * i]
    const y = xy[2 * i + 1]
    if (x < x0) x0 = x
    if (x > x1) x1 = x
    if (y < y0) y0 = y
    if (y > y1) y1 = y
  }
  if (!Number.isFinite(x0)) return { x0: -50, y0: -50, x1: 50, y1: 50 }
  return { x0, y0, x1, y1 }
}

/** The transform that shows `bounds` centred in a width × height canvas with `margin` pixels. */
export function fitTransform(bounds: Bounds, width: number, height: number, margin = 40, maxScale = 4): Transform {
  const w = Math.max(1, bounds.x1 - bounds.x0)
  const h = Math.max(1, bounds.y1 - bounds.y0)
  const k = Math.min(maxScale, Math.max(0.02, Math.min((width - 2 * margin) / w, (height - 2 * margin) / h)))
  return { k, x: width / 2 - k * (bounds.x0 + w / 2), y: height / 2 - k * (bounds.y0 + h / 2) }
}
