/**
 * Attacks on the sync folder by anyone who can write to it (a shared Syncthing or cloud folder
 * syncs symlinks): links and special files planted where Kizuna writes or reads.
 */
import { execFileSync } from 'node:child_process'
import { mkdir, readdir, readFile, rm, symlink, truncate, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { addPerson, readGraph } from '../../../../../shared/graph'
import { readFolderFile } from '../../../../../electron/node/sync/folder-io'
import { pair, peersClosedAfterEach, tempDir, type TestPeer } from './sync-test-helpers'

const open = peersClosedAfterEach()

const names = (peer: TestPeer): string[] =>
  readGraph(peer.replica.doc)
    .people.map((p) => p.name)
    .sort()

describe('links planted in the sync folder', () => {
  it('links at the temp names and final names of our next files change no file outside the folder', async () => {
    const a = await open('a')
    await a.service.state.ensureVault('a')
    const [folder, outside] = [await tempDir(), await tempDir()]
    const victim = join(outside, 'important.txt')
    await writeFile(victim, 'keep me')
    const ownDir = join(folder, a.service.identity.deviceId)
    await mkdir(ownDir)
    // Every name the old code would have used, and the next file names themselves.
    for (let seq = 0; seq < 4; seq++) {
      const name = `${String(seq).padStart(10, '0')}.kzs`
      await symlink(victim, join(ownDir, `.${name}.tmp`))
      await symlink(victim, join(ownDir, name))
    }
    for (let round = 0; round < 3; round++) {
      addPerson(a.replica.doc, { name: `P${round}` })
      await a.service.syncFolder(folder)
    }
    expect(await readFile(victim, 'utf8')).toBe('keep me')
    expect((await readdir(outside)).sort()).toEqual(['important.txt'])
  })

  it('our own subfolder replaced by a link to another folder is refused: nothing written or deleted there', async () => {
    const a = await open('a')
    await a.service.state.ensureVault('a')
    const [folder, outside] = [await tempDir(), await tempDir()]
    await writeFile(join(outside, '0000000000.kzs'), 'not yours')
    await symlink(outside, join(folder, a.service.identity.deviceId))
    addPerson(a.replica.doc, { name: 'P' })
    await expect(a.service.syncFolder(folder, { compactEvery: 1 })).rejects.toThrow(/not a plain folder/)
    expect({ files: await readdir(outside), bytes: await readFile(join(outside, '0000000000.kzs'), 'utf8') }).toEqual({ files: ['0000000000.kzs'], bytes: 'not yours' })
  })

  it('device files that are links (to a secret, to /dev/zero), a FIFO or a huge file are skipped unread', async () => {
    const [a, b] = [await open('a'), await open('b')]
    await pair(a, b)
    const [folder, outside] = [await tempDir(), await tempDir()]
    addPerson(a.replica.doc, { name: 'Real' })
    await a.service.syncFolder(folder)
    const aDir = join(folder, a.service.identity.deviceId)
    await writeFile(join(outside, 'secret'), 'x')
    await symlink(join(outside, 'secret'), join(aDir, '0000000100.kzs'))
    await symlink('/dev/zero', join(aDir, '0000000101.kzs'))
    execFileSync('mkfifo', [join(aDir, '0000000102.kzs')])
    await writeFile(join(aDir, '0000000103.kzs'), '')
    await truncate(join(aDir, '0000000103.kzs'), 200 * 1024 * 1024)
    await symlink(outside, join(folder, 'A'.repeat(52)))
    const before = process.memoryUsage().arrayBuffers
    const report = await b.service.syncFolder(folder)
    const grown = process.memoryUsage().arrayBuffers - before
    expect({ names: names(b), issues: report.issues.map((i) => `${i.file.slice(53)}: ${i.reason}`) }).toEqual({
      names: ['Real'],
      issues: ['0000000100.kzs: not-a-file', '0000000101.kzs: not-a-file', '0000000102.kzs: not-a-file', '0000000103.kzs: too-large'],
    })
    expect(grown).toBeLessThan(20 * 1024 * 1024)
    await rm(join(aDir, '0000000103.kzs'))
  })

  it('a read is capped even when the size changes under us', async () => {
    const dir = await tempDir()
    await writeFile(join(dir, 'f'), Buffer.alloc(1000))
    expect({ small: (await readFolderFile(join(dir, 'f'), 999)).status, fits: (await readFolderFile(join(dir, 'f'), 1000)).status }).toEqual({ small: 'too-large', fits: 'ok' })
  })
})
