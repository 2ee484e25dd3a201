/**
 * Loading never reports ok over lost data, and recovery keeps what it can: real files damaged the
 * ways disks and buggy builds damage them. Randomised trials print their seed; replay one with
 * KIZUNA_DAMAGE_SEED=<seed>.
 */
import * as fsp from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { VaultReplica, encodeLogRecord, encodeSnapshot, loadHadLosses, parseLogRecords, writeBackup } from '../../../../../electron/node/store'
import { prng } from '../../../shared/graph/replicas'
import { openThreeGenerations, readEntries, setEntry, tempVault, testOptions } from './store-test-helpers'

/** Bytes that pass any checksum we compute over them but that Yjs cannot decode. */
const UNDECODABLE = Uint8Array.from([200, 1, 2, 3, 0xff, 0xff, 0xff, 0xff, 0xff])
/** The update one short command writes: a fresh doc (its own client) setting one entry. */
function commandUpdate(key: string, value: unknown): Uint8Array {
  const doc = new Y.Doc()
  setEntry(doc, key, value)
  return Y.encodeStateAsUpdate(doc)
}
const files = async (dir: string): Promise<string[]> => (await fsp.readdir(dir)).sort()

/** A vault whose snapshot.prev holds {a}, snapshot.bin {a, b}, log.bin {c}. */
async function threeGenerations(): Promise<string> {
  const { dir, replica } = await openThreeGenerations()
  await replica.whenFlushed()
  await replica.abandon()
  return dir
}

describe('an undecodable snapshot (right checksum, bad payload)', () => {
  it('is moved aside like a checksum failure; the previous generation loads; the next write keeps the base as a backup', async () => {
    const dir = await threeGenerations()
    const junk = encodeSnapshot(UNDECODABLE)
    await fsp.writeFile(join(dir, 'snapshot.bin'), junk)

    const opened = await VaultReplica.open(dir, testOptions({ backups: false }))
    expect({
      entries: readEntries(opened.doc),
      snapshot: opened.loadReport.snapshot,
      kept: opened.loadReport.snapshotKeptAs.length,
      lossy: loadHadLosses(opened.loadReport),
    }).toEqual({
      entries: { a: 1, b: 2, c: 3 },
      snapshot: 'corrupt-recovered-from-prev',
      kept: 1,
      lossy: true,
    })
    expect(await fsp.readFile(opened.loadReport.snapshotKeptAs[0])).toEqual(junk)
    setEntry(opened.doc, 'd', 4)
    await opened.close()

    // The junk never rotated into snapshot.prev; the generation the lossy open loaded is a backup.
    const backups = await fsp.readdir(join(dir, 'backups'))
    expect(backups).toHaveLength(1)
    const reopened = await VaultReplica.open(dir, testOptions({ backups: false }))
    expect({
      entries: readEntries(reopened.doc),
      snapshot: reopened.loadReport.snapshot,
      backup: (await reopened.readBackup(backups[0].replace('.snapshot', ''))).length > 0,
    }).toEqual({
      entries: { a: 1, b: 2, c: 3, d: 4 },
      snapshot: 'ok',
      backup: true,
    })
    await reopened.close()
  })

  it('when both snapshots are unusable and log.prev is gone, loads the newest backup and says so', async () => {
    const dir = await tempVault()
    const replica = await VaultReplica.open(dir, testOptions({ backups: false }))
    for (const key of ['p1', 'p2', 'p3', 'p4']) setEntry(replica.doc, key, key)
    await writeBackup(dir, Y.encodeStateAsUpdate(replica.doc), Date.UTC(2026, 0, 15, 11))
    await replica.compact()
    await replica.compact()
    setEntry(replica.doc, 'p5', 'p5')
    await replica.close()
    await fsp.writeFile(join(dir, 'snapshot.bin'), encodeSnapshot(UNDECODABLE))
    await fsp.rm(join(dir, 'snapshot.prev'))
    await fsp.rm(join(dir, 'log.prev'))

    const opened = await VaultReplica.open(dir, testOptions({ backups: false }))
    expect({ entries: Object.keys(readEntries(opened.doc)).sort(), snapshot: opened.loadReport.snapshot, backup: opened.loadReport.backupUsed }).toEqual({
      entries: ['p1', 'p2', 'p3', 'p4'],
      snapshot: 'recovered-from-backup',
      backup: '2026-01-15T11-00-00-000Z',
    })
    await opened.close()
  })
})

describe('an undecodable log record', () => {
  it('is copied aside and counted; the records after it still load', async () => {
    const dir = await tempVault()
    await fsp.writeFile(
      join(dir, 'log.bin'),
      Buffer.concat([encodeLogRecord(commandUpdate('before', 1)), encodeLogRecord(UNDECODABLE), encodeLogRecord(commandUpdate('after', 2))]),
    )

    const opened = await VaultReplica.open(dir, testOptions({ backups: false }))
    expect({ entries: readEntries(opened.doc), unreadable: opened.loadReport.unreadableUpdates, lossy: loadHadLosses(opened.loadReport) }).toEqual({
      entries: { before: 1, after: 2 },
      unreadable: 1,
      lossy: true,
    })
    expect(new Uint8Array(await fsp.readFile(opened.loadReport.recordsKeptAs[0]))).toEqual(UNDECODABLE)
    await opened.close()
  })
})

describe('recovery that keeps what it can', () => {
  const seed = Number(process.env.KIZUNA_DAMAGE_SEED ?? Date.now() % 1_000_000)

  it(`one flipped byte anywhere in a 100-record log costs exactly one record (25 trials, seed ${seed})`, async () => {
    console.log(`vault-damage seed ${seed} (replay with KIZUNA_DAMAGE_SEED=${seed})`)
    const random = prng(seed)
    const dir = await tempVault()
    // 100 commands, each its own process and so its own Yjs client (as `kizuna person add` is).
    const pristine = Buffer.concat(Array.from({ length: 100 }, (_, i) => encodeLogRecord(commandUpdate(`k${i}`, `value ${i} `.repeat(1 + (i % 5))))))
    const loaded: number[] = []
    for (let trial = 0; trial < 25; trial++) {
      const damaged = Buffer.from(pristine)
      const at = Math.floor(random() * damaged.length)
      damaged[at] ^= 1 + Math.floor(random() * 255)
      await fsp.writeFile(join(dir, 'log.bin'), damaged)
      const opened = await VaultReplica.open(dir, testOptions({ backups: false, shortLived: true }))
      loaded.push(Object.keys(readEntries(opened.doc)).length)
      if (loaded[trial] !== 99) console.log(`trial ${trial}: byte ${at} flipped, ${loaded[trial]} loaded`, opened.loadReport.skippedTail)
      await opened.abandon()
      // The repair rewrote log.bin as whole records only.
      expect(parseLogRecords(await fsp.readFile(join(dir, 'log.bin'))).damage).toEqual([])
    }
    expect(loaded).toEqual(Array.from({ length: 25 }, () => 99))
  })

  it('recognises a zero-filled tail (a write the disk lost) as one damaged region, not empty records', async () => {
    const dir = await tempVault()
    const replica = await VaultReplica.open(dir, testOptions({ backups: false }))
    setEntry(replica.doc, 'a', 1)
    await replica.whenFlushed()
    await replica.abandon()
    await fsp.appendFile(join(dir, 'log.bin'), Buffer.alloc(4096))
    const opened = await VaultReplica.open(dir, testOptions({ backups: false }))
    expect({ entries: readEntries(opened.doc), records: opened.loadReport.logRecords, tail: opened.loadReport.skippedTail }).toEqual({
      entries: { a: 1 },
      records: 1,
      tail: { bytes: 4096, keptAs: expect.stringContaining('corrupt-') as unknown, reason: 'zero-filled tail (a write the disk lost)', recoveredAfter: 0 },
    })
    await opened.close()
    expect((await files(dir)).filter((name) => name.startsWith('corrupt-'))).toHaveLength(1)
  })
})
