/**
 * The control server on a real socket, in front of a real VaultHost and file store: commands run
 * on the host's replica with CLI_ORIGIN and reach its renderer peers; every bad request (wrong
 * token, wrong protocol, oversized, malformed) is refused with a clear error and changes nothing.
 */
import { spawn } from 'node:child_process'
import { createConnection } from 'node:net'
import { lstat, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import * as Y from 'yjs'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { CONTROL_PROTOCOL_VERSION, MAX_REQUEST_BYTES, controlSocketPath, sendControlRequest, startControlServer, type ControlServer } from '../../../../../electron/node/control'
import type { VaultReplica } from '../../../../../electron/node/store'
import { VaultHost } from '../../../../../electron/node/vault-host'
import { CLI_ORIGIN, readGraph } from '../../../../../shared/graph'

let dataDir: string
let host: VaultHost
let control: ControlServer
let replica: VaultReplica
let peerMessages: number
const origins: unknown[] = []

async function serve(dir: string): Promise<void> {
  control = await startControlServer({ dataDir: dir, resolveVault: (name) => host.openedReplica(name) })
  host = new VaultHost(join(dir, 'vaults'), { onStatus: () => undefined, controlSocket: control.path })
  ;({ replica } = await host.open('default'))
  peerMessages = 0
  await host.attachPeer('default', 'renderer', () => peerMessages++)
  replica.doc.on('update', (_update: Uint8Array, origin: unknown) => origins.push(origin))
}

beforeEach(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'kizuna-control-'))
  origins.length = 0
  await serve(dataDir)
})
afterEach(async () => {
  await control.close()
  await host.close()
  await rm(dataDir, { recursive: true, force: true })
})

const stateOf = () => Buffer.from(Y.encodeStateVector(replica.doc)).toString('hex')

/** Sends raw bytes and collects the answer lines until the server closes or `lines` arrived. */
function exchange(bytes: string | Buffer, lines = 1): Promise<{ answers: Record<string, unknown>[]; closed: boolean }> {
  return new Promise((done, fail) => {
    const socket = createConnection(control.path)
    let text = ''
    const finish = (closed: boolean) => {
      socket.destroy()
      done({
        answers: text
          .split('\n')
          .filter(Boolean)
          .map((line) => JSON.parse(line) as Record<string, unknown>),
        closed,
      })
    }
    socket.on('data', (data) => {
      text += data.toString('utf8')
      if (text.split('\n').length - 1 >= lines) setTimeout(() => finish(socket.readableEnded), 50)
    })
    socket.on('end', () => finish(true))
    socket.on('error', fail)
    socket.write(typeof bytes === 'string' ? bytes.replaceAll(TOKEN, replica.lockInfo.token) : bytes)
  })
}

/** The holder's token is known only once it runs; `exchange` puts it in place of TOKEN. */
const TOKEN = '<token>'
const request = (fields: Record<string, unknown>) =>
  `${JSON.stringify({ protocol: CONTROL_PROTOCOL_VERSION, id: 1, token: TOKEN, vault: 'default', command: { name: 'person.list' }, ...fields })}\n`

describe('control server', () => {
  it('runs a command on the holder replica with CLI_ORIGIN, durably, and renderer peers receive it', async () => {
    const response = await sendControlRequest(control.path, {
      token: replica.lockInfo.token,
      vault: 'default',
      command: { name: 'person.add', args: { name: 'Aiko', roles: ['advisor'] } },
    })
    expect(response).toMatchObject({ protocol: 1, ok: true, value: { id: expect.any(String) as unknown } })
    const id = (response as { value: { id: string } }).value.id
    expect(readGraph(replica.doc).people.map((p) => [p.id, p.name, p.roles])).toEqual([[id, 'Aiko', ['advisor']]])
    expect(origins).toEqual([CLI_ORIGIN])
    expect(peerMessages).toBe(1)
    // Answered only once durable: the log on disk already holds the update.
    expect((await lstat(join(dataDir, 'vaults/default/log.bin'))).size).toBeGreaterThan(0)
  })

  it('records its socket in the LOCK and keeps it private to the user', async () => {
    const lock = JSON.parse(await readFile(join(dataDir, 'vaults/default/LOCK'), 'utf8')) as { controlSocket: string }
    expect(lock.controlSocket).toBe(join(dataDir, 'kizuna.sock'))
    expect(control.path).toBe(lock.controlSocket)
    const info = await lstat(control.path)
    expect(info.isSocket()).toBe(true)
    expect(info.mode & 0o777).toBe(0o600)
  })

  it('answers several requests on one connection in order', async () => {
    const { answers } = await exchange(request({ id: 1 }) + request({ id: 2, command: { name: 'vault.info' } }), 2)
    expect(answers).toEqual([
      { protocol: 1, id: 1, ok: true, value: [] },
      { protocol: 1, id: 2, ok: true, value: { schemaVersion: 2, people: 0, trash: 0, ties: 0 } },
    ])
  })

  it('reads a request that arrives in pieces', async () => {
    const line = request({ id: 9, command: { name: 'vault.info' } }).replaceAll(TOKEN, replica.lockInfo.token)
    const answer = await new Promise<string>((done, fail) => {
      const socket = createConnection(control.path)
      socket.on('data', (data) => {
        socket.destroy()
        done(data.toString('utf8'))
      })
      socket.on('error', fail)
      socket.write(line.slice(0, 10))
      setTimeout(() => socket.write(line.slice(10)), 30)
    })
    expect(JSON.parse(answer)).toMatchObject({ id: 9, ok: true })
  })

  const add = { name: 'person.add', args: { name: 'Mallory' } }
  it.each([
    ['a wrong token', request({ token: 'f'.repeat(24), command: add }), 'unauthorized', 'wrong token for the vault "default"'],
    ['a token of another length', request({ token: 'x', command: add }), 'unauthorized', 'wrong token'],
    ['a newer protocol version', request({ protocol: 2, command: add }), 'unsupported-protocol', 'control protocol 2 is not supported; this Kizuna speaks protocol 1'],
    ['no protocol version', JSON.stringify({ id: 1, token: 'x', vault: 'default', command: add }) + '\n', 'unsupported-protocol', 'control protocol missing'],
    ['text that is not JSON', '{"protocol":1,\n', 'malformed', 'not valid JSON'],
    ['JSON that is not an object', '[1,2]\n', 'malformed', 'not a JSON object'],
    ['an unknown command', request({ command: { name: 'person.purge', id: 'x' } }), 'malformed', 'command.name'],
    ['an unknown field', request({ command: add, sudo: true }), 'malformed', 'Unrecognized key'],
    ['a vault this process does not hold', request({ vault: 'sample', command: add }), 'vault-not-open', 'does not have the vault "sample" open'],
    ['an invalid value', request({ command: { name: 'person.add', args: { name: 'X', values: ['fame'] } } }), 'invalid-input', 'value "fame" is not one of'],
  ])('refuses %s and changes nothing', async (_label, line, code, message) => {
    const before = stateOf()
    const { answers } = await exchange(line)
    expect(answers).toHaveLength(1)
    expect(answers[0]).toMatchObject({ protocol: 1, ok: false, error: { code, message: expect.stringContaining(message) as unknown } })
    expect(stateOf()).toBe(before)
    expect(peerMessages).toBe(0)
  })

  it('refuses an oversized request and closes the connection', async () => {
    const before = stateOf()
    const huge = request({ command: { name: 'person.add', args: { name: 'x'.repeat(9000), tags: Array.from({ length: 100 }, () => 'y'.repeat(11_000)) } } })
    expect(Buffer.byteLength(huge)).toBeGreaterThan(MAX_REQUEST_BYTES)
    const { answers, closed } = await exchange(huge)
    expect(answers).toEqual([{ protocol: 1, id: null, ok: false, error: { code: 'too-large', message: `a request may be at most ${MAX_REQUEST_BYTES} bytes` } }])
    expect(closed).toBe(true)
    expect(stateOf()).toBe(before)
  })

  it('reports a command error with its code', async () => {
    const response = await sendControlRequest(control.path, { token: replica.lockInfo.token, vault: 'default', command: { name: 'person.delete', id: 'nobody' } })
    expect(response).toEqual({ protocol: 1, id: expect.any(Number) as unknown, ok: false, error: { code: 'not-found', message: 'no person with id "nobody"' } })
  })
})

describe('control socket lifecycle', () => {
  it('removes its socket on close, replaces a stale one, and refuses to start beside a live one', async () => {
    await expect(startControlServer({ dataDir, resolveVault: () => Promise.resolve(null) })).rejects.toThrow(`another process already serves ${control.path}`)
    await control.close()
    await expect(lstat(control.path)).rejects.toThrow()

    // A process that dies by SIGKILL leaves its socket file behind.
    const crashed = spawn(process.execPath, ['-e', "require('net').createServer().listen(process.argv[1], () => console.log('up'))", control.path])
    await new Promise((done) => crashed.stdout.once('data', done))
    crashed.kill('SIGKILL')
    await new Promise((done) => crashed.once('exit', done))
    expect((await lstat(control.path)).isSocket()).toBe(true)

    control = await startControlServer({ dataDir, resolveVault: (name) => host.openedReplica(name) })
    expect((await sendControlRequest(control.path, { token: replica.lockInfo.token, vault: 'default', command: { name: 'vault.info' } })).ok).toBe(true)
  })

  it('refuses to remove a file that is not a socket', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'kizuna-control-file-'))
    try {
      await writeFile(join(dir, 'kizuna.sock'), 'my notes')
      await expect(startControlServer({ dataDir: dir, resolveVault: () => Promise.resolve(null) })).rejects.toThrow('exists and is not a socket')
      expect(await readFile(join(dir, 'kizuna.sock'), 'utf8')).toBe('my notes')
    } finally {
      await rm(dir, { recursive: true, force: true })
    }
  })

  it('uses a private folder under the temp dir when the data folder path is too long for a socket', async () => {
    await control.close()
    await host.close()
    const deep = join(dataDir, 'a-rather-long-folder-name-'.repeat(4), 'Kizuna')
    await mkdir(deep, { recursive: true })
    const path = controlSocketPath(deep)
    expect(path.startsWith(tmpdir())).toBe(true)
    expect(Buffer.byteLength(path)).toBeLessThan(100)
    expect(controlSocketPath(deep)).toBe(path)
    await serve(deep)
    expect(control.path).toBe(path)
    expect((await lstat(dirname(path))).mode & 0o777).toBe(0o700)
    expect((await sendControlRequest(path, { token: replica.lockInfo.token, vault: 'default', command: { name: 'vault.info' } })).ok).toBe(true)
  })

  it('names a pipe on Windows at random, anew at every start (clients read it from LOCK)', () => {
    const names = [1, 2].map(() => controlSocketPath('C:\\Users\\ai\\AppData\\Roaming\\Kizuna', 'win32'))
    expect(names.map((n) => /^\\\\\.\\pipe\\kizuna-[0-9a-f]{32}$/.test(n))).toEqual([true, true])
    expect(names[0]).not.toBe(names[1])
  })
})
