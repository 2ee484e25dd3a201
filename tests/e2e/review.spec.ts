/**
 * The Review journey: open the sample network, go to Review, and see the report that the
 * analysis worker computed: the four quality scores, and the planted work-team echo chamber
 * flagged with its reason and its bridges, in English and then in Japanese.
 * The expected chamber comes from the same analysis run here in Node on the same sample.
 */
import { describe, expect, it } from 'vitest'
import { analyzeNetwork, nameEchoChamber } from '../../shared/analysis'
import { AGE_BANDS, ISIC_SECTIONS } from '../../shared/graph/taxonomy'
import { generateSampleNetwork } from '../../shared/sample'
import { SAMPLE_SEED, sampleToday } from '../../renderer/src/vault/sample'
import { ReviewPage } from './pages/review-page'
import { ShellPage } from './pages/shell-page'
import { freshDirs, keepScreenshot, targetsWithReasons } from './support/fixtures'
import { launchKizuna } from './support/launch'

// The app seeds the sample dated from the current month (renderer/src/vault/sample.ts): so do we.
const sample = generateSampleNetwork(SAMPLE_SEED, { today: sampleToday(new Date()) })
const expected = analyzeNetwork({ schemaVersion: 1, trash: [], ...sample }, { now: Date.now() })
const workIds = new Set(sample.people.filter((person) => person.tags.includes('work')).map((person) => person.id))
const chamber = expected.echoChambers.find((candidate) => candidate.memberIds.some((id) => workIds.has(id)))!
const nameOf = new Map(sample.people.map((person) => [person.id, person.name]))
// The chamber's one name (shared/analysis/echo-chamber-name.ts), worded as the renderer words it.
const traitLabels = nameEchoChamber(chamber, expected.echoChambers).traits.map(({ dimension, category }) => {
  if (dimension === 'industry') return ISIC_SECTIONS.find((s) => s.id === category)!.label
  if (dimension === 'age-band') return AGE_BANDS.find((b) => b.id === category)!.label
  return { man: { en: 'men', ja: '男性' }, woman: { en: 'women', ja: '女性' } }[category as 'man' | 'woman']
})
const bridgeNames = chamber.bridges.map((bridge) => nameOf.get(bridge.personId)!.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))

for (const { target, skip } of targetsWithReasons('review')) {
  describe.skipIf(skip !== null)(`review (${target})`, () => {
    it('shows the four quality scores and the planted echo chamber with its reason and bridges, in English and Japanese', async () => {
      expect(chamber.bridges.length).toBeGreaterThan(0)
      const app = await launchKizuna(target, await freshDirs(`review-${target}`))
      try {
        const shell = new ShellPage(app.page)
        const review = new ReviewPage(app.page)
        await shell.firstRunButton(/Open the sample network|サンプルネットワークを開く/).click()
        await shell.waitForOverview()
        await shell.setLanguage('en')
        await review.open()
        await review.waitForReport()

        expect(await review.propertyHeadings()).toEqual(['You can consult someone at any time', 'You give value too', 'You raise each other', 'Doing things together feels safe'])
        expect(await review.scores()).toEqual(expected.quality.map((property) => `Score: ${property.score} / 100`))
        await expect.poll(() => review.echoChambers().count()).toBe(expected.echoChambers.length)
        const english = await review.echoChamberText()
        expect(english.heading).toBe(`${traitLabels.map((label) => label.en).join(', ')} — ${chamber.memberIds.length} people`)
        expect(english.reason).toMatch(/^Its \d+ members are closely tied to each other, much the same in .*age.*, and \d+% of their ties stay inside the circle\.$/)
        expect(english.text).toContain('75% of your advisors are in this circle.')
        expect(english.bridges).toHaveLength(bridgeNames.length)
        bridgeNames.forEach((name, i) => expect(english.bridges[i]).toMatch(new RegExp(`^${name}: differs in .+; you can reach them through .+\\.$`)))
        if (target === 'chromium') await keepScreenshot(app.page, 'review-en')

        await shell.setLanguage('ja')
        await review.open()
        await review.waitForReport()
        expect(await review.propertyHeadings()).toEqual(['いつでも相談できる', '自分から価値を提供できる', 'お互いに高められる', '一緒に活動すると安心感がある'])
        expect(await review.scores()).toEqual(expected.quality.map((property) => `スコア：${property.score} / 100`))
        const japanese = await review.echoChamberText()
        expect(japanese.heading).toBe(`${traitLabels.map((label) => label.ja).join('・')} — ${chamber.memberIds.length}人`)
        expect(japanese.reason).toMatch(/^\d+人のメンバーは互いに密につながり、.*年代.*がほぼ同じで、つながりの\d+%が輪の内側で閉じています。$/)
        expect(japanese.text).toContain('相談相手の75%がこの輪にいます。')
        bridgeNames.forEach((name, i) => expect(japanese.bridges[i]).toMatch(new RegExp(`^${name}：.+が異なる。.+さん経由でつながれます。$`)))
        if (target === 'chromium') await keepScreenshot(app.page, 'review-ja')
      } finally {
        await app.close()
      }
    })
  })
}
