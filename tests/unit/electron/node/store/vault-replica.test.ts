import * as fsp from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { VaultLockedError, VaultReplica, parseLogRecords } from '../../../../../electron/node/store'
import { openThreeGenerations, readEntries, setEntry, tempVault, testOptions } from './store-test-helpers'

const files = async (dir: string): Promise<string[]> => (await fsp.readdir(dir)).sort()

describe('VaultReplica', () => {
  it('round-trips edits across a restart and reports a new vault as empty', async () => {
    const dir = await tempVault()
    const first = await VaultReplica.open(dir, testOptions({ backups: false }))
    expect(first.loadReport).toEqual({
      snapshot: 'missing',
      snapshotKeptAs: [],
      logRecords: 0,
      previousLogRecords: 0,
      skippedTail: null,
      wasEmpty: true,
      staleLockCleared: false,
      removedTempFiles: [],
      unreadableUpdates: 0,
      recordsKeptAs: [],
      backupUsed: null,
      damagedLeftInPlace: [],
    })
    setEntry(first.doc, 'a', 1)
    setEntry(first.doc, 'b', { nested: ['x'] })
    await first.whenFlushed()
    // Durable before close: a second process reading the files now would find both records.
    expect(parseLogRecords(await fsp.readFile(join(dir, 'log.bin'))).records).toHaveLength(2)
    await first.close()
    expect(await files(dir)).toEqual(['index.json', 'log.bin', 'log.prev', 'snapshot.bin', 'snapshot.prev'])

    const second = await VaultReplica.open(dir, testOptions({ backups: false }))
    expect({ entries: readEntries(second.doc), snapshot: second.loadReport.snapshot, wasEmpty: second.loadReport.wasEmpty }).toEqual({
      entries: { a: 1, b: { nested: ['x'] } },
      snapshot: 'ok',
      wasEmpty: false,
    })
    await second.close()
  })

  it('refuses a second open of a held vault and allows it after close', async () => {
    const dir = await tempVault()
    const first = await VaultReplica.open(dir, testOptions())
    await expect(VaultReplica.open(dir, testOptions())).rejects.toBeInstanceOf(VaultLockedError)
    await first.close()
    await (await VaultReplica.open(dir, testOptions())).close()
  })

  it('applyUpdate resolves only once the update is on disk, and keeps updates whose dependencies are missing', async () => {
    const dir = await tempVault()
    const replica = await VaultReplica.open(dir, testOptions({ backups: false }))
    const remote = new Y.Doc()
    const updates: Uint8Array[] = []
    remote.on('update', (update: Uint8Array) => updates.push(update))
    setEntry(remote, 'first', 1)
    setEntry(remote, 'second', 2)
    // Deliver the second update before the first: Yjs holds it as pending, not in any 'update' event.
    await replica.applyUpdate(updates[1], 'ipc')
    const onDisk = parseLogRecords(await fsp.readFile(join(dir, 'log.bin'))).records
    expect(onDisk.map((record) => Buffer.from(record).equals(updates[1]))).toEqual([true])
    await replica.applyUpdate(updates[0], 'ipc')
    await replica.close()
    const reopened = await VaultReplica.open(dir, testOptions({ backups: false }))
    expect(readEntries(reopened.doc)).toEqual({ first: 1, second: 2 })
    await reopened.close()
  })

  it.each([
    ['truncated', (file: Buffer) => file.subarray(0, file.length - 3), 3],
    ['bit-flipped', (file: Buffer) => Buffer.from(file.map((b, i) => (i === file.length - 2 ? b ^ 0x04 : b))), 0],
  ])('skips a %s last log record, loads earlier ones, keeps the tail aside', async (_name, damage, bytesCut) => {
    const dir = await tempVault()
    const replica = await VaultReplica.open(dir, testOptions({ backups: false }))
    for (const key of ['a', 'b', 'c']) setEntry(replica.doc, key, key.toUpperCase())
    await replica.whenFlushed()
    const log = await fsp.readFile(join(dir, 'log.bin'))
    const lastRecordBytes = 8 + parseLogRecords(log).records[2].length
    await replica.close()
    // Recreate the state of a crash mid-write: no snapshot covers the log yet.
    for (const name of ['snapshot.bin', 'snapshot.prev', 'log.prev']) await fsp.rm(join(dir, name))
    await fsp.writeFile(join(dir, 'log.bin'), damage(log))

    const reopened = await VaultReplica.open(dir, testOptions({ backups: false }))
    const keptAs = reopened.loadReport.skippedTail?.keptAs ?? ''
    expect({ entries: readEntries(reopened.doc), report: reopened.loadReport }).toMatchObject({
      entries: { a: 'A', b: 'B' },
      report: { snapshot: 'missing', logRecords: 2, wasEmpty: false, skippedTail: { bytes: lastRecordBytes - bytesCut } },
    })
    expect(keptAs.startsWith(join(dir, 'corrupt-'))).toBe(true)
    expect((await fsp.readFile(keptAs)).length).toBe(reopened.loadReport.skippedTail?.bytes)
    setEntry(reopened.doc, 'd', 'D')
    await reopened.close()
    const third = await VaultReplica.open(dir, testOptions({ backups: false }))
    expect({ entries: readEntries(third.doc), tail: third.loadReport.skippedTail }).toEqual({ entries: { a: 'A', b: 'B', d: 'D' }, tail: null })
    await third.close()
  })

  it('falls back to snapshot.prev plus log.prev when snapshot.bin is corrupt, losing nothing, and says so', async () => {
    const { dir, replica } = await openThreeGenerations()
    await replica.close()
    const snapshot = await fsp.readFile(join(dir, 'snapshot.bin'))
    snapshot[snapshot.length - 1] ^= 0xff
    await fsp.writeFile(join(dir, 'snapshot.bin'), snapshot)

    const recovered = await VaultReplica.open(dir, testOptions({ backups: false }))
    expect({ entries: readEntries(recovered.doc), snapshot: recovered.loadReport.snapshot, kept: recovered.loadReport.snapshotKeptAs.length }).toEqual({
      entries: { a: 1, b: 2, c: 3 },
      snapshot: 'corrupt-recovered-from-prev',
      kept: 1,
    })
    expect(await fsp.readFile(recovered.loadReport.snapshotKeptAs[0])).toEqual(snapshot)
    await recovered.close()
    const healed = await VaultReplica.open(dir, testOptions({ backups: false }))
    expect({ entries: readEntries(healed.doc), snapshot: healed.loadReport.snapshot }).toEqual({ entries: { a: 1, b: 2, c: 3 }, snapshot: 'ok' })
    await healed.close()
  })

  it('loads what the logs hold when no snapshot is usable, and reports corrupt', async () => {
    const dir = await tempVault()
    const replica = await VaultReplica.open(dir, testOptions({ backups: false }))
    setEntry(replica.doc, 'a', 1)
    await replica.close()
    await fsp.writeFile(join(dir, 'snapshot.bin'), 'garbage')
    await fsp.writeFile(join(dir, 'snapshot.prev'), 'garbage')
    const reopened = await VaultReplica.open(dir, testOptions({ backups: false }))
    // log.prev held the edit that the (now garbage) snapshots covered.
    expect({ entries: readEntries(reopened.doc), snapshot: reopened.loadReport.snapshot, kept: reopened.loadReport.snapshotKeptAs.length }).toEqual({
      entries: { a: 1 },
      snapshot: 'corrupt',
      kept: 2,
    })
    await reopened.close()
  })

  it('keeps edits made while a compaction is running (they land in the new log)', async () => {
    const dir = await tempVault()
    const replica = await VaultReplica.open(dir, testOptions({ backups: false }))
    setEntry(replica.doc, 'before', 0)
    const compacted = replica.compact()
    for (let i = 0; i < 20; i++) setEntry(replica.doc, `during${i}`, i)
    await Promise.all([compacted, replica.whenFlushed()])
    // Simulate a crash now: only the files matter. Drop the lock as a dead process would.
    const copy = await tempVault()
    for (const name of await files(dir)) if (name !== 'LOCK') await fsp.copyFile(join(dir, name), join(copy, name))
    await replica.close()
    const reopened = await VaultReplica.open(copy, testOptions({ backups: false }))
    expect(Object.keys(readEntries(reopened.doc)).sort()).toEqual(['before', ...Array.from({ length: 20 }, (_, i) => `during${i}`)].sort())
    await reopened.close()
  })

  it('compacts automatically after N records, keeping the log short', async () => {
    const dir = await tempVault()
    const replica = await VaultReplica.open(dir, testOptions({ backups: false, compactEvery: { records: 5 } }))
    for (let i = 0; i < 12; i++) setEntry(replica.doc, `k${i}`, i)
    await replica.whenIdle()
    const logRecords = parseLogRecords(await fsp.readFile(join(dir, 'log.bin'))).records.length
    expect(logRecords).toBeLessThan(5)
    await replica.close()
    const reopened = await VaultReplica.open(dir, testOptions({ backups: false }))
    expect(Object.keys(readEntries(reopened.doc))).toHaveLength(12)
    await reopened.close()
  })
})

describe('crash during compaction', () => {
  /** Builds a vault where snapshot S1 holds {a}, log.bin holds {b}, and returns the files of that moment. */
  async function vaultBeforeCompaction(): Promise<{ dir: string; saved: Map<string, Buffer> }> {
    const dir = await tempVault()
    const replica = await VaultReplica.open(dir, testOptions({ backups: false }))
    setEntry(replica.doc, 'a', 1)
    await replica.compact()
    setEntry(replica.doc, 'b', 2)
    await replica.whenFlushed()
    const saved = new Map<string, Buffer>()
    for (const name of await files(dir)) if (name !== 'LOCK') saved.set(name, await fsp.readFile(join(dir, name)))
    await replica.close()
    return { dir, saved }
  }

  async function reopen(dir: string): Promise<{ entries: Record<string, unknown>; snapshot: string; temps: number }> {
    const replica = await VaultReplica.open(dir, testOptions({ backups: false }))
    const result = { entries: readEntries(replica.doc), snapshot: replica.loadReport.snapshot, temps: replica.loadReport.removedTempFiles.length }
    await replica.close()
    expect((await files(dir)).filter((name) => name.endsWith('.tmp'))).toEqual([])
    return result
  }

  it('after the temp snapshot was written, before any rename', async () => {
    const { dir, saved } = await vaultBeforeCompaction()
    const newSnapshot = await fsp.readFile(join(dir, 'snapshot.bin'))
    for (const [name, bytes] of saved) await fsp.writeFile(join(dir, name), bytes)
    await fsp.writeFile(join(dir, 'snapshot.bin.0123abcd.tmp'), newSnapshot.subarray(0, 10))
    expect(await reopen(dir)).toEqual({ entries: { a: 1, b: 2 }, snapshot: 'ok', temps: 1 })
  })

  it('after snapshot.bin was demoted to snapshot.prev, before the new one was renamed in', async () => {
    const { dir, saved } = await vaultBeforeCompaction()
    await fsp.rm(join(dir, 'snapshot.bin'))
    await fsp.writeFile(join(dir, 'snapshot.prev'), saved.get('snapshot.bin')!)
    await fsp.writeFile(join(dir, 'log.bin'), saved.get('log.bin')!)
    await fsp.writeFile(join(dir, 'snapshot.bin.0123abcd.tmp'), 'whatever was written')
    expect(await reopen(dir)).toEqual({ entries: { a: 1, b: 2 }, snapshot: 'recovered-from-prev', temps: 1 })
  })

  it('after the new snapshot was in place, before the log was reset (records replayed twice)', async () => {
    const { dir, saved } = await vaultBeforeCompaction()
    await fsp.writeFile(join(dir, 'log.bin'), saved.get('log.bin')!)
    expect(await reopen(dir)).toEqual({ entries: { a: 1, b: 2 }, snapshot: 'ok', temps: 0 })
  })

  it('after log.bin was moved to log.prev, before the empty log was created', async () => {
    const { dir } = await vaultBeforeCompaction()
    await fsp.rm(join(dir, 'log.bin'))
    expect(await reopen(dir)).toEqual({ entries: { a: 1, b: 2 }, snapshot: 'ok', temps: 0 })
  })
})
