/**
 * Nothing acknowledged is ever lost, nothing is silently emptied: the built `kizuna` run as real
 * processes on real files. A write is acknowledged when its command exits 0 and prints the id.
 */
import { spawn } from 'node:child_process'
import { existsSync } from 'node:fs'
import { readFile, readdir, rm, unlink, writeFile } from 'node:fs/promises'
import { hostname } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { encodeSnapshot, VaultReplica } from '../../../../electron/node/store'
import { addPerson } from '../../../../shared/graph'
import { cleanupsAfterEach, runBuilt, startHolder, tempDataDir } from './fixtures/cli-process'

const { cleanups, dataDir } = cleanupsAfterEach()

async function deadPid(): Promise<number> {
  const child = spawn(process.execPath, ['-e', ''], { stdio: 'ignore' })
  await new Promise((done) => child.once('exit', done))
  return child.pid!
}

/** What a crash leaves: a LOCK naming a process that no longer runs. */
async function leaveStaleLock(vault: string): Promise<void> {
  const info = { version: 1, pid: await deadPid(), hostname: hostname(), startedAt: new Date().toISOString(), controlSocket: null, token: 'crashed' }
  await writeFile(join(vault, 'LOCK'), JSON.stringify(info))
}

async function listedIds(dir: string): Promise<string[]> {
  const listed = await runBuilt(['--data', dir, 'person', 'list', '--json'])
  expect(listed.code).toBe(0)
  return (JSON.parse(listed.stdout) as { id: string }[]).map((p) => p.id).sort()
}

describe('a lock that cannot be stolen twice', () => {
  const rounds = Number(process.env.KIZUNA_LOCK_ROUNDS ?? 10)
  it(`4 writers started together after a crash, over ${rounds} rounds (KIZUNA_LOCK_ROUNDS): every acknowledged write is there`, async () => {
    const dir = await dataDir()
    expect((await runBuilt(['--data', dir, 'init'])).code).toBe(0)
    const vault = join(dir, 'vaults/default')
    const acknowledged: string[] = []
    const refused: string[] = []
    for (let round = 0; round < rounds; round++) {
      await leaveStaleLock(vault)
      const results = await Promise.all([0, 1, 2, 3].map((writer) => runBuilt(['--data', dir, 'person', 'add', '--name', `R${round} W${writer}`])))
      for (const result of results) {
        if (result.code === 0) acknowledged.push(result.stdout.trim())
        else refused.push(result.stderr)
      }
    }
    expect({ refused, lost: acknowledged.filter((id) => !new Set(acknowledged).has(id)).length }).toEqual({ refused: [], lost: 0 })
    expect(await listedIds(dir)).toEqual([...acknowledged].sort())
  }, 600_000)

  it('LOCK deleted under a running holder: writers still go through the holder and nothing is lost when it saves', async () => {
    const dir = await dataDir()
    expect((await runBuilt(['--data', dir, 'init'])).code).toBe(0)
    const holder = await startHolder(dir)
    cleanups.push(() => holder.stop())
    await unlink(join(dir, 'vaults/default/LOCK'))
    const results = await Promise.all([1, 2].map((n) => runBuilt(['--data', dir, 'person', 'add', '--name', `Writer ${n}`])))
    expect(results.map((r) => [r.code, r.stderr])).toEqual([
      [0, ''],
      [0, ''],
    ])
    expect((await holder.ask()).graph.people).toHaveLength(2)
    expect(await holder.stop()).toBe(0)
    expect(await listedIds(dir)).toEqual(results.map((r) => r.stdout.trim()).sort())
  }, 120_000)

  it('an empty LOCK left by a SIGKILL does not block the next command', async () => {
    const dir = await dataDir()
    expect((await runBuilt(['--data', dir, 'init'])).code).toBe(0)
    await writeFile(join(dir, 'vaults/default/LOCK'), '')
    const added = await runBuilt(['--data', dir, 'person', 'add', '--name', 'After the kill'])
    expect({ code: added.code, stderr: added.stderr }).toEqual({ code: 0, stderr: '' })
  }, 60_000)

  it('after a crash, a read writes nothing: the vault files stay as they were', async () => {
    const dir = await dataDir()
    const vault = join(dir, 'vaults/default')
    expect((await runBuilt(['--data', dir, 'init'])).code).toBe(0)
    expect((await runBuilt(['--data', dir, 'person', 'add', '--name', 'Aiko'])).code).toBe(0)
    await leaveStaleLock(vault)
    const before = new Map<string, Buffer>()
    for (const name of await readdir(vault)) if (name !== 'LOCK') before.set(name, await readFile(join(vault, name)))
    expect((await listedIds(dir)).length).toBe(1)
    const after = new Map<string, Buffer>()
    for (const name of await readdir(vault)) after.set(name, await readFile(join(vault, name)))
    expect(after).toEqual(before)
  }, 60_000)
})

describe('loading never reports ok over lost data', () => {
  it('a snapshot whose payload does not decode: the previous generation is used, the user is told, nothing is emptied', async () => {
    const dir = await dataDir()
    const vault = join(dir, 'vaults/default')
    expect((await runBuilt(['--data', dir, 'init'])).code).toBe(0)
    const ids: string[] = []
    for (const name of ['Aiko', 'Ben', 'Chie']) ids.push((await runBuilt(['--data', dir, 'person', 'add', '--name', name])).stdout.trim())
    // The app compacts: two generations on disk.
    const replica = await VaultReplica.open(vault, { backups: false })
    await replica.compact()
    await replica.compact()
    await replica.close()
    await writeFile(join(vault, 'snapshot.bin'), encodeSnapshot(Uint8Array.from([200, 1, 2, 3, 255, 255])))

    const listed = await runBuilt(['--data', dir, 'person', 'list', '--json'])
    expect({ code: listed.code, ids: (JSON.parse(listed.stdout) as { id: string }[]).map((p) => p.id).sort() }).toEqual({ code: 0, ids: [...ids].sort() })
    expect(listed.stderr).toContain('snapshot.bin is damaged (its payload does not decode')
    const added = await runBuilt(['--data', dir, 'person', 'add', '--name', 'Dai'])
    expect(added.code).toBe(0)
    expect(await listedIds(dir)).toEqual([...ids, added.stdout.trim()].sort())
    expect((await readdir(vault)).filter((name) => name.startsWith('corrupt-'))).toHaveLength(1)
  }, 120_000)
})

/** Why the tmpfs tests cannot run here, or null when they can (root on Linux may mount). */
const tmpfsSkip = process.platform !== 'linux' || process.getuid?.() !== 0 ? 'mounting a tmpfs needs root on Linux' : null

/** A 2 MB tmpfs mounted for this test and unmounted after it. */
async function smallTmpfs(): Promise<string> {
  const { dir } = await tempDataDir('kizuna-tmpfs-')
  const mounted = await new Promise<number>((done) => spawn('mount', ['-t', 'tmpfs', '-o', 'size=2m', 'tmpfs', dir]).once('exit', (code) => done(code ?? 1)))
  expect(mounted, `mount -t tmpfs ${dir}`).toBe(0)
  cleanups.push(async () => {
    await new Promise((done) => spawn('umount', [dir]).once('exit', done))
    await rm(dir, { recursive: true, force: true })
  })
  return dir
}

const remount = (path: string, mode: 'ro' | 'rw'): Promise<number> => new Promise((done) => spawn('mount', ['-o', `remount,${mode}`, path]).once('exit', (code) => done(code ?? 1)))

async function fillDisk(path: string): Promise<void> {
  const chunk = Buffer.alloc(64 * 1024, 7)
  for (let i = 0; ; i++) {
    try {
      await writeFile(join(path, `filler-${i}`), chunk)
    } catch {
      break
    }
  }
  // tmpfs can still take a few bytes in a partial page: take them too.
  await writeFile(join(path, 'filler-last'), Buffer.alloc(4096, 7)).catch(() => undefined)
}

describe('errors, not traces, on a full disk or a read-only mount', () => {
  const skip = tmpfsSkip
  it.skipIf(skip !== null)(
    `a full disk: a clear message, no stale LOCK, reads and export still work, a damaged tail leaves no empty copy${skip ? ` (skipped: ${skip})` : ''}`,
    async () => {
      const dir = await smallTmpfs()
      const vault = join(dir, 'vaults/default')
      expect((await runBuilt(['--data', dir, 'init'])).code).toBe(0)
      const id = (await runBuilt(['--data', dir, 'person', 'add', '--name', 'Aiko'])).stdout.trim()
      await writeFile(join(vault, 'log.bin'), Buffer.concat([await readFile(join(vault, 'log.bin')), Buffer.from([9, 9, 9, 9, 9])]))
      await fillDisk(dir)

      const add = await runBuilt(['--data', dir, 'person', 'add', '--name', 'Ben'])
      expect({ code: add.code, full: add.stderr.includes('the disk is full'), trace: /\n\s+at /.test(add.stderr), lock: existsSync(join(vault, 'LOCK')) }).toEqual({
        code: 2,
        full: true,
        trace: false,
        lock: false,
      })
      expect(await listedIds(dir)).toEqual([id])
      const outside = await dataDir()
      const exported = await runBuilt(['--data', dir, 'export', '--format', 'json', join(outside, 'out.json')])
      expect(exported.code).toBe(0)
      const emptyCopies = []
      for (const name of await readdir(vault)) if (name.startsWith('corrupt-') && (await readFile(join(vault, name))).length === 0) emptyCopies.push(name)
      expect({ emptyCopies, lock: existsSync(join(vault, 'LOCK')) }).toEqual({ emptyCopies: [], lock: false })
    },
    180_000,
  )

  it.skipIf(skip !== null)(
    `a full disk under a write appended without loading the vault: a clear message, nothing written, no stale LOCK${skip ? ` (skipped: ${skip})` : ''}`,
    async () => {
      const dir = await smallTmpfs()
      const vault = join(dir, 'vaults/default')
      // Compacted as the app leaves it, so index.json lets `person add` append without loading.
      const replica = await VaultReplica.open(vault, { backups: false })
      const id = addPerson(replica.doc, { name: 'Aiko' })
      await replica.close()
      expect(existsSync(join(vault, 'index.json'))).toBe(true)
      const log = await readFile(join(vault, 'log.bin'))
      await fillDisk(dir)
      const add = await runBuilt(['--data', dir, 'person', 'add', '--name', 'Ben'])
      expect({ code: add.code, said: /nothing was written.*the disk is full/.test(add.stderr), trace: /\n\s+at /.test(add.stderr), lock: existsSync(join(vault, 'LOCK')) }).toEqual(
        {
          code: 2,
          said: true,
          trace: false,
          lock: false,
        },
      )
      expect({ log: await readFile(join(vault, 'log.bin')), ids: await listedIds(dir) }).toEqual({ log, ids: [id] })
    },
    180_000,
  )

  it.skipIf(skip !== null)(
    `a read-only mount: reads work, a write says why it failed${skip ? ` (skipped: ${skip})` : ''}`,
    async () => {
      const dir = await smallTmpfs()
      expect((await runBuilt(['--data', dir, 'init'])).code).toBe(0)
      const id = (await runBuilt(['--data', dir, 'person', 'add', '--name', 'Aiko'])).stdout.trim()
      expect(await remount(dir, 'ro')).toBe(0)
      try {
        expect(await listedIds(dir)).toEqual([id])
        const add = await runBuilt(['--data', dir, 'person', 'add', '--name', 'Ben'])
        expect({ code: add.code, readOnly: add.stderr.includes('read-only'), trace: /\n\s+at /.test(add.stderr) }).toEqual({ code: 2, readOnly: true, trace: false })
      } finally {
        await remount(dir, 'rw')
      }
    },
    180_000,
  )
})
