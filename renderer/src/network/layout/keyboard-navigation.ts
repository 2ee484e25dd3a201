/**
 * Arrow-key navigation between people on the canvas: from the focused node (or me, index -1, at
 * the origin) to the nearest node in the arrow's direction. "In the direction" means inside the
 * 90° cone around it; nearer and better aligned wins (distance + 2 × sideways offset, the usual
 * spatial-navigation score). Returns null when nothing lies that way.
 */
export type Direction = 'left' | 'right' | 'up' | 'down'

const VECTORS: Record<Direction, [number, number]> = { left: [-1, 0], right: [1, 0], up: [0, -1], down: [0, 1] }

export function nextInDirection(xy: ArrayLike<number>, from: number, direction: Direction, eligible?: (i: number) => boolean): number | null {
  const [dx, dy] = VECTORS[direction]
  const fx = from === -1 ? 0 : xy[2 * from]
  const fy = from === -1 ? 0 : xy[2 * from + 1]
  let best: number | null = null
  let bestScore = Infinity
  for (let i = 0; i < xy.length / 2; i++) {
    if (i === from || (eligible && !eligible(i))) continue
    const vx = xy[2 * i] - fx
    const vy = xy[2 * i + 1] - fy
    const along = vx * dx + vy * dy
    const across = Math.abs(vx * dy - vy * dx)
    if (along <= 0 || across > along) continue
    const score = along + 2 * across
    if (score < bestScore) {
      bestScore = score
      best = i
    }
  }
  return best
}
