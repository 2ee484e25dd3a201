/**
 * The people views end to end: add a person with every attribute (and see a validation message),
 * link two people, delete and restore, undo and redo, search by a kana reading, keyboard and the
 * command palette, every label in Japanese, and the sample network kept apart from my own.
 */
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { readGraph, readStoredGenders } from '../../shared/graph'
import type { GraphSnapshot } from '../../shared/graph/types'
import { VaultReplica } from '../../electron/node/store'
import { runCli } from '../../electron/cli/run'
import { WorkflowPage } from './pages/workflow-page'
import { PeopleListPage } from './pages/people-list-page'
import { PersonPage } from './pages/people-person-page'
import { ShellPage } from './pages/shell-page'
import { freshDirs, keepScreenshot, targetsWithReasons } from './support/fixtures'
import { launchKizuna, type KizunaApp, type Target } from './support/launch'

async function graphOnDisk(dataDir: string, vault: string): Promise<GraphSnapshot & { genders: ReturnType<typeof readStoredGenders> }> {
  const replica = await VaultReplica.open(join(dataDir, 'vaults', vault), { backups: false })
  try {
    return { ...readGraph(replica.doc), genders: readStoredGenders(replica.doc) }
  } finally {
    await replica.close()
  }
}

/** User data typed in below: everything else on the page must be UI text in the chosen language. */
const DATA = [
  '佐藤 花子',
  'さとう はなこ',
  'Alex Kim',
  'アレックス',
  'UXリサーチ',
  '株式会社みらい',
  '大阪市',
  'hanako@example.com',
  'https://hanako.example',
  '勉強会',
  '大切な相談相手',
  'メンター',
]

/** A fresh app on its own data folder, past the first-run screen, with the page objects these specs use. */
async function startOwnNetwork(target: Target, name: string) {
  const dirs = await freshDirs(`${name}-${target}`)
  const app: KizunaApp = await launchKizuna(target, dirs)
  const { page } = app
  const pages = { shell: new ShellPage(page), list: new PeopleListPage(page), person: new PersonPage(page) }
  try {
    await pages.shell.startOwnNetwork()
    await pages.shell.waitForOverview()
  } catch (err) {
    await app.close()
    throw err
  }
  return { dirs, app, page, ...pages }
}

for (const { target, skip } of targetsWithReasons('people')) {
  describe.skipIf(skip !== null)(`people views (${target})`, () => {
    it('edits every attribute, links, trashes, undoes, searches by kana, speaks Japanese, and visits the sample', async () => {
      const { dirs, app, page, shell, list, person } = await startOwnNetwork(target, 'people')
      try {
        // An empty list teaches what to do.
        await list.open()
        await list.emptyState().waitFor()
        await list.add('Alex Kim')
        await person.setText('Reading (furigana)', 'アレックス')
        await list.open()
        await list.add('佐藤 花子')

        // Every attribute of a person.
        await person.setText('Reading (furigana)', 'さとう はなこ')
        await person.choose('Gender', 'Woman')
        await person.choose('Gender is', 'Stated by them')
        await person.setText('Birth year', '1985')
        await person.choose('Occupation (ISCO-08 major group)', '2 Professionals')
        await person.choose('Occupation in detail (sub-major group)', '25 Information and communications technology professionals')
        await person.choose('Industry (ISIC Rev.4 section)', 'J Information and communication')
        await person.addToSet('New entry for Field tags', 'UXリサーチ')
        for (const value of ['Self-direction', 'Benevolence', 'Universalism']) await person.check(value)
        // A fourth value is refused by the model, and the message shows next to the values.
        await person.view().getByRole('checkbox', { name: 'Power', exact: true }).click()
        expect(await person.view().getByRole('checkbox', { name: 'Power', exact: true }).isChecked()).toBe(false)
        await expect.poll(() => person.errors().allTextContents()).toEqual(['Choose at most 3 values: remove one first.'])
        await person.setText('Organisation', '株式会社みらい')
        await person.setText('Location', '大阪市')
        await person.addHandle('Email', 'hanako@example.com')
        await person.addHandle('Web page', 'https://hanako.example')
        await person.check('Advisor (I consult them)')
        await person.setText('Where we met', '勉強会')
        await person.setText('When we met', '2023-04-01')
        await person.pick('Introduced by', 'アレ', 'Alex Kim')
        await person.addToSet('New entry for Tags', 'メンター')
        await person.setNotes('Notes', '大切な相談相手')
        // An empty name is refused, with the message next to the field; Escape puts it back.
        await person.setText('Name', '')
        await expect.poll(() => person.errors().allTextContents()).toContain('This cannot be empty.')
        await person.field('Name').press('Escape')

        // Link the two people.
        await person.pick('Link to', 'alex', 'Alex Kim')
        await person.view().getByRole('group', { name: 'Link' }).getByLabel('Kind').selectOption({ label: 'Friend' })
        await person.view().getByRole('group', { name: 'Link' }).getByLabel('Strength').selectOption({ label: 'Strong' })
        await person.view().getByRole('button', { name: 'Link', exact: true }).click()
        await expect.poll(() => person.ties().count()).toBe(1)
        await expect.poll(() => person.view().getByRole('listitem', { name: 'Tie with Alex Kim' }).isVisible()).toBe(true)
        await keepScreenshot(page, 'person-page')

        // Undo and redo of my own edit (buttons, then the keyboard outside a text field).
        // Each committed edit is its own undo step (vault-actions), however soon after the last one.
        await person.setText('Location', '京都市')
        await page.getByRole('button', { name: 'Undo', exact: true }).click()
        await expect.poll(() => person.field('Location').inputValue()).toBe('大阪市')
        await page.getByRole('button', { name: 'Redo', exact: true }).click()
        await expect.poll(() => person.field('Location').inputValue()).toBe('京都市')
        await person.heading().click()
        await page.keyboard.press('Control+z')
        await expect.poll(() => person.field('Location').inputValue()).toBe('大阪市')

        // Delete to the trash, then restore from the trash.
        await person.view().getByRole('button', { name: 'Move to trash' }).click()
        await expect.poll(() => page.getByText('佐藤 花子 is in the trash').isVisible()).toBe(true)
        await shell.goTo(/^Trash$/)
        await page.getByRole('button', { name: 'Restore 佐藤 花子' }).click()
        await expect.poll(() => page.getByText('The trash is empty.').isVisible()).toBe(true)

        // Search by a kana reading (hiragana and katakana), then the keyboard opens the person.
        await list.open()
        await expect.poll(() => list.names()).toEqual(['Alex Kim', '佐藤 花子'].sort((a, b) => (a === 'Alex Kim' ? -1 : b === 'Alex Kim' ? 1 : 0)))
        await list.search('さとう')
        await expect.poll(() => list.names()).toEqual(['佐藤 花子'])
        await list.search('サトウ')
        await expect.poll(() => list.names()).toEqual(['佐藤 花子'])
        await list.search('nobody-like-this')
        await expect.poll(() => page.getByText('No one matches this search and these filters.').isVisible()).toBe(true)
        await list.search('はなこ')
        await expect.poll(() => list.names()).toEqual(['佐藤 花子'])
        await page.keyboard.press('ArrowDown')
        await page.keyboard.press('Enter')
        await person.heading().filter({ hasText: '佐藤 花子' }).waitFor()

        // The command palette: Ctrl+K, jump to a person; then switch language from it.
        await page.keyboard.press('Control+k')
        const palette = page.getByRole('dialog', { name: 'Command palette' })
        await palette.getByRole('combobox').fill('alex')
        await palette.getByRole('combobox').press('Enter')
        await person.heading().filter({ hasText: 'Alex Kim' }).waitFor()
        // Alex's page names 佐藤 花子 among the closest ties in its header and in the ties list.
        await expect.poll(() => person.view().locator('.tie-row').getByRole('button', { name: '佐藤 花子', exact: true }).isVisible()).toBe(true)
        await person.view().locator('.tie-row').getByRole('button', { name: '佐藤 花子', exact: true }).click()
        await page.keyboard.press('Control+k')
        await palette.getByRole('combobox').fill('Japanese')
        await palette.getByRole('combobox').press('Enter')
        await expect.poll(() => shell.nav().textContent()).toContain('設定')

        // Every label on the person page is Japanese now, read and edited; only the data I typed is in Latin letters.
        await person.view().locator('.person-glance').getByText('Alex Kimさん経由で、2023年4月1日に勉強会で出会った').waitFor()
        await person.view().getByRole('button', { name: 'プロフィールを編集' }).click()
        await expect.poll(() => person.field('名前').inputValue()).toBe('佐藤 花子')
        const english = (await person.uiTexts())
          .map((text) => DATA.reduce((rest, data) => rest.split(data).join(''), text))
          .flatMap((text) => text.match(/[A-Za-z]{2,}/g) ?? [])
          .filter((word) => !['ISCO', 'ISIC', 'Ctrl', 'Shift', 'Control', 'Meta', 'Enter'].includes(word))
        expect(english).toEqual([])
        await keepScreenshot(page, 'person-page-ja')

        // The sample network opens apart from mine, says so, and one click brings me back.
        await shell.nav().getByRole('button', { name: 'サンプルネットワーク' }).click()
        const banner = page.getByRole('note')
        await expect.poll(() => banner.textContent(), { timeout: 15_000 }).toContain('サンプルネットワーク')
        await list.open()
        await expect.poll(() => list.list().getAttribute('aria-label')).toMatch(/1[0-9]{2}人/)
        await list.search('たなか')
        await expect.poll(async () => (await list.names()).length).toBeGreaterThan(0)
        await keepScreenshot(page, 'sample-people-ja')
        await banner.getByRole('button', { name: '自分のネットワークへ' }).click()
        await list.open()
        // My own list kept its search ("はなこ") while I was away; clearing it shows my two people.
        await expect.poll(() => list.names()).toEqual(['佐藤 花子'])
        await list.search('')
        await expect.poll(() => list.rows().count()).toBe(2)
      } finally {
        await app.close()
      }

      const mine = await graphOnDisk(dirs.dataDir, 'default')
      const alex = mine.people.find((p) => p.name === 'Alex Kim')!
      const hanako = mine.people.find((p) => p.name === '佐藤 花子')!
      expect(mine.people).toHaveLength(2)
      expect({ ...hanako, id: '', createdAt: 0, updatedAt: 0 }).toEqual({
        id: '',
        name: '佐藤 花子',
        reading: 'さとう はなこ',
        gender: 'woman',
        genderBasis: 'stated',
        birthYear: 1985,
        ageBand: null,
        occupation: { major: '2', subMajor: '25' },
        industry: 'J',
        fieldTags: ['UXリサーチ'],
        values: expect.arrayContaining(['self-direction', 'benevolence', 'universalism']) as unknown,
        organization: '株式会社みらい',
        location: '大阪市',
        handles: expect.arrayContaining([
          { kind: 'email', value: 'hanako@example.com' },
          { kind: 'url', value: 'https://hanako.example' },
        ]) as unknown,
        tags: ['メンター'],
        notes: '大切な相談相手',
        roles: ['advisor'],
        howWeMet: { where: '勉強会', when: '2023-04-01', introducedBy: alex.id },
        createdAt: 0,
        updatedAt: 0,
        deletedAt: null,
      })
      expect(mine.ties.map(({ kind, strength }) => ({ kind, strength }))).toEqual([{ kind: 'friend', strength: 3 }])
      const sample = await graphOnDisk(dirs.dataDir, 'sample')
      expect(sample.people.length).toBeGreaterThanOrEqual(100)
      expect(sample.people.some((p) => p.name === '佐藤 花子' && p.organization === '株式会社みらい')).toBe(false)
    })

    it('finds 佐藤 花子 by "sato", "さとう" and "Sato Hanako" in people search, the palette and quick capture, in both languages', async () => {
      const dirs = await freshDirs(`names-${target}`)
      const cli = async (...args: string[]) => {
        let out = ''
        const code = await runCli(['--data', dirs.dataDir, ...args], { out: (x) => (out += x), err: () => undefined })
        expect(code).toBe(0)
        return out.trim()
      }
      await cli('init')
      const hanako = await cli('person', 'add', '--name', '佐藤 花子', '--reading', 'さとう はなこ', '--role', 'advisor', '--occupation', '25', '--industry', 'J')
      await cli('person', 'add', '--name', '加藤 花', '--reading', 'かとう はな')
      const sho = await cli('person', 'add', '--name', '齋藤 翔', '--reading', 'さいとう しょう')
      await cli('tie', 'add', hanako, sho, '--kind', 'work', '--strength', '3')
      await cli('interaction', 'add', '--kind', 'consulted-them', '--person', hanako, '--note', '転職の相談')
      await cli('person', 'add', '--name', 'Hana Kim')
      const app: KizunaApp = await launchKizuna(target, dirs)
      const { page } = app
      const shell = new ShellPage(page)
      const list = new PeopleListPage(page)
      const flow = new WorkflowPage(page)
      try {
        await shell.startOwnNetwork()
        await shell.waitForOverview()
        const found: Record<string, unknown> = {}
        for (const language of ['en', 'ja'] as const) {
          await shell.setLanguage(language)
          for (const query of ['sato', 'さとう', 'Sato Hanako', 'hanako sato', '斎藤']) {
            await list.open()
            await list.search(query)
            await expect.poll(() => list.names()).not.toContain('加藤 花')
            const people = await list.names()

            await page.keyboard.press('Control+k')
            const palette = page.getByRole('dialog', { name: /Command palette|コマンドパレット/ })
            await palette.getByRole('combobox').fill(query)
            const options = palette.getByRole('option')
            await expect.poll(() => options.count()).toBeGreaterThan(0)
            const texts = await options.allTextContents()
            await palette.getByRole('combobox').press('Escape')

            await flow.openToday()
            // The line's own language picks the grammar: "met sato", 「さとうさんに会った」.
            const preview = await flow.previewOf(/^[a-z ]+$/iu.test(query) && language === 'en' ? `met ${query}` : `${query}さんに会った`)
            found[`${language} ${query}`] = { people, palette: [texts[0], texts.at(-1)], capture: preview.includes(query === '斎藤' ? '齋藤 翔' : '佐藤 花子') }
          }
          await flow
            .view()
            .getByLabel(/^(Quick capture|クイック記録)$/)
            .fill('')
          await page.keyboard.press('Control+k')
          await page.getByRole('dialog').getByRole('combobox').fill('sato')
          await keepScreenshot(page, `palette-${language}-light-${target}`)
          await page.emulateMedia({ colorScheme: 'dark' })
          await keepScreenshot(page, `palette-${language}-dark-${target}`)
          await page.emulateMedia({ colorScheme: 'light' })
          await page.keyboard.press('Escape')
          await page.getByRole('dialog').waitFor({ state: 'detached' })
          await list.open()
          await list.search('sato')
          await list.rows().first().click()
          await page.getByRole('heading', { level: 1, name: '佐藤 花子' }).waitFor()
          await keepScreenshot(page, `person-${language}-light-${target}`)
          await page.emulateMedia({ colorScheme: 'dark' })
          await keepScreenshot(page, `person-${language}-dark-${target}`)
          await page.emulateMedia({ colorScheme: 'light' })
        }
        const hanakoFound = (language: 'en' | 'ja') => ({
          people: ['佐藤 花子'],
          palette: [expect.stringContaining('佐藤 花子') as string, expect.stringMatching(language === 'en' ? /Add .* as a new person$/ : /新しい人として追加$/) as string],
          capture: true,
        })
        const saito = (language: 'en' | 'ja') => ({
          ...hanakoFound(language),
          people: ['齋藤 翔'],
          palette: [expect.stringContaining('齋藤 翔') as string, hanakoFound(language).palette[1]],
        })
        expect(found).toEqual(
          Object.fromEntries(
            (['en', 'ja'] as const).flatMap((language) =>
              ['sato', 'さとう', 'Sato Hanako', 'hanako sato', '斎藤'].map((q) => [`${language} ${q}`, q === '斎藤' ? saito(language) : hanakoFound(language)]),
            ),
          ),
        )
      } finally {
        await app.close()
      }
    })

    it('adds my own gender option, offers it on profiles, and hides it without taking it from anyone', async () => {
      const { dirs, app, page, shell, list, person } = await startOwnNetwork(target, 'genders')
      try {
        await list.open()
        await list.add('Kai')
        const offered = () => person.field('Gender').locator('option').allTextContents()
        expect(await offered()).not.toContain('Two-spirit')

        // From the profile, a link leads to the list in Settings.
        await person.view().getByRole('button', { name: 'Edit the gender options' }).click()
        const section = page.getByRole('region', { name: 'Gender options' })
        await section.getByLabel('In English').fill('Two-spirit')
        await section.getByLabel('In Japanese').fill('トゥー・スピリット')
        await section.getByRole('button', { name: 'Add option' }).click()
        await section.getByText('“Two-spirit” was added.').waitFor()
        // The same words again are refused, with a message.
        await section.getByLabel('In English').fill('two-spirit')
        await section.getByRole('button', { name: 'Add option' }).click()
        await expect.poll(() => section.getByRole('alert').textContent()).toBe('That option is already in the list.')

        await list.open()
        await list.add('Ren')
        await person.choose('Gender', 'Two-spirit')
        await shell.goTo(/Settings/)
        await section.getByRole('button', { name: 'Hide “Two-spirit”' }).click()
        await section.getByRole('button', { name: 'Offer “Two-spirit” again' }).waitFor()
        await section.scrollIntoViewIfNeeded()
        await keepScreenshot(page, 'settings-gender-options')

        // Hidden: not offered to Kai any more, while Ren keeps it.
        await list.open()
        await list.rows().filter({ hasText: 'Kai' }).click()
        await person.heading().filter({ hasText: 'Kai' }).waitFor()
        expect(await offered()).not.toContain('Two-spirit')
        await list.open()
        await list.rows().filter({ hasText: 'Ren' }).click()
        await person.heading().filter({ hasText: 'Ren' }).waitFor()
        // Ren's profile now has something to read: it opens as text, editing one click away.
        await person.view().locator('.profile-summary').getByText('Two-spirit').waitFor()
        await person.view().getByRole('button', { name: 'Edit profile' }).click()
        await expect.poll(() => person.field('Gender').evaluate((el) => (el as HTMLSelectElement).selectedOptions[0]?.textContent)).toBe('Two-spirit')
      } finally {
        await app.close()
      }
      const mine = await graphOnDisk(dirs.dataDir, 'default')
      expect(mine.genders).toEqual([{ id: expect.any(String) as unknown, label: { en: 'Two-spirit', ja: 'トゥー・スピリット' }, hidden: true }])
      expect(mine.people.find((p) => p.name === 'Ren')?.gender).toBe(mine.genders[0].id)
    })
  })
}
