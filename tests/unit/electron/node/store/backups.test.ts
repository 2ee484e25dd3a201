import * as fsp from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { listBackups, parseBackupId, pruneBackups, readBackup, selectBackupsToKeep, writeBackup } from '../../../../../electron/node/store'
import { tempVault } from './store-test-helpers'

const HOUR = 60 * 60 * 1000
const DAY = 24 * HOUR
const NOW = Date.UTC(2026, 5, 30, 12, 30)
const stamp = (msBeforeNow: number): { id: string; takenAt: Date } => ({ id: `t-${msBeforeNow / HOUR}h`, takenAt: new Date(NOW - msBeforeNow) })
const kept = (agesMs: number[]): string[] => [...selectBackupsToKeep(agesMs.map(stamp), new Date(NOW))].sort()

describe('selectBackupsToKeep', () => {
  it('keeps every hourly backup of the last 24 hours and drops older ones whose day is already covered', () => {
    const hourly = Array.from({ length: 30 }, (_, i) => i * HOUR)
    // 24h..29h ago is June 29, 07:30..12:30 UTC; June 29's newest backup (23:30, 13h ago) is kept hourly.
    expect(kept(hourly)).toEqual(Array.from({ length: 24 }, (_, i) => `t-${i}h`).sort())
  })

  it('keeps the newest backup per calendar hour when several fall in one hour', () => {
    // NOW is 12:30 UTC: 12:30, 12:15 and 12:00 share one hour; 11:45 has the hour before to itself.
    expect(kept([0, 0.25 * HOUR, 0.5 * HOUR, 0.75 * HOUR])).toEqual(['t-0.75h', 't-0h'])
  })

  it('keeps one per UTC day for 30 days, then nothing but the newest', () => {
    const daily = Array.from({ length: 40 }, (_, i) => i * DAY + 2 * HOUR)
    expect(kept(daily)).toEqual(Array.from({ length: 30 }, (_, i) => `t-${i * 24 + 2}h`).sort())
  })

  it('never deletes the only (old) backup, nor backups dated in the future', () => {
    expect(kept([90 * DAY, 120 * DAY, -3 * HOUR])).toEqual(['t--3h', 't-2160h'])
  })

  it('is stable: what one run keeps, a run an hour later does not regret', () => {
    const stamps = Array.from({ length: 200 }, (_, i) => stamp(i * 37 * 60 * 1000))
    const first = selectBackupsToKeep(stamps, new Date(NOW))
    const survivors = stamps.filter((s) => first.has(s.id))
    const later = selectBackupsToKeep(survivors, new Date(NOW + HOUR))
    const laterFromAll = selectBackupsToKeep(stamps, new Date(NOW + HOUR))
    expect([...later].sort()).toEqual([...laterFromAll].sort())
  })
})

describe('backup files', () => {
  it('writes, lists newest first with date and size, reads back, and prunes by policy', async () => {
    const vault = await tempVault()
    const update = Uint8Array.from([9, 8, 7])
    for (const age of [0, HOUR, 2 * DAY, 40 * DAY]) await writeBackup(vault, update, NOW - age)
    await fsp.writeFile(join(vault, 'backups', 'notes.txt'), 'not a backup')
    const listed = await listBackups(vault)
    expect(listed).toEqual([
      { id: '2026-06-30T12-30-00-000Z', takenAt: new Date(NOW), size: 19 },
      { id: '2026-06-30T11-30-00-000Z', takenAt: new Date(NOW - HOUR), size: 19 },
      { id: '2026-06-28T12-30-00-000Z', takenAt: new Date(NOW - 2 * DAY), size: 19 },
      { id: '2026-05-21T12-30-00-000Z', takenAt: new Date(NOW - 40 * DAY), size: 19 },
    ])
    expect([...(await readBackup(vault, listed[1].id))]).toEqual([9, 8, 7])
    expect(await pruneBackups(vault, new Date(NOW))).toEqual(['2026-05-21T12-30-00-000Z'])
    expect((await listBackups(vault)).map((b) => b.id)).toEqual(listed.slice(0, 3).map((b) => b.id))
  })

  it('refuses ids that are not backup ids (no path tricks) and reports a corrupt backup', async () => {
    const vault = await tempVault()
    const info = await writeBackup(vault, Uint8Array.from([1, 2]), NOW)
    await fsp.appendFile(join(vault, 'backups', `${info.id}.snapshot`), 'junk')
    expect(parseBackupId('../../etc/passwd')).toBeNull()
    await expect(readBackup(vault, '../snapshot')).rejects.toThrow('Not a backup id')
    await expect(readBackup(vault, info.id)).rejects.toMatchObject({ code: 'VAULT_CORRUPT_FILE' })
    expect(await listBackups(await tempVault())).toEqual([])
  })
})
