/**
 * `kizuna import`'s report adds up and never merges on a suggestion unless asked: the hard pairs
 * (tests/fixtures/io/hard-pairs.vcf) in text, --json and --dry-run, and every format's counts
 * summing to the entries of its file.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { addPerson } from '../../../../shared/graph'
import { stringifyVaultJson } from '../../../../shared/io'
import { runCli } from '../../../../electron/cli/run'
import type { ImportSummary } from '../../../../electron/node/commands/io-commands'

const FIXTURES = resolve(import.meta.dirname, '../../../fixtures/io')
const HARD_PAIRS = join(FIXTURES, 'hard-pairs.vcf')
const cleanups: (() => Promise<unknown>)[] = []
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup()
})

async function cli(...argv: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = ''
  let stderr = ''
  const code = await runCli(argv, { out: (t) => void (stdout += t), err: (t) => void (stderr += t) })
  return { code, stdout, stderr }
}

async function vault(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'kizuna-import-report-'))
  cleanups.push(() => rm(dir, { recursive: true, force: true }))
  expect((await cli('--data', dir, 'init')).code).toBe(0)
  return dir
}

async function names(dir: string): Promise<string[]> {
  return (JSON.parse((await cli('--data', dir, 'person', 'list', '--json')).stdout) as { name: string }[]).map((p) => p.name).sort()
}

async function importJson(dir: string, ...args: string[]): Promise<ImportSummary> {
  const result = await cli('--data', dir, 'import', ...args, '--json')
  expect(result).toMatchObject({ code: 0, stderr: '' })
  return JSON.parse(result.stdout) as ImportSummary
}

const sum = ({ counts: c }: ImportSummary) => c.added + c.mergedIntoVault + c.mergedInFile + c.skipped

describe('kizuna import: the hard pairs', () => {
  it('keeps suggestions as new people, says so, and every entry is counted once', async () => {
    const dir = await vault()
    const dry = await cli('--data', dir, 'import', HARD_PAIRS, '--dry-run')
    expect(await names(dir)).toEqual([])
    const run = await cli('--data', dir, 'import', HARD_PAIRS)
    expect(run.code).toBe(0)
    expect(run.stdout).toBe(
      [
        `${HARD_PAIRS}: vCard, 11 entries.`,
        'Added 8, merged 2 into an earlier entry of the file and 0 into people already there, skipped 1 (1 with no name, organisation, email or phone).',
        'Merged:',
        '  card 8, line 78: 山田 花子 into 山田 花子 (card 7, line 67, earlier in the file): same email, same name',
        '  card 10, line 93: 齋藤 健 into 斎藤 健 (card 9, line 86, earlier in the file): same phone',
        'Suggestions kept as new people (merge them with --merge-suggestions, or one by one with "Merge with…" in the app):',
        '  card 4, line 32: John Smith may be Jon Smith (card 3, line 23, earlier in the file): similar name at the same organisation',
        '  card 6, line 54: 田中 二郎 may be 田中 一郎 (card 5, line 40, earlier in the file): same phone, but each has their own email or phone',
        `warning: ${HARD_PAIRS}:104: skipped: no name, organisation, email or phone`,
        '',
      ].join('\n'),
    )
    // The dry run says the same, in the conditional.
    expect(dry.stdout.split('\n').slice(2, 8)).toEqual(['Would merge:', ...run.stdout.split('\n').slice(3, 5), ...run.stdout.split('\n').slice(5, 8)])
    expect(await names(dir)).toEqual(['John Smith', 'Jon Smith', 'Kei Sato', 'Ken Sato', '山田 花子', '斎藤 健', '田中 一郎', '田中 二郎'])
  })

  it('--json carries the counts, each merge with its reasons, and the suggestions', async () => {
    const dir = await vault()
    const summary = await importJson(dir, HARD_PAIRS)
    expect(summary.counts).toEqual({ entries: 11, added: 8, mergedIntoVault: 0, mergedInFile: 2, skipped: 1, unreadable: 1 })
    expect(summary.merges.map((m) => [m.name, m.into.name, m.reasons, m.certain])).toEqual([
      ['山田 花子', '山田 花子', ['email', 'same-name'], true],
      ['齋藤 健', '斎藤 健', ['phone'], true],
    ])
    expect(summary.suggestions.map((m) => [m.name, m.into, m.reasons, m.certain, m.action])).toEqual([
      ['John Smith', { kind: 'file', at: { card: 3, line: 23 }, name: 'Jon Smith' }, ['similar-name'], false, 'new'],
      ['田中 二郎', { kind: 'file', at: { card: 5, line: 40 }, name: '田中 一郎' }, ['phone', 'own-handles'], false, 'new'],
    ])
  })

  it('merges suggestions with --merge-suggestions, and names the vault person a re-import merges into', async () => {
    const dir = await vault()
    const merged = await importJson(dir, HARD_PAIRS, '--merge-suggestions')
    expect(merged.counts).toMatchObject({ added: 6, mergedInFile: 4, skipped: 1 })
    expect(await names(dir)).toEqual(['Jon Smith', 'Kei Sato', 'Ken Sato', '山田 花子', '斎藤 健', '田中 一郎'])
    const again = await importJson(dir, HARD_PAIRS)
    expect(again.counts).toEqual({ entries: 11, added: 0, mergedIntoVault: 10, mergedInFile: 0, skipped: 1, unreadable: 1 })
    expect(again.merges[0]).toMatchObject({ name: 'Ken Sato', into: { kind: 'vault', name: 'Ken Sato' }, reasons: ['same-key', 'unchanged', 'email', 'phone', 'same-name'] })
  })
})

describe('kizuna import: the same name in another script', () => {
  it('suggests 佐藤 花子 (さとう はなこ) for LinkedIn\'s "Hanako Sato", says why, and keeps her apart until told', async () => {
    const dir = await vault()
    expect((await cli('--data', dir, 'person', 'add', '--name', '佐藤 花子', '--reading', 'さとう はなこ')).code).toBe(0)
    const file = join(FIXTURES, 'linkedin-other-script.csv')
    const run = await cli('--data', dir, 'import', file)
    expect(run.stdout.split('\n').slice(1)).toEqual([
      'Added 2, merged 0 into an earlier entry of the file and 0 into people already there, skipped 0.',
      'Suggestions kept as new people (merge them with --merge-suggestions, or one by one with "Merge with…" in the app):',
      '  row 1, line 5: Hanako Sato may be 佐藤 花子 (already there): same name in another script or spelling',
      '',
    ])
    expect(await names(dir)).toEqual(['Hanako Sato', 'Kenji Mori', '佐藤 花子'])
  })
})

describe('kizuna import: counts add up to the entries of the file, in every format', () => {
  // Entries counted by hand from the fixtures: cards, data rows, a backup's live people.
  const cases: [string, string[], number][] = [
    ['vCard', [join(FIXTURES, 'apple-contacts-3.0.vcf')], 3],
    ['vCard (feature phone)', [join(FIXTURES, 'feature-phone-2.1.vcf')], 2],
    ['LinkedIn', [join(FIXTURES, 'linkedin-connections.csv')], 4],
    ['Google', [join(FIXTURES, 'google-contacts.csv')], 3],
    ['Google (older layout)', [join(FIXTURES, 'google-contacts-old.csv')], 1],
  ]
  for (const [what, args, entries] of cases) {
    it(`${what}: into an empty vault, then again into the vault it made, and as a dry run`, async () => {
      const dir = await vault()
      for (const summary of [await importJson(dir, ...args), await importJson(dir, ...args), await importJson(dir, ...args, '--dry-run', '--on-duplicate', 'skip')]) {
        expect(summary.counts.entries).toBe(entries)
        expect(sum(summary)).toBe(entries)
      }
    })
  }

  it('Kizuna JSON: a backup of near-namesakes restores whole into an empty vault, and into a non-empty one ids decide', async () => {
    // Near-identical names at one organisation, some without any contact details: all distinct people.
    const source = new Y.Doc()
    for (const [i, name] of ['Ken Sato', 'Kei Sato', 'Ken Saito', 'Ken Sato'].entries()) {
      addPerson(source, { id: `p${i}`, name, organization: 'Hoshino', handles: i % 2 === 0 ? [] : [{ kind: 'email', value: 'shared@hoshino.example' }] })
    }
    const backup = join(await vault(), 'backup.json')
    await writeFile(backup, stringifyVaultJson(source))
    const empty = await vault()
    const restored = await importJson(empty, backup)
    expect(restored.counts).toEqual({ entries: 4, added: 4, mergedIntoVault: 0, mergedInFile: 0, skipped: 0, unreadable: 0 })
    expect(await names(empty)).toEqual(['Kei Sato', 'Ken Saito', 'Ken Sato', 'Ken Sato'])
    const again = await importJson(empty, backup)
    expect(again.counts).toMatchObject({ entries: 4, mergedIntoVault: 4 })
    expect(sum(again)).toBe(4)
  })
})
