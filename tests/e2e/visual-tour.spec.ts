/**
 * The visual tour (issue 16): every view from the sidebar, in English and Japanese, light and
 * dark, on the sample network and on an empty vault, at 1400 × 900 (chromium target). Every
 * screenshot is kept in test-results/screenshots/tour-*.png for a person to look at. Checked on
 * each: no text overflows its box, nothing scrolls sideways; on the Overview, Review, Diversity and
 * Echo chambers no analysis jargon outside "How is this measured?"; on the map (sample), the text
 * on every label plate has a contrast of at least 4.5:1 measured from the pixels of the canvas
 * screenshot and of the exported PNG, and the exported SVG's plates keep 4.5:1 over anything; and
 * the echo chamber has one name on the map, its page, the review and the overview.
 */
import { readFile } from 'node:fs/promises'
import { describe, expect, it } from 'vitest'
import { LABEL_CONTRAST, worstPlateContrast } from '../../renderer/src/network/scene/ink'
import { NetworkPage } from './pages/network-page'
import { ShellPage } from './pages/shell-page'
import { TourPage } from './pages/tour-page'
import { freshDirs, keepScreenshot, targetsWithReasons } from './support/fixtures'
import { launchKizuna } from './support/launch'

const COMBINATIONS = [
  { language: 'en', theme: 'light' },
  { language: 'en', theme: 'dark' },
  { language: 'ja', theme: 'light' },
  { language: 'ja', theme: 'dark' },
] as const

/** Views whose text must be free of index names (by their heading, in either language). */
const PLAIN_VIEWS = /^(Overview|概要|Review|振り返り|Diversity|多様性|Echo chambers|エコーチェンバー)$/
const MAP = /^(Network map|ネットワーク図)$/

/** Plates and text of an exported SVG: each rect with fill-opacity followed by its text. */
function svgPlates(svg: string): { background: string; opacity: number; ink: string }[] {
  return [...svg.matchAll(/<rect [^>]*fill="([^"]+)" fill-opacity="([\d.]+)"\/><text [^>]*fill="([^"]+)"/g)].map((m) => ({ background: m[1], opacity: Number(m[2]), ink: m[3] }))
}

for (const { target, skip } of targetsWithReasons('visual-tour')) {
  describe.skipIf(skip !== null || target !== 'chromium')(`visual tour (${target})`, () => {
    for (const vault of ['sample', 'empty'] as const) {
      it(`${vault}: every view in English and Japanese, light and dark, reads`, { timeout: 900_000 }, async () => {
        const app = await launchKizuna(target, await freshDirs(`tour-${vault}`))
        const problems: string[] = []
        try {
          const { page } = app
          await page.setViewportSize({ width: 1400, height: 900 })
          const shell = new ShellPage(page)
          const tour = new TourPage(page)
          const network = new NetworkPage(page)
          if (vault === 'sample') await shell.firstRunButton(/Open the sample network|サンプル/).click()
          else await shell.startOwnNetwork()
          await shell.waitForOverview()
          for (const { language, theme } of COMBINATIONS) {
            await tour.setLanguageAndTheme(language, theme)
            const names: Record<string, string> = {}
            const count = await tour.navButtons().count()
            for (let i = 0; i < count; i++) {
              const button = tour.navButtons().nth(i)
              const label = ((await button.textContent()) ?? '').trim()
              await button.click()
              await page.locator('.content h1').first().waitFor()
              const heading = ((await page.locator('.content h1').first().textContent()) ?? '').trim()
              const where = `${vault}/${language}/${theme}/${heading || label}`
              if (MAP.test(heading) && vault === 'sample') await network.waitSettled()
              await tour.waitStable()
              const shot = `tour-${vault}-${language}-${theme}-${String(i).padStart(2, '0')}`
              await keepScreenshot(page, shot)
              // Long views: the rest of the page too, a screen at a time (at most two more).
              for (const [part, screens] of [
                ['b', 1],
                ['c', 2],
              ] as const) {
                const scrolled = await page.evaluate((n) => {
                  const pane = document.querySelector('.content')
                  if (!pane || pane.scrollHeight <= pane.clientHeight * n) return false
                  pane.scrollTop = pane.clientHeight * n - 80
                  return true
                }, screens)
                if (scrolled) await keepScreenshot(page, `${shot}${part}`)
              }
              await page.evaluate(() => document.querySelector('.content')?.scrollTo(0, 0))
              for (const overflow of await tour.overflowing()) problems.push(`${where}: overflows: ${overflow}`)
              if (await tour.scrollsSideways()) problems.push(`${where}: scrolls sideways`)
              if (PLAIN_VIEWS.test(heading)) {
                const jargon = await tour.jargonOutsideDisclosures()
                if (jargon.length > 0) problems.push(`${where}: jargon outside "How is this measured?": ${jargon.join(', ')}`)
              }
              if (/^(Overview|概要)$/.test(heading)) {
                // Empty: the four-step path; the sample: the four properties and my advisors in a sentence.
                const expected = vault === 'empty' ? { steps: 4, properties: 0 } : { steps: 0, properties: 4 }
                const seen = { steps: await page.locator('.start-path li').count(), properties: await page.locator('.overview-property').count() }
                if (seen.steps !== expected.steps || seen.properties !== expected.properties) problems.push(`${where}: the Overview shows ${JSON.stringify(seen)}`)
                if (vault === 'sample' && language === 'en') {
                  const line = (await page.locator('.overview-advisors').textContent()) ?? ''
                  if (!/^\d+ of your \d+ advisors are men in their 30s who work in Information and communication\.$/.test(line)) problems.push(`${where}: advisors line: ${line}`)
                }
              }
              if (vault !== 'sample') continue
              // The echo chamber's one name, as each view shows it.
              if (/^(Overview|概要)$/.test(heading)) names.overview = (await page.locator('.overview-chamber .chamber-name').first().textContent()) ?? ''
              if (/^(Review|振り返り)$/.test(heading)) names.review = (await page.getByTestId('echo-chamber').first().getByRole('heading', { level: 3 }).textContent()) ?? ''
              if (/^(Echo chambers|エコーチェンバー)$/.test(heading)) names.report = (await page.locator('.echo-card h2').first().textContent()) ?? ''
              if (MAP.test(heading)) {
                names.map = (await page.locator('.echo-bar button').first().textContent()) ?? ''
                const boxes = JSON.parse((await network.canvas().getAttribute('data-label-boxes')) ?? '[]') as number[][]
                const onScreen = await tour.labelContrast(await network.canvas().screenshot(), boxes, 1)
                const download = await network.exportPng()
                const exported = await tour.labelContrast(await readFile(await download.path()), boxes, 2)
                for (const [what, result] of [
                  ['canvas', onScreen],
                  ['exported PNG', exported],
                ] as const) {
                  if (result.boxes === 0) problems.push(`${where}: no label plates found on the ${what}`)
                  if (result.min < LABEL_CONTRAST) problems.push(`${where}: label contrast ${result.min.toFixed(2)} on the ${what} at ${JSON.stringify(result.worst)}`)
                }
                const svgDownload = page.waitForEvent('download')
                await page.getByRole('button', { name: /^(Save as SVG|SVG で保存)$/ }).click()
                const plates = svgPlates(await readFile(await (await svgDownload).path(), 'utf8'))
                if (plates.length === 0) problems.push(`${where}: no label plates in the SVG`)
                for (const plate of plates) {
                  const contrast = worstPlateContrast(plate.background, plate.ink, plate.opacity)
                  if (contrast < LABEL_CONTRAST) problems.push(`${where}: SVG plate contrast ${contrast.toFixed(2)}`)
                }
              }
            }
            if (vault === 'sample') {
              const distinct = new Set(Object.values(names).map((name) => name.trim()))
              if (Object.keys(names).length !== 4 || distinct.size !== 1) problems.push(`${vault}/${language}: the echo chamber's names differ: ${JSON.stringify(names)}`)
            }
          }
          expect(problems).toEqual([])
        } finally {
          await app.close()
        }
      })
    }
  })
}
