/**
 * Page object of the visual tour: switches language and theme through Settings, visits views from
 * the sidebar, and checks what a person would see wrong: text overflowing its box, a page that
 * scrolls sideways, analysis jargon outside "How is this measured?", and label plates whose text
 * does not reach 4.5:1 (measured from the pixels of a PNG: the canvas screenshot or the export).
 */
import type { Page } from 'playwright-core'

export const JARGON = /IQV|Blau|ブラウ|entropy|エントロピー|E-I|modularity|モジュラリティ|constraint|制約度|effective size|実効規模|resultant|合成ベクトル/i

export interface LabelContrast {
  boxes: number
  /** The lowest contrast found over all boxes (Infinity without boxes). */
  min: number
  /** The worst box, [x, y, width, height] in the picture's pixels. */
  worst: number[] | null
}

export class TourPage {
  constructor(readonly page: Page) {}

  /** The sidebar's view buttons (not the switch between the sample and my own network). */
  navButtons() {
    return this.page
      .getByRole('navigation')
      .getByRole('button')
      .filter({ hasNotText: /Sample network|Back to my network|サンプルネットワーク|自分のネットワークへ/ })
  }

  async setLanguageAndTheme(language: 'en' | 'ja', theme: 'light' | 'dark'): Promise<void> {
    await this.page
      .getByRole('navigation')
      .getByRole('button', { name: /^(Settings|設定)$/ })
      .click()
    await this.page.getByLabel(/^(Language|言語)$/).selectOption(language)
    await this.page.getByLabel(/^(Appearance|外観|テーマ)$/).selectOption(theme)
    await this.page.waitForFunction((wanted) => document.documentElement.dataset.theme === wanted, theme)
    await this.page.waitForFunction((lang) => document.documentElement.lang === lang, language)
  }

  /** Waits until the view's text stops changing (the analysis worker and lazy chunks have landed). */
  async waitStable(): Promise<void> {
    let previous = ''
    for (let round = 0; round < 40; round++) {
      const current = await this.page.evaluate(() => {
        const main = document.querySelector('.content')
        return `${main?.textContent ?? ''}|${document.querySelectorAll('[aria-busy="true"]').length}`
      })
      if (current === previous && !current.endsWith('|1')) return
      previous = current
      await this.page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 150)))
    }
  }

  /** Elements whose text is wider than their box, described for the failure message. */
  overflowing(): Promise<string[]> {
    return this.page.evaluate(() => {
      const found: string[] = []
      for (const el of document.querySelectorAll<HTMLElement>('.content *, nav *')) {
        if (el.closest('svg, .visually-hidden, canvas') || el.offsetParent === null) continue
        const style = getComputedStyle(el)
        if (style.display === 'inline' || style.display === 'contents' || style.textOverflow === 'ellipsis') continue
        if (style.overflowX === 'auto' || style.overflowX === 'scroll') continue
        const hasText = [...el.childNodes].some((node) => node.nodeType === Node.TEXT_NODE && (node.textContent ?? '').trim() !== '')
        if (!hasText || el.clientWidth === 0) continue
        if (el.scrollWidth > el.clientWidth + 1)
          found.push(`${el.tagName.toLowerCase()}.${el.className}: "${(el.textContent ?? '').trim().slice(0, 40)}" (${el.scrollWidth} > ${el.clientWidth})`)
      }
      return found
    })
  }

  /** True when the window or the content pane scrolls sideways. */
  scrollsSideways(): Promise<boolean> {
    return this.page.evaluate(() => {
      const root = document.documentElement
      const content = document.querySelector('.content')
      return root.scrollWidth > root.clientWidth + 1 || (content !== null && content.scrollWidth > content.clientWidth + 1)
    })
  }

  /** Jargon in the view's text outside "How is this measured?" disclosures. */
  jargonOutsideDisclosures(): Promise<string[]> {
    return this.page.evaluate((source) => {
      const pattern = new RegExp(source, 'gi')
      const view = document.querySelector('.content')?.cloneNode(true) as HTMLElement | undefined
      if (!view) return []
      for (const details of view.querySelectorAll('details.measured')) details.remove()
      return [...new Set((view.textContent ?? '').match(pattern) ?? [])]
    }, JARGON.source)
  }

  /**
   * The contrast of the text on each label plate, from the pixels of a PNG: the plate's colour is
   * the commonest colour in the box, the text's the pixel that differs most from it (WCAG 2.1).
   */
  labelContrast(png: Buffer, boxes: readonly number[][], scale: number): Promise<LabelContrast> {
    return this.page.evaluate(
      async ({ base64, boxes, scale }) => {
        const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0))
        const bitmap = await createImageBitmap(new Blob([bytes], { type: 'image/png' }))
        const canvas = new OffscreenCanvas(bitmap.width, bitmap.height)
        const ctx = canvas.getContext('2d')!
        ctx.drawImage(bitmap, 0, 0)
        const linear = (c: number) => {
          const s = c / 255
          return s <= 0.04045 ? s / 12.92 : Math.pow((s + 0.055) / 1.055, 2.4)
        }
        const luminance = (r: number, g: number, b: number) => 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b)
        let min = Infinity
        let worst: number[] | null = null
        let measured = 0
        for (const [bx, by, bw, bh] of boxes) {
          // Inside the plate only: one pixel in from each edge, clipped to the picture.
          const x0 = Math.max(0, Math.ceil((bx + 1) * scale))
          const y0 = Math.max(0, Math.ceil((by + 1) * scale))
          const x1 = Math.min(bitmap.width, Math.floor((bx + bw - 1) * scale))
          const y1 = Math.min(bitmap.height, Math.floor((by + bh - 1) * scale))
          if (x1 - x0 < 4 || y1 - y0 < 4) continue
          const { data } = ctx.getImageData(x0, y0, x1 - x0, y1 - y0)
          const counts = new Map<number, number>()
          for (let i = 0; i < data.length; i += 4) {
            const key = ((data[i] >> 2) << 12) | ((data[i + 1] >> 2) << 6) | (data[i + 2] >> 2)
            counts.set(key, (counts.get(key) ?? 0) + 1)
          }
          const mode = [...counts.entries()].sort((a, b) => b[1] - a[1])[0][0]
          const plate = luminance(((mode >> 12) & 63) * 4 + 2, ((mode >> 6) & 63) * 4 + 2, (mode & 63) * 4 + 2)
          let best = 1
          for (let i = 0; i < data.length; i += 4) {
            const l = luminance(data[i], data[i + 1], data[i + 2])
            best = Math.max(best, (Math.max(l, plate) + 0.05) / (Math.min(l, plate) + 0.05))
          }
          measured++
          if (best < min) {
            min = best
            worst = [bx, by, bw, bh]
          }
        }
        return { boxes: measured, min, worst }
      },
      { base64: png.toString('base64'), boxes: boxes.map((b) => [...b]), scale },
    )
  }
}
