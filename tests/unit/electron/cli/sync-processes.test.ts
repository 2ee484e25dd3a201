/**
 * The sync commands as a user runs them (the built `kizuna`, real processes on 127.0.0.1):
 * two always-on peers (`sync serve`) pair through their control sockets, sync live, one revokes
 * the other, and both shut down cleanly on SIGTERM; without a holder, pairing and `sync folder`
 * run on the vault itself.
 */
import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { cleanupsAfterEach, runBuilt } from './fixtures/cli-process'
import { syncProcesses } from './fixtures/sync-process'

const { cleanups, dataDir } = cleanupsAfterEach('kizuna-sync-cli-')
const { serve, pairByCli, freePort } = syncProcesses(cleanups)
const WORDS = /Confirmation words: ([a-z ]+)\n/

const devicesOf = async (dir: string) =>
  JSON.parse((await runBuilt(['--data', dir, 'devices', 'list', '--json'])).stdout) as { deviceId: string; name: string; connected: boolean }[]
const namesOn = async (dir: string) => (JSON.parse((await runBuilt(['--data', dir, 'person', 'list', '--json'])).stdout) as { name: string }[]).map((p) => p.name).sort()

describe('kizuna sync, pair and devices with real processes', () => {
  it('two always-on peers pair through their control sockets, sync live, revoke, and stop cleanly', async () => {
    const [dirA, dirB] = [await dataDir(), await dataDir()]
    const [a, b] = [await serve(dirA, 'alpha'), await serve(dirB, 'beta')]

    const paired = await pairByCli(dirA, dirB)
    expect(paired.joinCode).toBe(0)
    expect(WORDS.exec(paired.invite)?.[1]).toEqual(WORDS.exec(paired.join)?.[1])
    expect([(await devicesOf(dirA)).map((d) => d.name), (await devicesOf(dirB)).map((d) => d.name)]).toEqual([['beta'], ['alpha']])

    // Live: b connected to a right after pairing; a change on a (through its socket) reaches b.
    expect((await runBuilt(['--data', dirA, 'person', 'add', '--name', 'Aiko'])).code).toBe(0)
    await expect.poll(() => namesOn(dirB), { timeout: 20_000 }).toEqual(['Aiko'])
    const now = await runBuilt(['--data', dirB, 'sync', 'now'])
    expect({ code: now.code, out: now.stdout }).toEqual({ code: 0, out: 'alpha: in sync\n' })

    const [beta] = await devicesOf(dirA)
    const revoked = await runBuilt(['--data', dirA, 'devices', 'revoke', beta.deviceId])
    expect(revoked).toMatchObject({ code: 0, stdout: expect.stringContaining('Revoked beta') as unknown })
    const refused = await runBuilt(['--data', dirB, 'sync', 'now'])
    expect({ code: refused.code, out: refused.stdout, err: refused.stderr }).toEqual({
      code: 2,
      out: expect.stringMatching(/^alpha: not synced \(.*(removed|revoked|not paired).*\)\n$/) as unknown,
      err: 'kizuna: could not sync with any paired device\n',
    })
    expect(await devicesOf(dirA)).toEqual([])

    a.child.kill('SIGTERM')
    b.child.kill('SIGINT')
    expect([await a.exited, await b.exited]).toEqual([0, 0])
    expect([existsSync(join(dirA, 'kizuna.sock')), existsSync(join(dirA, 'vaults/default/LOCK'))]).toEqual([false, false])
    // The lock is free: the next command opens the vault itself.
    expect(await namesOn(dirA)).toEqual(['Aiko'])
  }, 90_000)

  it('without a holder, pair invite/join and sync folder run on the vault itself', async () => {
    const [dirA, dirB, folder] = [await dataDir(), await dataDir(), join(await dataDir(), 'Dropbox', 'kizuna')]
    for (const dir of [dirA, dirB]) expect((await runBuilt(['--data', dir, 'init'])).code).toBe(0)
    const paired = await pairByCli(dirA, dirB, ['--host', '127.0.0.1', '--port', String(await freePort())])
    expect(paired.joinCode).toBe(0)
    expect(paired.invite).toContain('Paired with')

    await runBuilt(['--data', dirA, 'person', 'add', '--name', 'From A'])
    await runBuilt(['--data', dirB, 'person', 'add', '--name', 'From B'])
    const rounds = []
    for (const dir of [dirA, dirB, dirA]) rounds.push((await runBuilt(['--data', dir, 'sync', 'folder', folder])).code)
    expect({ rounds, a: await namesOn(dirA), b: await namesOn(dirB) }).toEqual({ rounds: [0, 0, 0], a: ['From A', 'From B'], b: ['From A', 'From B'] })

    // Nobody listens on a now: sync now reaches no device.
    const offline = await runBuilt(['--data', dirB, 'sync', 'now'])
    expect({ code: offline.code, err: offline.stderr }).toEqual({ code: 2, err: 'kizuna: could not sync with any paired device\n' })
  }, 90_000)
})
