/**
 * "Whom to consult" and "How to reach" end to end on the sample network (chromium target): the
 * panel opened from the Overview, asked about 転職 in English and Japanese, light and dark, each
 * suggestion with its reason; a person's page says whom to ask first and draws the chain on the
 * network map (the chain's people lit, the rest dimmed). Screenshots stay in
 * test-results/screenshots/ (consult-*.png, reach-*.png).
 */
import { describe, expect, it } from 'vitest'
import { findReach } from '../../shared/analysis'
import { generateSampleNetwork } from '../../shared/sample'
import { NetworkPage, differingShare } from './pages/network-page'
import { PeopleListPage } from './pages/people-list-page'
import { ShellPage } from './pages/shell-page'
import { TourPage } from './pages/tour-page'
import { freshDirs, keepScreenshot, targetsWithReasons } from './support/fixtures'
import { launchKizuna } from './support/launch'

/** A sample person best reached through someone (names do not depend on the sample's day). */
function personReachedThroughSomeone(): { name: string; chain: string[] } {
  const now = Date.now()
  const today = new Date(now)
  const sample = generateSampleNetwork(1, { today: `${today.getUTCFullYear()}-${String(today.getUTCMonth() + 1).padStart(2, '0')}-01` })
  const graph = { ...sample, ties: sample.ties }
  const names = new Map(sample.people.map((person) => [person.id, person.name]))
  for (const person of sample.people) {
    const best = findReach(graph, { kind: 'person', personId: person.id }, { now }).chains[0]
    if (best && best.personIds.length > 1 && sample.people.filter((p) => p.name === person.name).length === 1)
      return { name: person.name, chain: best.personIds.map((id) => names.get(id)!) }
  }
  throw new Error('no sample person is reached through someone')
}

for (const { target, skip } of targetsWithReasons('consult')) {
  describe.skipIf(skip !== null || target !== 'chromium')(`consult and reach (${target})`, () => {
    it('suggests whom to consult in both languages, and draws the way to a person on the map', { timeout: 300_000 }, async () => {
      const app = await launchKizuna(target, await freshDirs(`consult-${target}`))
      try {
        const { page } = app
        await page.setViewportSize({ width: 1400, height: 900 })
        const shell = new ShellPage(page)
        const tour = new TourPage(page)
        await shell.firstRunButton(/Open the sample network|サンプル/).click()
        await shell.waitForOverview()

        // From the Overview, by keyboard.
        await page.getByRole('button', { name: 'Whom should I consult about…?' }).press('Enter')
        await page.getByRole('heading', { level: 1, name: 'Whom to consult' }).waitFor()
        await expect.poll(() => page.getByText(/Kizuna reads field tags/).count()).toBe(1)
        const topic = page.getByLabel('Topic')
        await topic.fill('career change')
        await topic.press('Enter')
        const items = page.locator('.consult-item')
        await items.first().waitFor()
        expect(await page.getByTestId('consult-result').getAttribute('data-topic')).toBe('career-change')
        expect(await items.count()).toBe(5)
        // Someone outside my usual advisors is first or second, with why.
        const firstTwo = await items.evaluateAll((els) =>
          els.slice(0, 2).map((el) => ({ usual: el.querySelector('.chip') !== null, why: el.querySelector('.consult-why')?.textContent ?? '' })),
        )
        const outsider = firstTwo.find((item) => !item.usual)
        expect(outsider?.why).toMatch(/unlike your other advisors/)
        expect(outsider?.why).toMatch(/you last spoke in|no contact logged yet/)
        await keepScreenshot(page, 'consult-en-light')

        // The same in Japanese, dark; reached from the sidebar, asked with the Japanese word.
        for (const [language, theme] of [
          ['en', 'dark'],
          ['ja', 'light'],
          ['ja', 'dark'],
        ] as const) {
          await tour.setLanguageAndTheme(language, theme)
          await shell.goTo(language === 'ja' ? /^誰に相談するか$/ : /^Whom to consult$/)
          const field = page.getByLabel(language === 'ja' ? '話題' : 'Topic')
          await field.fill(language === 'ja' ? '転職' : 'career change')
          await page.getByRole('button', { name: language === 'ja' ? '探す' : 'Find people' }).click()
          await items.first().waitFor()
          const text = (await page.getByTestId('consult-result').textContent()) ?? ''
          if (language === 'ja') {
            expect(text).toContain('「転職」について相談できる人')
            expect(text).toContain('ほかの相談相手とは違う')
            expect(text).toMatch(/最後に話したのは\d{4}年\d+月|やり取りの記録はまだない/)
          }
          await keepScreenshot(page, `consult-${language}-${theme}`)
        }
        // A topic nobody knows: the empty state says what to do.
        await page.getByLabel('話題').fill('養蜂')
        await page.getByRole('button', { name: '探す' }).click()
        await expect.poll(() => page.getByText(/分野タグを付けるか/).count()).toBe(1)
        await tour.setLanguageAndTheme('en', 'light')

        // A person's page: how to reach them, whom to ask first, and the way on the map.
        const { name, chain } = personReachedThroughSomeone()
        const people = new PeopleListPage(page)
        await people.open()
        await people.search(name)
        await people.rows().filter({ hasText: name }).first().click()
        await page.getByRole('heading', { level: 1, name }).waitFor()
        const reach = page.getByRole('region', { name: `How to reach ${name}` })
        await reach.waitFor()
        expect(await reach.getByRole('listitem').first().textContent()).toBe(`Ask ${chain[0]} first, then ${chain.slice(1).join(' → ')}.`)
        await reach.scrollIntoViewIfNeeded()
        await keepScreenshot(page, 'reach-person-en-light')
        const network = new NetworkPage(page)
        await reach.getByRole('button', { name: 'Show the way on the map' }).press('Enter')
        await network.canvas().waitFor()
        await network.waitSettled()
        await expect.poll(() => network.stage().getAttribute('data-highlighted')).toBe(String(chain.length))
        await expect.poll(() => page.getByRole('status').filter({ hasText: 'The way to' }).textContent()).toContain(`you → ${chain.join(' → ')}`)
        await keepScreenshot(page, 'reach-map-en-light')
        const withPath = await network.pixels()
        await shell.goTo(/^Network map$/)
        await network.waitSettled()
        expect(differingShare(withPath, await network.pixels())).toBeGreaterThan(0.02)
      } finally {
        await app.close()
      }
    })
  })
}
