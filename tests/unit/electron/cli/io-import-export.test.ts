/**
 * `kizuna import` and `kizuna export` in-process: summaries, dry runs that write nothing, every
 * error path (exit 1 for the command line, exit 2 with FILE:LINE for the data, vault unchanged),
 * every export format, and import through the holder's control socket.
 */
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { runCli } from '../../../../electron/cli/run'
import { runBuilt, startHolder, type Holder } from './fixtures/cli-process'

const FIXTURES = resolve(import.meta.dirname, '../../../fixtures/io')
const cleanups: (() => Promise<unknown>)[] = []
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup()
})

async function tempDir(init = true): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'kizuna-io-cli-'))
  cleanups.push(() => rm(dir, { recursive: true, force: true }))
  if (init) expect((await cli('--data', dir, 'init')).code).toBe(0)
  return dir
}

async function cli(...argv: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = ''
  let stderr = ''
  const code = await runCli(argv, { out: (t) => void (stdout += t), err: (t) => void (stderr += t) })
  return { code, stdout, stderr }
}

async function people(dir: string): Promise<string[]> {
  const listed = await cli('--data', dir, 'person', 'list', '--json')
  return (JSON.parse(listed.stdout) as { name: string }[]).map((p) => p.name).sort()
}

describe('kizuna import', () => {
  it('imports a vCard file, merges a duplicate on re-import, and a dry run writes nothing', async () => {
    const dir = await tempDir()
    const file = join(FIXTURES, 'apple-contacts-3.0.vcf')
    const dry = await cli('--data', dir, 'import', file, '--dry-run')
    expect(dry).toMatchObject({ code: 0, stderr: '' })
    expect(dry.stdout).toMatch(
      /^Dry run \(nothing written\): .*apple-contacts-3.0.vcf: vCard, 3 entries\.\nWould add 3, merge 0 into an earlier entry of the file and 0 into people already there, skip 0\.\n$/,
    )
    expect(await people(dir)).toEqual([])

    const first = await cli('--data', dir, 'import', file)
    expect(first.stdout).toContain('Added 3, merged 0 into an earlier entry of the file and 0 into people already there, skipped 0.')
    const names = await people(dir)
    expect(names).toHaveLength(3)

    const again = await cli('--data', dir, 'import', file, '--on-duplicate', 'keep', '--json')
    expect(JSON.parse(again.stdout)).toMatchObject({ format: 'vcard', counts: { entries: 3, added: 0, mergedIntoVault: 3, mergedInFile: 0, skipped: 0 }, dryRun: false })
    expect(await people(dir)).toEqual(names)
  })

  it('reads each format when named, and LinkedIn by detection', async () => {
    const dir = await tempDir()
    expect((await cli('--data', dir, 'import', join(FIXTURES, 'linkedin-connections.csv'))).code).toBe(0)
    expect((await cli('--data', dir, 'import', join(FIXTURES, 'google-contacts.csv'), '--format', 'google', '--on-duplicate', 'skip')).code).toBe(0)
    expect((await people(dir)).length).toBeGreaterThan(3)
  })

  it('rejects bad files with exit 2 and FILE:LINE, leaving the vault unchanged', async () => {
    const dir = await tempDir()
    await cli('--data', dir, 'import', join(FIXTURES, 'android-4.0.vcf'))
    const before = await cli('--data', dir, 'export', '--format', 'json', '-')
    const bad = join(dir, 'bad.vcf')
    await writeFile(bad, 'BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Cut Short\r\n')
    const cases: [string[], RegExp][] = [
      [[bad], /bad\.vcf:1: card 1, line 1: the card has no END:VCARD/],
      [[join(dir, 'missing.vcf')], /missing\.vcf: cannot read the file \(ENOENT\)/],
      [[join(FIXTURES, 'linkedin-connections.csv'), '--format', 'vcard'], /linkedin-connections\.csv:\d+: /],
      [[join(FIXTURES, 'schemas')], /schemas: cannot read the file/],
    ]
    for (const [args, message] of cases) {
      const result = await cli('--data', dir, 'import', ...args)
      expect(result.code).toBe(2)
      expect(result.stderr).toMatch(message)
    }
    const after = await cli('--data', dir, 'export', '--format', 'json', '-')
    const strip = (text: string) => text.replace(/"exportedAt": "[^"]+"/, '')
    expect(strip(after.stdout)).toBe(strip(before.stdout))
  })

  it('rejects a bad command line with exit 1', async () => {
    const dir = await tempDir()
    expect((await cli('--data', dir, 'import')).code).toBe(1)
    expect((await cli('--data', dir, 'import', 'x.vcf', '--format', 'xml')).stderr).toMatch(/--format: unknown value "xml"/)
    expect((await cli('--data', dir, 'import', 'x.vcf', '--on-duplicate', 'ask')).code).toBe(1)
    expect((await cli('--data', dir, 'export', '--format', 'pdf', 'out')).code).toBe(1)
    expect((await cli('--data', dir, 'export', 'out')).stderr).toMatch(/--format is required/)
  })
})

describe('kizuna export', () => {
  it('writes every format; egor as three files with a common prefix', async () => {
    const dir = await tempDir()
    await cli('--data', dir, 'import', join(FIXTURES, 'apple-contacts-3.0.vcf'))
    for (const [format, name, marker] of [
      ['csv', 'p.csv', 'name'],
      ['vcard', 'p.vcf', 'BEGIN:VCARD'],
      ['gexf', 'p.gexf', '<gexf'],
      ['graphml', 'p.graphml', '<graphml'],
      ['json', 'p.json', '"format": "kizuna"'],
    ] as const) {
      const result = await cli('--data', dir, 'export', '--format', format, join(dir, name))
      expect(result).toMatchObject({ code: 0, stderr: '' })
      expect(await readFile(join(dir, name), 'utf8')).toContain(marker)
    }
    const egor = await cli('--data', dir, 'export', '--format', 'egor', join(dir, 'net.csv'))
    expect(egor.stdout).toContain('net-egos.csv')
    for (const part of ['egos', 'alters', 'aaties']) expect(await readFile(join(dir, `net-${part}.csv`), 'utf8')).not.toBe('')
    expect((await cli('--data', dir, 'export', '--format', 'egor', '-')).code).toBe(1)
    expect((await cli('--data', dir, 'export', '--format', 'csv', join(dir, 'no-such-folder', 'x.csv'))).code).toBe(2)
  })
})

describe('kizuna import while the vault is held', () => {
  it('imports through the holder (built CLI)', async () => {
    const dir = await tempDir(false)
    expect((await runBuilt(['--data', dir, 'init'])).code).toBe(0)
    const holder: Holder = await startHolder(dir)
    cleanups.push(() => holder.stop())
    const result = await runBuilt(['--data', dir, 'import', join(FIXTURES, 'apple-contacts-3.0.vcf')])
    expect(result).toMatchObject({ code: 0, stderr: '' })
    expect((await holder.ask()).graph.people).toHaveLength(3)
    const bad = await runBuilt(['--data', dir, 'import', join(FIXTURES, 'schemas')])
    expect(bad.code).toBe(2)
  })
})
