/**
 * The network canvas as a framework-free controller: owns the zoom (d3-zoom), node dragging
 * (d3-drag), hit-testing (d3-quadtree) and redraws, one per animation frame and only when
 * something changed (positions, zoom, state). React wraps it (NetworkCanvas.tsx); the benchmark
 * page drives the very same class.
 *
 * Full frames are drawn progressively (progressive-frame.ts): a slow one (a big network without
 * a GPU) is spread over several animation frames while the canvas keeps showing the last complete
 * frame, scaled and moved to the current zoom (as cytoscape.js's textureOnViewport does), with the
 * hover and focus rings drawn on top at once. While a zoom or pan gesture is under way and full
 * frames are slow, no new full frame starts; the one with labels placed for the new zoom starts
 * SETTLE_MS after the gesture stops.
 */
import { drag } from 'd3-drag'
import type { D3DragEvent } from 'd3-drag'
import { quadtree } from 'd3-quadtree'
import type { Quadtree } from 'd3-quadtree'
import { select } from 'd3-selection'
import { zoom, zoomIdentity } from 'd3-zoom'
import type { D3ZoomEvent, ZoomBehavior } from 'd3-zoom'
import { clusterRegions } from '../layout/hulls'
import type { Region } from '../layout/hulls'
import { drawHighlights, nodeScreenRadius } from './draw-network'
import { ProgressiveFrame } from './progressive-frame'
import { EMPTY_STATE, litMask } from './scene-model'
import type { SceneColours, SceneModel, SceneState } from './scene-model'
import { boundsOf, fitTransform } from './viewport'
import type { Transform } from './viewport'

export interface SceneCallbacks {
  onHover?(index: number | null, at: { x: number; y: number } | null): void
  onOpen?(index: number): void
  onMoved?(index: number, x: number, y: number): void
}

/** Full redraws slower than this switch gestures to snapshot frames. */
const SLOW_DRAW_MS = 12
const SETTLE_MS = 140
const REGIONS_MS = 250

interface DragSubject {
  index: number
  x: number
  y: number
}

export class NetworkScene {
  private model: SceneModel | null = null
  private xy: Float32Array | Float64Array = new Float32Array(0)
  private regions: Region[] = []
  private state: SceneState = EMPTY_STATE
  private lit: Uint8Array | null = null
  private transform: Transform = { k: 1, x: 0, y: 0 }
  private width = 0
  private height = 0
  private pending = 0
  private tree: Quadtree<number> | null = null
  private labelWidths = new Float32Array(0)
  private userMoved = false
  private fitTarget: Int32Array | null = null
  private readonly zoomBehaviour: ZoomBehavior<HTMLCanvasElement, unknown>
  private readonly resize: ResizeObserver
  /** UI-thread ms the last full frame took over all its slices, rasterising included (read by the benchmark). */
  lastDrawMs = 0
  /** Frames shown from the last complete frame at another zoom, and full frames completed (read by the benchmark). */
  snapshotFrames = 0
  fullFrames = 0
  private regionsAt = -Infinity
  private readonly frames = new ProgressiveFrame()
  /** The picture changed since the current or last full frame began. */
  private stale = true
  /** The visible canvas must be composed again (new front frame, zoom, rings). */
  private recompose = true
  private waitingForStart: (() => void)[] = []
  private waitingForFrame: (() => void)[] = []
  private gesture = false
  private settleTimer: ReturnType<typeof setTimeout> | undefined

  constructor(
    readonly canvas: HTMLCanvasElement,
    private colours: SceneColours,
    private readonly callbacks: SceneCallbacks = {},
  ) {
    const selection = select(canvas)
    this.zoomBehaviour = zoom<HTMLCanvasElement, unknown>()
      .scaleExtent([0.01, 16])
      .on('zoom', (event: D3ZoomEvent<HTMLCanvasElement, unknown>) => {
        this.transform = { k: event.transform.k, x: event.transform.x, y: event.transform.y }
        if (event.sourceEvent) this.userMoved = true
        this.gesture = true
        clearTimeout(this.settleTimer)
        this.settleTimer = setTimeout(() => {
          this.gesture = false
          this.invalidate()
        }, SETTLE_MS)
        this.invalidate()
      })
    selection
      .call(
        drag<HTMLCanvasElement, unknown, DragSubject | undefined>()
          .container(canvas)
          .subject((event: { x: number; y: number }) => {
            const index = this.find(event.x, event.y)
            return index === null ? undefined : { index, x: event.x, y: event.y }
          })
          .on('drag', (event: D3DragEvent<HTMLCanvasElement, unknown, DragSubject>) => {
            const { k, x, y } = this.transform
            this.xy[2 * event.subject.index] = (event.x - x) / k
            this.xy[2 * event.subject.index + 1] = (event.y - y) / k
            this.tree = null
            this.invalidate()
          })
          .on('end', (event: D3DragEvent<HTMLCanvasElement, unknown, DragSubject>) => {
            const i = event.subject.index
            this.updateRegions()
            this.callbacks.onMoved?.(i, this.xy[2 * i], this.xy[2 * i + 1])
          }),
      )
      .call(this.zoomBehaviour)
      .on('dblclick.zoom', null)
    canvas.addEventListener('pointermove', this.onPointerMove)
    canvas.addEventListener('pointerleave', this.onPointerLeave)
    canvas.addEventListener('click', this.onClick)
    this.resize = new ResizeObserver(() => this.measure())
    this.resize.observe(canvas)
    this.measure()
  }

  setModel(model: SceneModel): void {
    this.model = model
    this.labelWidths = new Float32Array(model.ids.length)
    this.lit = litMask(model.ids.length, this.state)
    // Same people (a new clustering): keep drawing them where they are until the layout moves them.
    if (this.xy.length !== 2 * model.ids.length) this.xy = new Float32Array(0)
    this.tree = null
    this.frames.cancel()
    this.updateRegions()
    // A new clustering or a new graph is a new picture: refit it as the layout settles.
    this.userMoved = false
    this.invalidate()
  }

  /**
   * What the view keeps fitted while the user has not moved it: the given people (the ones a filter
   * or a highlight leaves bright) with me, or everyone (null). Fits at once.
   */
  setFitTarget(indices: Int32Array | null): void {
    this.fitTarget = indices !== null && indices.length > 0 ? indices : null
    this.userMoved = false
    this.refit()
  }

  private refit(): void {
    if (this.width === 0 || this.xy.length === 0) return
    const t = fitTransform(boundsOf(this.xy, this.fitTarget ?? undefined, true), this.width, this.height, 56)
    this.setTransform(t, false)
    this.userMoved = false
  }

  /**
   * New positions, with the regions at them when the layout worker computed them (null: keep the
   * last ones); without them (undefined) regions are recomputed here at most every REGIONS_MS.
   */
  setPositions(xy: Float32Array | Float64Array, final = true, regions?: Region[] | null): void {
    this.xy = xy
    this.tree = null
    this.gesture = false
    const now = performance.now()
    if (regions) {
      this.regionsAt = now
      this.regions = regions
    } else if (regions === undefined && (final || now - this.regionsAt > REGIONS_MS)) {
      this.regionsAt = now
      this.updateRegions()
    }
    if (!this.userMoved) this.refit()
    this.invalidate()
  }

  positions(): Float32Array | Float64Array {
    return this.xy
  }

  setState(patch: Partial<SceneState>): void {
    const next = { ...this.state, ...patch }
    if (next.bright !== this.state.bright || next.highlight !== this.state.highlight) {
      this.lit = this.model ? litMask(this.model.ids.length, next) : null
    }
    this.state = next
    // A changed picture cannot wait for the gesture to end.
    this.gesture = false
    this.invalidate()
  }

  setColours(colours: SceneColours): void {
    this.colours = colours
    this.invalidate()
  }

  getTransform(): Transform {
    return this.transform
  }

  /** Moves the view; `user` marks it as the user's choice (positions updates stop refitting). */
  setTransform(t: Transform, user = true): void {
    if (user) this.userMoved = true
    this.zoomBehaviour.transform(select(this.canvas), zoomIdentity.translate(t.x, t.y).scale(t.k))
  }

  /** Fits everyone (or the given people) in view. */
  fit(user = true, indices?: ArrayLike<number>): void {
    if (this.width === 0) return
    const t = fitTransform(boundsOf(this.xy, indices, indices === undefined), this.width, this.height, indices ? 80 : 48)
    this.setTransform(t, user)
    if (!user) this.userMoved = false
  }

  /** Keeps a node on screen (keyboard focus moving off the edge). */
  reveal(index: number): void {
    const { k, x, y } = this.transform
    const sx = index === -1 ? x : this.xy[2 * index] * k + x
    const sy = index === -1 ? y : this.xy[2 * index + 1] * k + y
    if (sx > 20 && sy > 20 && sx < this.width - 20 && sy < this.height - 20) return
    this.setTransform({ k, x: x + this.width / 2 - sx, y: y + this.height / 2 - sy })
  }

  /** Screen position (CSS pixels in the canvas) of a node, -1 for me. */
  screenOf(index: number): { x: number; y: number } {
    const { k, x, y } = this.transform
    return index === -1 ? { x, y } : { x: this.xy[2 * index] * k + x, y: this.xy[2 * index + 1] * k + y }
  }

  /**
   * One animation frame: continues (or starts) the full frame under way for about SLICE_MS, then
   * composes the canvas from the last complete frame and the rings.
   */
  draw(): void {
    this.pending = 0
    const ctx = this.canvas.getContext('2d')
    if (!ctx || !this.model || this.width === 0) return
    const slow = this.lastDrawMs > SLOW_DRAW_MS
    if (this.stale && !this.frames.running && !(this.gesture && slow && this.frames.frontCanvas)) this.startFrame()
    if (this.frames.run()) this.didCompleteFrame()
    if (this.recompose) this.compose(ctx)
    if (this.frames.running || (this.stale && !this.gesture)) this.requestDraw()
  }

  /** Draws a whole full frame now, in one task (the benchmark times it). */
  drawNow(): void {
    const ctx = this.canvas.getContext('2d')
    if (!ctx || !this.model || this.width === 0) return
    this.startFrame()
    if (this.frames.run(Infinity)) this.didCompleteFrame()
    this.compose(ctx)
  }

  /** Resolves once a full frame that began after this call is on the canvas. */
  afterNextFrame(): Promise<void> {
    return new Promise((resolve) => {
      this.waitingForStart.push(resolve)
      this.invalidate()
    })
  }

  private invalidate(): void {
    this.stale = true
    this.recompose = true
    this.requestDraw()
  }

  private startFrame(): void {
    this.stale = false
    if (this.xy.length === 0) return
    const ratio = window.devicePixelRatio || 1
    const frame = { width: this.width, height: this.height, transform: this.transform }
    this.frames.start(this.canvas.width, this.canvas.height, ratio, frame, this.sceneData(), this.colours, this.labelWidths)
    this.waitingForFrame.push(...this.waitingForStart)
    this.waitingForStart = []
  }

  private didCompleteFrame(): void {
    this.lastDrawMs = this.frames.lastFrameMs
    this.fullFrames++
    // Where the label plates are, for tools and the tests that measure their contrast in the pixels.
    this.canvas.dataset.labelBoxes = JSON.stringify(this.frames.frontLabels.map((b) => [b.x, b.y, b.width, b.height].map(Math.round)))
    this.recompose = true
    for (const resolve of this.waitingForFrame) resolve()
    this.waitingForFrame = []
  }

  /** The last complete frame, moved and scaled from the zoom it was drawn at to the current one. */
  private compose(ctx: CanvasRenderingContext2D): void {
    this.recompose = false
    const ratio = window.devicePixelRatio || 1
    ctx.setTransform(1, 0, 0, 1, 0, 0)
    ctx.fillStyle = this.colours.background
    ctx.fillRect(0, 0, this.canvas.width, this.canvas.height)
    const front = this.frames.frontCanvas
    const from = this.frames.frontTransform
    if (front && from) {
      const { k, x, y } = this.transform
      const s = k / from.k
      ctx.setTransform(ratio * s, 0, 0, ratio * s, ratio * (x - from.x * s), ratio * (y - from.y * s))
      ctx.drawImage(front, 0, 0, front.width / ratio, front.height / ratio)
      if (from !== this.transform) this.snapshotFrames++
    }
    ctx.setTransform(ratio, 0, 0, ratio, 0, 0)
    if (this.xy.length > 0) drawHighlights(ctx, { width: this.width, height: this.height, transform: this.transform }, this.sceneData(), this.colours)
  }

  sceneData(): { model: SceneModel; xy: Float32Array | Float64Array; regions: Region[]; state: SceneState; lit: Uint8Array | null } {
    return { model: this.model!, xy: this.xy, regions: this.regions, state: this.state, lit: this.lit }
  }

  size(): { width: number; height: number } {
    return { width: this.width, height: this.height }
  }

  /** Schedules the next animation frame's work (see draw). */
  requestDraw(): void {
    if (this.pending === 0) this.pending = requestAnimationFrame(() => this.draw())
  }

  dispose(): void {
    cancelAnimationFrame(this.pending)
    clearTimeout(this.settleTimer)
    this.resize.disconnect()
    select(this.canvas).on('.zoom', null).on('.drag', null)
    this.canvas.removeEventListener('pointermove', this.onPointerMove)
    this.canvas.removeEventListener('pointerleave', this.onPointerLeave)
    this.canvas.removeEventListener('click', this.onClick)
  }

  /** The node under a canvas point (CSS pixels), within its drawn radius plus a little slack. */
  find(px: number, py: number): number | null {
    const model = this.model
    if (!model || this.xy.length === 0) return null
    const { k, x, y } = this.transform
    this.tree ??= quadtree<number>()
      .x((i) => this.xy[2 * i])
      .y((i) => this.xy[2 * i + 1])
      .addAll(Array.from({ length: model.ids.length }, (_, i) => i))
    const radius = (nodeScreenRadius(k, true) + 4) / k
    return this.tree.find((px - x) / k, (py - y) / k, radius) ?? null
  }

  private updateRegions(): void {
    if (!this.model || this.xy.length === 0) {
      this.regions = []
      return
    }
    this.regions = clusterRegions(this.xy, this.model.clusterOfNode, this.model.categories.length)
  }

  private measure(): void {
    const rect = this.canvas.getBoundingClientRect()
    const ratio = window.devicePixelRatio || 1
    this.width = Math.round(rect.width)
    this.height = Math.round(rect.height)
    this.canvas.width = Math.max(1, Math.round(rect.width * ratio))
    this.canvas.height = Math.max(1, Math.round(rect.height * ratio))
    if (!this.userMoved && this.xy.length > 0) this.refit()
    this.invalidate()
  }

  private readonly onPointerMove = (event: PointerEvent): void => {
    if (event.buttons !== 0) return
    const index = this.find(event.offsetX, event.offsetY)
    if (index === this.state.hover) return
    this.setState({ hover: index })
    this.canvas.style.cursor = index === null ? 'grab' : 'pointer'
    this.callbacks.onHover?.(index, index === null ? null : this.screenOf(index))
  }

  private readonly onPointerLeave = (): void => {
    if (this.state.hover === null) return
    this.setState({ hover: null })
    this.callbacks.onHover?.(null, null)
  }

  private readonly onClick = (event: MouseEvent): void => {
    if (event.defaultPrevented) return
    const index = this.find(event.offsetX, event.offsetY)
    if (index !== null) this.callbacks.onOpen?.(index)
  }
}
