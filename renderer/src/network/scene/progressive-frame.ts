/**
 * Full frames of the network drawn progressively: the steps of one frame (drawSceneSteps) run in
 * slices of about SLICE_MS per animation frame into a back buffer, which becomes the front buffer
 * (the last complete frame, what the visible canvas shows) once every step has run.
 *
 * Why: without a GPU, canvas commands are only recorded when issued and rasterised on the UI
 * thread when flushed; a frame of 50,000 ties rasterises in 50-500 ms, one long task. Here each
 * step is flushed inside its slice (a one-pixel read), so no task holds the UI thread much longer
 * than one step. The back buffer is a CPU canvas (`willReadFrequently`), so the read is cheap and
 * the cost is the same with and without a GPU.
 *
 * A step's cost varies with the machine and its load (a batch of 1,000 ties took 5 ms on one run
 * and 70-110 ms on a loaded one), so the ties per step adapt: the time per tie is measured on every
 * tie step (smoothed, but a slower step counts at once) and the next batches are sized to take
 * STEP_MS. A slice also stops before a step that would likely overrun it.
 */
import { drawSceneSteps } from './draw-network'
import type { Frame, LabelBox, SceneData, StepBatch } from './draw-network'
import type { SceneColours } from './scene-model'
import type { Transform } from './viewport'

/** UI-thread time one animation frame may spend on drawing steps, ms. */
export const SLICE_MS = 8
/** Time one step of ties should take, ms. */
const STEP_MS = 3
const MIN_TIES = 100
const MAX_TIES = 8000

interface Buffer {
  canvas: HTMLCanvasElement
  ctx: CanvasRenderingContext2D
}

function createBuffer(): Buffer | null {
  const canvas = document.createElement('canvas')
  const ctx = canvas.getContext('2d', { willReadFrequently: true })
  return ctx ? { canvas, ctx } : null
}

export class ProgressiveFrame {
  private front: Buffer | null = null
  private back: Buffer | null = null
  private steps: Generator<number | undefined, void, void> | null = null
  private readonly batch: StepBatch = { ties: 1000 }
  /** Smoothed UI-thread ms per tie, rasterising included (0 until measured). */
  private msPerTie = 0
  /** Longest step other than ties in the current frame, ms: what the slice expects the next step to take. */
  private expectedStepMs = 0
  private stepsTransform: Transform | null = null
  private workMs = 0
  /** Transform the front buffer was drawn at (null until the first frame completes). */
  frontTransform: Transform | null = null
  /** UI-thread ms the last complete frame took over all its slices, rasterising included. */
  lastFrameMs = 0
  /** Label plates of the last complete frame, in CSS pixels. */
  frontLabels: LabelBox[] = []
  private backLabels: LabelBox[] = []

  get running(): boolean {
    return this.steps !== null
  }

  /** The last complete frame, or null. */
  get frontCanvas(): HTMLCanvasElement | null {
    return this.frontTransform ? (this.front?.canvas ?? null) : null
  }

  /** Begins a frame of `pixelWidth` × `pixelHeight` device pixels (drawn in CSS pixels × ratio). */
  start(pixelWidth: number, pixelHeight: number, ratio: number, frame: Frame, data: SceneData, colours: SceneColours, labelWidths: Float32Array): void {
    this.back ??= createBuffer()
    if (!this.back) return
    const { canvas, ctx } = this.back
    if (canvas.width !== pixelWidth || canvas.height !== pixelHeight) {
      canvas.width = pixelWidth
      canvas.height = pixelHeight
    }
    ctx.setTransform(ratio, 0, 0, ratio, 0, 0)
    this.backLabels = []
    this.steps = drawSceneSteps(ctx, frame, data, colours, labelWidths, this.batch, this.backLabels)
    this.stepsTransform = frame.transform
    this.workMs = 0
    this.expectedStepMs = 0
  }

  /** Runs steps for about `budgetMs` (at least one); true when the frame completed and is in front. */
  run(budgetMs = SLICE_MS): boolean {
    const steps = this.steps
    const back = this.back
    if (!steps || !back) return false
    const start = performance.now()
    let now = start
    let done = false
    do {
      const before = now
      const step = steps.next()
      done = step.done === true
      // Rasterise this step now, inside the slice, instead of all at once when the task ends.
      back.ctx.getImageData(0, 0, 1, 1)
      now = performance.now()
      if (typeof step.value === 'number' && step.value > 0) this.measureTies(step.value, now - before)
      else this.expectedStepMs = Math.max(this.expectedStepMs, now - before)
    } while (!done && now - start + Math.max(this.expectedStepMs, STEP_MS) < budgetMs)
    this.workMs += now - start
    if (!done) return false
    this.lastFrameMs = this.workMs
    this.back = this.front
    this.front = back
    this.frontTransform = this.stepsTransform
    this.frontLabels = this.backLabels
    this.steps = null
    return true
  }

  private measureTies(ties: number, ms: number): void {
    const perTie = ms / ties
    this.msPerTie = this.msPerTie === 0 || perTie > this.msPerTie ? perTie : 0.7 * this.msPerTie + 0.3 * perTie
    this.batch.ties = Math.round(Math.min(MAX_TIES, Math.max(MIN_TIES, STEP_MS / Math.max(this.msPerTie, 1e-6))))
  }

  /** Drops the frame under way (its inputs are gone, e.g. a new model). */
  cancel(): void {
    this.steps = null
  }
}
