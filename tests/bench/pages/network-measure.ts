/**
 * Measurements shared by the network-view benchmark pages: long tasks on the UI thread (the Long
 * Tasks API reports every task of 50 ms or more), and frames per second while a scripted pan and
 * zoom moves the view, one step per animation frame.
 */
export interface Transform {
  k: number
  x: number
  y: number
}

export interface FrameFigures {
  fps: number
  frames: number
  /** 95th percentile of the time between frames, ms. */
  p95FrameMs: number
}

export interface NetworkBenchResult {
  people: number
  ties: number
  firstDrawnMs: number
  settledMs: number
  /** Longest long task (≥ 50 ms) between start and settled, or 0 when there was none. */
  longestLongTaskMs: number
  longTasks: number
  /** Longest UI-thread handler of ours, measured directly (covers tasks under 50 ms too). */
  longestHandlerMs: number
  panZoom: FrameFigures
  /** Mean time of one full redraw of the settled view, ms (canvas only). */
  meanDrawMs?: number
  /** Frames drawn from the snapshot of the last full frame during gestures (canvas only). */
  snapshotFrames?: number
  /** Longest setup (graph + model), positions update and draw, ms (canvas only). */
  longestByKind?: Record<string, number>
  capped?: boolean
}

export function watchLongTasks(): { longest(from: number, to: number): { ms: number; count: number }; stop(): void } {
  const entries: PerformanceEntry[] = []
  const observer = new PerformanceObserver((list) => entries.push(...list.getEntries()))
  observer.observe({ type: 'longtask', buffered: true })
  return {
    longest(from, to) {
      const inside = entries.filter((entry) => entry.startTime + entry.duration >= from && entry.startTime <= to)
      return { ms: Math.max(0, ...inside.map((entry) => entry.duration)), count: inside.length }
    },
    stop: () => observer.disconnect(),
  }
}

export const nextFrame = (): Promise<number> => new Promise((resolve) => requestAnimationFrame(resolve))

/** Pans in a circle and zooms in and out around `base` for `ms`, calling `apply` every frame. */
export async function panAndZoom(base: Transform, width: number, height: number, apply: (t: Transform) => void, ms = 4000): Promise<FrameFigures> {
  const gaps: number[] = []
  const start = await nextFrame()
  let last = start
  let now = start
  while (now - start < ms) {
    const phase = (now - start) / 1000
    const zoom = 1 + 0.8 * (0.5 - 0.5 * Math.cos(phase * 1.7))
    const k = base.k * zoom
    const cx = width / 2 + 120 * Math.cos(phase * 2.3)
    const cy = height / 2 + 90 * Math.sin(phase * 2.3)
    // Zoom about the canvas centre, then pan.
    apply({ k, x: cx - (width / 2 - base.x) * zoom, y: cy - (height / 2 - base.y) * zoom })
    now = await nextFrame()
    gaps.push(now - last)
    last = now
  }
  gaps.sort((a, b) => a - b)
  return { fps: Number(((gaps.length * 1000) / (now - start)).toFixed(1)), frames: gaps.length, p95FrameMs: Number(gaps[Math.floor(gaps.length * 0.95)].toFixed(1)) }
}

/**
 * The long tasks between `from` and `to`, read after a frame and 200 ms more (the Long Tasks API
 * delivers its entries late); stops watching.
 */
export async function longTasksBetween(longTasks: ReturnType<typeof watchLongTasks>, from: number, to: number): Promise<{ ms: number; count: number }> {
  await nextFrame()
  await new Promise((resolve) => setTimeout(resolve, 200))
  const tasks = longTasks.longest(from, to)
  longTasks.stop()
  return tasks
}

/** The figures every page reports, rounded as the benchmark prints them. */
export function commonFigures(measured: {
  people: number
  ties: number
  firstDrawnMs: number
  settledMs: number
  tasks: { ms: number; count: number }
  longestHandlerMs: number
  panZoom: FrameFigures
}): NetworkBenchResult {
  return {
    people: measured.people,
    ties: measured.ties,
    firstDrawnMs: Math.round(measured.firstDrawnMs),
    settledMs: Math.round(measured.settledMs),
    longestLongTaskMs: Math.round(measured.tasks.ms),
    longTasks: measured.tasks.count,
    longestHandlerMs: Number(measured.longestHandlerMs.toFixed(1)),
    panZoom: measured.panZoom,
  }
}
