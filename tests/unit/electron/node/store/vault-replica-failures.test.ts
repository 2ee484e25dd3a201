import * as fsp from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it, vi } from 'vitest'
import * as Y from 'yjs'
import { VaultReplica, VaultStoreError, parseLogRecords, selectBackupsToKeep } from '../../../../../electron/node/store'
import { faultyFs, manualClock, readEntries, setEntry, tempVault, testOptions } from './store-test-helpers'

const HOUR = 60 * 60 * 1000

describe('store failures', () => {
  it('reports ENOSPC on append as a typed error naming the file, keeps the doc, and writes after the disk recovers', async () => {
    const dir = await tempVault()
    const faults = faultyFs()
    const clock = manualClock()
    const replica = await VaultReplica.open(dir, testOptions({ fs: faults.fs, clock, backups: false, retryDelayMs: 500 }))
    const failures: VaultStoreError[] = []
    replica.onDidFail((error) => failures.push(error))
    setEntry(replica.doc, 'before', 1)
    await replica.whenFlushed()

    faults.fail((path) => path.endsWith('log.bin'), 'ENOSPC')
    setEntry(replica.doc, 'during', 2)
    const flushed = await replica.whenFlushed().catch((error: unknown) => error)
    expect(flushed).toBeInstanceOf(VaultStoreError)
    expect({ ...(flushed as VaultStoreError), message: (flushed as VaultStoreError).message }).toMatchObject({
      code: 'VAULT_STORE_IO',
      operation: 'append',
      errno: 'ENOSPC',
      file: join(dir, 'log.bin'),
      message: `Could not append ${join(dir, 'log.bin')}: the disk is full (ENOSPC)`,
    })
    expect(failures.map((error) => error.errno)).toEqual(['ENOSPC'])
    expect(readEntries(replica.doc)).toEqual({ before: 1, during: 2 })
    // The failed write was truncated away: the file holds only whole records.
    expect(parseLogRecords(await fsp.readFile(join(dir, 'log.bin'))).badTailReason).toBeNull()

    // Recovery without any new edit or flush: the retry timer writes the queued update.
    faults.heal()
    clock.advance(500)
    await vi.waitFor(async () => expect(parseLogRecords(await fsp.readFile(join(dir, 'log.bin'))).records).toHaveLength(2))
    await replica.close()
    const reopened = await VaultReplica.open(dir, testOptions({ backups: false }))
    expect(readEntries(reopened.doc)).toEqual({ before: 1, during: 2 })
    await reopened.close()
  })

  it('rejects applyUpdate (no acknowledgement) while the log is unwritable, and close waits for the disk', async () => {
    const dir = await tempVault()
    const faults = faultyFs()
    const replica = await VaultReplica.open(dir, testOptions({ fs: faults.fs, backups: false }))
    replica.onDidFail(() => undefined)
    const remote = new Y.Doc()
    setEntry(remote, 'x', 'y')
    faults.fail((path) => path.endsWith('log.bin'), 'EACCES')
    await expect(replica.applyUpdate(Y.encodeStateAsUpdate(remote), 'ipc')).rejects.toMatchObject({ errno: 'EACCES', operation: 'append' })
    await expect(replica.close()).rejects.toMatchObject({ errno: 'EACCES' })
    expect(readEntries(replica.doc)).toEqual({ x: 'y' })
    faults.heal()
    await replica.close()
    const reopened = await VaultReplica.open(dir, testOptions({ backups: false }))
    expect(readEntries(reopened.doc)).toEqual({ x: 'y' })
    await reopened.close()
  })

  it('reports a failed compaction and loses nothing: the log still holds every update', async () => {
    const dir = await tempVault()
    const faults = faultyFs()
    const replica = await VaultReplica.open(dir, testOptions({ fs: faults.fs, backups: false }))
    const failures: string[] = []
    replica.onDidFail((error) => failures.push(`${error.operation} ${error.errno}`))
    setEntry(replica.doc, 'a', 1)
    faults.fail((path) => path.includes('snapshot'), 'ENOSPC')
    await expect(replica.compact()).rejects.toMatchObject({ operation: 'compact', file: join(dir, 'snapshot.bin') })
    setEntry(replica.doc, 'b', 2)
    await replica.whenFlushed()
    faults.heal()
    await replica.close()
    const reopened = await VaultReplica.open(dir, testOptions({ backups: false }))
    expect({ failures, entries: readEntries(reopened.doc), snapshot: reopened.loadReport.snapshot }).toEqual({
      failures: ['compact ENOSPC'],
      entries: { a: 1, b: 2 },
      snapshot: 'ok',
    })
    await reopened.close()
  })
})

describe('hourly backups', () => {
  it('takes one backup per hour of changes, skips unchanged hours, and prunes by the retention policy', async () => {
    const dir = await tempVault()
    const clock = manualClock(Date.UTC(2026, 0, 15, 12, 0))
    const replica = await VaultReplica.open(dir, testOptions({ clock }))
    clock.advance(0)
    await replica.whenIdle()
    expect(await replica.listBackups()).toEqual([]) // an empty doc is not backed up

    for (let hour = 1; hour <= 30; hour++) {
      setEntry(replica.doc, `h${hour}`, hour)
      clock.advance(HOUR)
      await replica.whenIdle()
    }
    clock.advance(HOUR) // nothing changed in this hour
    await replica.whenIdle()

    const backups = await replica.listBackups()
    // Pruning runs when a backup is taken: the last one was an hour ago.
    const keptByPolicy = selectBackupsToKeep(backups, new Date(clock.now() - HOUR))
    expect({ count: backups.length, newest: backups[0]?.id, allKept: backups.every((b) => keptByPolicy.has(b.id)) }).toEqual({
      // Jan 15 19:00 .. Jan 16 18:00 hourly; Jan 15's last (23:00) is among them.
      count: 24,
      newest: '2026-01-16T18-00-00-000Z',
      allKept: true,
    })
    const restored = new Y.Doc()
    Y.applyUpdate(restored, await replica.readBackup(backups[0].id))
    expect(Object.keys(readEntries(restored))).toHaveLength(30)
    await replica.close()
  })
})
