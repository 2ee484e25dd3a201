import * as fsp from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { decodeSnapshot, encodeSnapshot, readSnapshotFile, replaceSnapshot, writeSnapshotFile } from '../../../../../electron/node/store'
import { tempVault } from './store-test-helpers'

const payload = Uint8Array.from([1, 2, 3, 4, 5, 6, 7, 8])

describe('snapshot format', () => {
  it('round-trips and rejects every kind of damage with a reason', () => {
    const file = encodeSnapshot(payload)
    const flipped = Buffer.from(file)
    flipped[20] ^= 0x01
    const badMagic = Buffer.from(file)
    badMagic[0] = 0x58
    const badVersion = Buffer.from(file)
    badVersion.writeUInt32LE(99, 4)
    expect([file, file.subarray(0, file.length - 1), flipped, badMagic, badVersion, file.subarray(0, 5)].map((bytes) => decodeSnapshot(bytes))).toEqual([
      { ok: true, update: Buffer.from(payload) },
      { ok: false, reason: 'payload is 7 bytes, header says 8' },
      { ok: false, reason: 'checksum mismatch' },
      { ok: false, reason: 'not a Kizuna snapshot (bad magic)' },
      { ok: false, reason: 'unsupported snapshot format version 99' },
      { ok: false, reason: 'only 5 bytes, shorter than the header' },
    ])
  })

  it('writes crash-safely, leaving no temp file, and reads missing/ok/corrupt', async () => {
    const dir = await tempVault()
    const path = join(dir, 'snapshot.bin')
    expect(await readSnapshotFile(fsp, path)).toEqual({ status: 'missing' })
    await writeSnapshotFile(fsp, path, payload)
    expect(await fsp.readdir(dir)).toEqual(['snapshot.bin'])
    expect(await readSnapshotFile(fsp, path)).toEqual({ status: 'ok', update: Buffer.from(payload) })
    await fsp.appendFile(path, 'x')
    expect(await readSnapshotFile(fsp, path)).toMatchObject({ status: 'corrupt', reason: 'payload is 9 bytes, header says 8' })
  })

  it('replaceSnapshot demotes a valid current snapshot to prev, or writes both when there is none', async () => {
    const dir = await tempVault()
    const paths = { current: join(dir, 'snapshot.bin'), previous: join(dir, 'snapshot.prev') }
    const read = async (): Promise<unknown[]> =>
      Promise.all(
        [paths.current, paths.previous].map(async (path) => {
          const result = await readSnapshotFile(fsp, path)
          return result.status === 'ok' ? [...result.update] : result.status
        }),
      )
    await replaceSnapshot(fsp, paths, Uint8Array.of(1), false)
    const first = await read()
    await replaceSnapshot(fsp, paths, Uint8Array.of(2), true)
    const second = await read()
    expect({ first, second, files: (await fsp.readdir(dir)).sort() }).toEqual({
      first: [[1], [1]],
      second: [[2], [1]],
      files: ['snapshot.bin', 'snapshot.prev'],
    })
  })
})
