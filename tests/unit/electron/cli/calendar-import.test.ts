/**
 * `kizuna import meetings.ics` as a user runs it: the built CLI in a child process, on a real
 * data folder. The clock is the machine's: the window is pinned with --since, and every meeting
 * of the fixture lies before today, so what is logged does not move with the date.
 */
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { runBuilt as runBuiltAnywhere } from './fixtures/cli-process'

/** The user lives in Tokyo: meetings are dated on their calendar (a UTC 18:00 meeting is the next day there). */
const runBuilt = (args: string[]) => runBuiltAnywhere(args, { TZ: 'Asia/Tokyo' })
const CALENDAR = resolve(import.meta.dirname, '../../../fixtures/io/calendar')
const cleanups: (() => Promise<unknown>)[] = []
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup()
})

const CONTACTS = [
  'BEGIN:VCARD',
  'VERSION:3.0',
  'FN:佐藤 花子',
  'EMAIL:hanako@example.org',
  'END:VCARD',
  'BEGIN:VCARD',
  'VERSION:3.0',
  'FN:Bob Smith',
  'EMAIL:bob@work.example',
  'END:VCARD',
  '',
].join('\r\n')

async function vaultWithContacts(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'kizuna-ics-cli-'))
  cleanups.push(() => rm(dir, { recursive: true, force: true }))
  expect((await runBuilt(['--data', dir, 'init'])).code).toBe(0)
  await writeFile(join(dir, 'contacts.vcf'), CONTACTS)
  expect((await runBuilt(['--data', dir, 'import', join(dir, 'contacts.vcf')])).code).toBe(0)
  return dir
}

async function interactions(dir: string): Promise<string[]> {
  expect((await runBuilt(['--data', dir, 'export', '--format', 'json', join(dir, 'backup.json')])).code).toBe(0)
  const backup = JSON.parse(await readFile(join(dir, 'backup.json'), 'utf8')) as { graph: { interactions: { date: string; note: string }[] } }
  return backup.graph.interactions.map((i) => `${i.date} ${i.note}`).sort()
}

describe('kizuna import meetings.ics (built CLI, child process)', () => {
  it('logs past meetings with known people, a dry run writes nothing, and a re-import adds nothing', async () => {
    const dir = await vaultWithContacts()
    const file = join(CALENDAR, 'google-outlook.ics')
    const dry = await runBuilt(['--data', dir, 'import', file, '--since', '2025-01-01', '--dry-run'])
    expect(dry).toMatchObject({ code: 0, stderr: '' })
    expect(dry.stdout).toContain(': iCalendar (.ics), 6 entries.')
    expect(dry.stdout).toMatch(/\n12 past meetings from 2025-01-01 to \d{4}-\d{2}-\d{2}: would log 11 meetings and 0 follow-ups \(not logged: 1 with nobody you know\)\.\n/)
    expect(await interactions(dir)).toEqual([])

    const first = await runBuilt(['--data', dir, 'import', file, '--since', '2025-01-01', '--json'])
    expect(first).toMatchObject({ code: 0, stderr: '' })
    expect(JSON.parse(first.stdout)).toMatchObject({
      format: 'ics',
      counts: { entries: 6, added: 0, mergedIntoVault: 2, skipped: 4 },
      calendar: { meetings: 12, interactions: 11, followUps: 0, alreadyImported: 0, alreadyLogged: 0, noOneKnown: 1, since: '2025-01-01' },
      dryRun: false,
    })
    const logged = await interactions(dir)
    expect(logged).toEqual([
      '2025-11-20 Team offsite',
      '2026-01-05 Team sync',
      '2026-01-16 Dinner in New York',
      '2026-01-19 Team sync',
      '2026-01-27 Team sync (moved to Tuesday)',
      '2026-02-02 Team sync',
      '2026-02-10 1:1 with Hanako',
      '2026-02-16 Team sync',
      '2026-02-23 Team sync',
      '2026-03-16 Coffee with Daisuke',
      '2026-04-10 Next 1:1 with Hanako',
    ])

    const again = await runBuilt(['--data', dir, 'import', file, '--since', '2025-01-01'])
    expect(again).toMatchObject({ code: 0, stderr: '' })
    expect(again.stdout).toMatch(/logged 0 meetings and 0 follow-ups \(not logged: 11 imported before, 1 with nobody you know\)\./)
    expect(await interactions(dir)).toEqual(logged)
  }, 120_000)

  it('refuses a malformed calendar with FILE:LINE and writes nothing', async () => {
    const dir = await vaultWithContacts()
    const file = join(CALENDAR, 'malformed.ics')
    const result = await runBuilt(['--data', dir, 'import', file])
    expect(result.code).toBe(2)
    expect(result.stderr).toContain(`${file}:67: line 67: DTSTART "2026-01-15 19:30" is not a date (YYYYMMDD) or a date and time (YYYYMMDDTHHMMSS)`)
    expect(await interactions(dir)).toEqual([])
    const usage = await runBuilt(['--data', dir, 'import', join(CALENDAR, 'google-outlook.ics'), '--since', '2025-02-30'])
    expect(usage.code).toBe(1)
    expect(usage.stderr).toContain('import: --since: "2025-02-30" is not a date (YYYY-MM-DD)')
  }, 120_000)
})
