/**
 * The sync commands as a user runs them (the built `kizuna`, real processes on 127.0.0.1):
 * two always-on peers (`sync serve`) pair through their control sockets, sync live, one revokes
 * the other, and both shut down cleanly on SIGTERM; without a holder, pairing and `sync folder`
 * run on the vault itself.
 */
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process'
import { existsSync } from 'node:fs'
import { createServer } from 'node:net'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { BIN, cleanupsAfterEach, REPO, runBuilt } from './fixtures/cli-process'

interface Running {
  child: ChildProcessWithoutNullStreams
  output(): string
  exited: Promise<number | null>
}

const { cleanups, dataDir } = cleanupsAfterEach('kizuna-sync-cli-')

function start(args: string[]): Running {
  const child = spawn(process.execPath, [BIN, ...args], { cwd: REPO })
  let output = ''
  child.stdout.setEncoding('utf8').on('data', (s: string) => (output += s))
  child.stderr.setEncoding('utf8').on('data', (s: string) => (output += s))
  const exited = new Promise<number | null>((done) => child.once('exit', (code) => done(code)))
  cleanups.push(async () => {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL')
    await exited
  })
  return { child, output: () => output, exited }
}

async function waitFor(running: Running, pattern: RegExp, timeoutMs = 20_000): Promise<RegExpExecArray> {
  const deadline = Date.now() + timeoutMs
  for (;;) {
    const match = pattern.exec(running.output())
    if (match) return match
    if (Date.now() > deadline || running.child.exitCode !== null) throw new Error(`no ${String(pattern)} in:\n${running.output()}`)
    await new Promise((done) => setTimeout(done, 50))
  }
}

function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const server = createServer().once('error', fail)
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number }
      server.close(() => done(port))
    })
  })
}

async function serve(dir: string, name: string): Promise<Running> {
  const peer = start(['--data', dir, 'sync', 'serve', '--host', '127.0.0.1', '--port', String(await freePort()), '--no-mdns', '--name', name])
  await waitFor(peer, /listening on 127\.0\.0\.1:\d+/)
  return peer
}

const CODE = /\n {2}(\S+:\d+-[A-Z2-7]{4}(?:-[A-Z2-7]{4}){7})\n/
const WORDS = /Confirmation words: ([a-z ]+)\n/

/** `pair invite --yes` in `inviterDir`, `pair join CODE --yes` in `joinerDir`; returns both outputs. */
async function pairByCli(inviterDir: string, joinerDir: string, inviteArgs: string[] = []): Promise<{ invite: string; join: string; joinCode: number }> {
  const invite = start(['--data', inviterDir, 'pair', 'invite', '--yes', ...inviteArgs])
  const [, code] = await waitFor(invite, CODE)
  const joined = await runBuilt(['--data', joinerDir, 'pair', 'join', code, '--yes'])
  expect(await invite.exited).toBe(0)
  return { invite: invite.output(), join: joined.stdout + joined.stderr, joinCode: joined.code }
}

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
