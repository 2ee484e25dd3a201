/** Page object for the network map, the echo-chamber report and the egogram. */
import type { Download, Locator, Page } from 'playwright-core'

export class NetworkPage {
  constructor(readonly page: Page) {}

  canvas(): Locator {
    return this.page.locator('canvas.network-canvas')
  }

  stage(): Locator {
    return this.page.locator('.network-stage')
  }

  legend(): Locator {
    return this.page.getByRole('region', { name: /^(Legend|凡例)$/ })
  }

  async clusterBy(value: string): Promise<void> {
    await this.page.getByLabel(/^(Cluster by|まとめ方)/).selectOption(value)
  }

  /** Waits until the layout of the current graph has settled and one more frame has been drawn. */
  async waitSettled(): Promise<void> {
    await this.page.locator('.network-stage[data-layout="settled"]').waitFor({ timeout: 60_000 })
    await this.page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))))
  }

  /** The canvas pixels, downsampled to one RGB triple per 4 × 4 block (keeps the comparison cheap). */
  pixels(): Promise<number[]> {
    return this.canvas().evaluate((canvas: HTMLCanvasElement) => {
      const ctx = canvas.getContext('2d')!
      const { data, width, height } = ctx.getImageData(0, 0, canvas.width, canvas.height)
      const out: number[] = []
      for (let y = 0; y < height; y += 4) {
        for (let x = 0; x < width; x += 4) {
          const i = 4 * (y * width + x)
          out.push(data[i], data[i + 1], data[i + 2])
        }
      }
      return out
    })
  }

  async exportPng(): Promise<Download> {
    const download = this.page.waitForEvent('download')
    await this.page.getByRole('button', { name: /^(Save as PNG|PNG で保存)$/ }).click()
    return download
  }
}

/** Share of sampled pixels that differ by more than a small tolerance. */
export function differingShare(a: readonly number[], b: readonly number[]): number {
  let differing = 0
  const pixels = Math.min(a.length, b.length) / 3
  for (let p = 0; p < pixels; p++) {
    const d = Math.abs(a[3 * p] - b[3 * p]) + Math.abs(a[3 * p + 1] - b[3 * p + 1]) + Math.abs(a[3 * p + 2] - b[3 * p + 2])
    if (d > 30) differing++
  }
  return differing / Math.max(1, pixels)
}
