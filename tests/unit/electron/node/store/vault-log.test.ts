import * as fsp from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { VaultLog, encodeLogRecord, parseLogRecords, silentLogger } from '../../../../../electron/node/store'
import { manualClock, tempVault } from './store-test-helpers'

const bytes = (...values: number[]): Uint8Array => Uint8Array.from(values)
const asArrays = (records: Uint8Array[]): number[][] => records.map((record) => [...record])

async function writeLog(path: string, payloads: Uint8Array[]): Promise<void> {
  const { log } = await VaultLog.open(path, { logger: silentLogger })
  await Promise.all(payloads.map((payload) => log.append(payload)))
  await log.close()
}

describe('parseLogRecords', () => {
  it('reads whole records and reports where a bad tail starts', () => {
    const good = Buffer.concat([encodeLogRecord(bytes(1, 2)), encodeLogRecord(bytes(3))])
    const truncated = Buffer.concat([good, encodeLogRecord(bytes(4, 5, 6)).subarray(0, 10)])
    const shortHeader = Buffer.concat([good, Buffer.from([9, 9, 9])])
    expect([parseLogRecords(good), parseLogRecords(truncated), parseLogRecords(shortHeader)].map((p) => ({ ...p, records: asArrays(p.records) }))).toEqual([
      { records: [[1, 2], [3]], goodLength: 19, badTailReason: null, damage: [] },
      { records: [[1, 2], [3]], goodLength: 19, badTailReason: 'truncated record payload', damage: [{ offset: 19, length: 10, reason: 'truncated record payload' }] },
      { records: [[1, 2], [3]], goodLength: 19, badTailReason: 'truncated record header', damage: [{ offset: 19, length: 3, reason: 'truncated record header' }] },
    ])
  })
})

describe('VaultLog', () => {
  it('round-trips appends across a reopen, in order, with concurrent appends batched', async () => {
    const path = join(await tempVault(), 'log.bin')
    const payloads = Array.from({ length: 200 }, (_, i) => bytes(i % 256, (i * 7) % 256, 42))
    await writeLog(path, payloads)
    const reopened = await VaultLog.open(path)
    expect({ records: asArrays(reopened.records), skipped: reopened.skippedTail, count: reopened.log.recordCount }).toEqual({
      records: asArrays(payloads),
      skipped: null,
      count: 200,
    })
    await reopened.log.close()
  })

  it('treats a missing file as an empty log and creates it on first append', async () => {
    const path = join(await tempVault(), 'log.bin')
    const { log, records } = await VaultLog.open(path)
    expect(records).toEqual([])
    await log.append(bytes(7))
    await log.close()
    expect(asArrays((await VaultLog.open(path)).records)).toEqual([[7]])
  })

  it.each([
    ['truncated last record', (file: Buffer) => file.subarray(0, file.length - 2), 'truncated record payload', 13],
    ['bit-flipped last record', (file: Buffer) => Buffer.from(file.map((b, i) => (i === file.length - 1 ? b ^ 0x10 : b))), 'checksum mismatch', 15],
  ])('skips a %s, loads earlier records, keeps the tail aside and appends validly after', async (_name, damage, reason, tailBytes) => {
    const dir = await tempVault()
    const path = join(dir, 'log.bin')
    await writeLog(path, [bytes(1), bytes(2, 2), bytes(3, 3, 3, 3, 3, 3, 3)])
    const damaged = damage(await fsp.readFile(path))
    await fsp.writeFile(path, damaged)

    const clock = manualClock(Date.UTC(2026, 4, 1, 8, 30))
    const opened = await VaultLog.open(path, { clock, logger: silentLogger })
    const keptAs = join(dir, 'corrupt-2026-05-01T08-30-00-000Z.bin')
    expect({ records: asArrays(opened.records), skipped: opened.skippedTail }).toEqual({
      records: [[1], [2, 2]],
      skipped: { bytes: tailBytes, keptAs, reason, recoveredAfter: 0 },
    })
    expect(await fsp.readFile(keptAs)).toEqual(damaged.subarray(damaged.length - tailBytes))

    await opened.log.append(bytes(4))
    await opened.log.close()
    const again = await VaultLog.open(path)
    expect({ records: asArrays(again.records), skipped: again.skippedTail }).toEqual({ records: [[1], [2, 2], [4]], skipped: null })
  })

  it('rotate moves the log aside and starts empty; an exclusive task runs between the appends queued around it', async () => {
    const dir = await tempVault()
    const path = join(dir, 'log.bin')
    const { log } = await VaultLog.open(path, { previousPath: join(dir, 'log.prev') })
    // Queued back to back: the rotation must land exactly between the two appends.
    await Promise.all([log.append(bytes(1)), log.runExclusive(() => log.rotate()), log.append(bytes(2))])
    await log.close()
    expect({
      current: asArrays((await VaultLog.open(path)).records),
      previous: asArrays(parseLogRecords(await fsp.readFile(join(dir, 'log.prev'))).records),
    }).toEqual({ current: [[2]], previous: [[1]] })
  })
})
