/**
 * The network map end to end on the sample network (chromium target): every "cluster by" option
 * changes the picture and the legend, the planted echo chamber (the work team) is highlighted from
 * the report, the egogram shows the advisors' sectors, and the PNG export has the right size.
 * Screenshots stay in test-results/screenshots/ (network-community.png is the README's).
 */
import { readFile } from 'node:fs/promises'
import { describe, expect, it } from 'vitest'
import { ShellPage } from './pages/shell-page'
import { NetworkPage, differingShare } from './pages/network-page'
import { freshDirs, keepScreenshot, targetsWithReasons } from './support/fixtures'
import { launchKizuna } from './support/launch'

const CLUSTER_OPTIONS = ['community', 'age-band', 'occupation', 'industry', 'value-group'] as const

/** Width and height from a PNG's IHDR chunk (bytes 16-23). */
function pngSize(bytes: Buffer): { width: number; height: number } {
  expect(bytes.subarray(1, 4).toString('latin1')).toBe('PNG')
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) }
}

for (const { target, skip } of targetsWithReasons('network')) {
  describe.skipIf(skip !== null || target !== 'chromium')(`network map (${target})`, () => {
    it('clusters, highlights the echo chamber, draws the egogram and exports a PNG', async () => {
      const app = await launchKizuna(target, await freshDirs(`network-${target}`))
      try {
        const { page } = app
        await page.setViewportSize({ width: 1400, height: 1000 })
        const shell = new ShellPage(page)
        const network = new NetworkPage(page)
        await shell.firstRunButton(/Open the sample network|サンプル/).click()
        await shell.waitForOverview()
        await shell.goTo(/^(Network map|ネットワーク図)$/)
        await network.canvas().waitFor()

        // Each "cluster by" option: a different picture and a different legend.
        let previous: { pixels: number[]; legend: string } | null = null
        for (const option of CLUSTER_OPTIONS) {
          await network.clusterBy(option)
          // Communities need the analysis: wait until its regions are on the legend.
          if (option === 'community') await expect.poll(() => network.legend().textContent(), { timeout: 60_000 }).toContain('Community 1')
          await network.waitSettled()
          const current = { pixels: await network.pixels(), legend: (await network.legend().textContent()) ?? '' }
          await keepScreenshot(page, `network-${option}`)
          if (previous) {
            expect(current.legend).not.toEqual(previous.legend)
            expect(differingShare(previous.pixels, current.pixels)).toBeGreaterThan(0.02)
          }
          previous = current
        }

        // The echo-chamber report: the work team is flagged; one click shows it on the map.
        await shell.goTo(/^(Echo chambers|エコーチェンバー)$/)
        const card = page.locator('.echo-card').first()
        await card.waitFor({ timeout: 60_000 })
        expect(await card.textContent()).toMatch(/18 people/)
        // By keyboard (the status bar may cover the bottom of the page for a pointer).
        await card.getByRole('button', { name: /Show on the network map/ }).press('Enter')
        await network.waitSettled()
        await expect.poll(() => network.stage().getAttribute('data-highlighted')).toBe('18')
        await expect.poll(() => page.getByRole('status').filter({ hasText: 'Echo chamber highlighted' }).textContent()).toContain('18 people')
        await keepScreenshot(page, 'network-echo-chamber-focused')
        // Everyone in view: the chamber bright, the rest dimmed; switching it off changes the picture.
        await page.getByRole('button', { name: /^(Show everyone|全員を表示)$/ }).click()
        await network.waitSettled()
        await keepScreenshot(page, 'network-echo-chamber')
        const highlighted = await network.pixels()
        await page
          .locator('.echo-bar')
          .getByRole('button', { name: /— 18 people$/ })
          .click()
        await network.waitSettled()
        expect(differingShare(highlighted, await network.pixels())).toBeGreaterThan(0.02)

        // Keyboard: arrows move the focus between people and announce them.
        await network.canvas().focus()
        await page.keyboard.press('ArrowUp')
        await expect.poll(() => page.locator('.network-announcer').textContent()).toMatch(/Roles:/)
        // The person the keyboard selected shows their card, as the pointer's would.
        const announced = ((await page.locator('.network-announcer').textContent()) ?? '').split('.')[0]
        await expect.poll(() => page.locator('.network-card strong').textContent()).toBe(announced)

        // PNG export: twice the canvas size, with the legend band below.
        const box = await network.canvas().evaluate((canvas: HTMLCanvasElement) => ({ width: canvas.clientWidth, height: canvas.clientHeight }))
        const download = await network.exportPng()
        const png = await readFile(await download.path())
        const size = pngSize(png)
        expect(size.width).toBe(box.width * 2)
        expect(size.height).toBeGreaterThan(box.height * 2)
        expect(png.length).toBeGreaterThan(20_000)

        // The egogram: advisors in the professionals' sector (the work team are ICT professionals).
        await shell.goTo(/^(Egogram|エゴグラム)$/)
        const professionals = page.locator('.egogram-sector[data-sector="2"]')
        expect(Number(await professionals.getAttribute('data-advisors'))).toBeGreaterThanOrEqual(6)
        expect(await page.locator('.egogram-summary').textContent()).toMatch(/My advisors come from \d+ of 11 sectors/)
        expect(await page.locator('.egogram-sector.empty').count()).toBeGreaterThan(0)
        await keepScreenshot(page, 'egogram-field')

        // The diversity dashboard renders its indices and the circumplex.
        await shell.goTo(/^(Diversity|多様性)$/)
        await page.getByRole('heading', { name: 'Values circle' }).waitFor({ timeout: 60_000 })
        await keepScreenshot(page, 'diversity-dashboard')
      } finally {
        await app.close()
      }
    })
  })
}
