/**
 * The control client talks only to a server that proves it knows the vault's LOCK token
 * (control-handshake.ts). On Windows the server is a named pipe with a random name kept in LOCK;
 * the handshake is the same over any path, so here it runs over Unix sockets on disk: the real
 * server, and impostors serving the path the client was told, written the way an attacker would.
 */
import { mkdtemp, readFile } from 'node:fs/promises'
import { createServer, type Server } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { ControlImpostorError, controlSocketPath, sendControlRequest, startControlServer } from '../../../../../electron/node/control'
import { silentLogger, VaultReplica } from '../../../../../electron/node/store'
import { serverProof } from '../../../../../electron/node/control/control-handshake'

const TOKEN = 'a'.repeat(64)
const closers: (() => Promise<void>)[] = []
afterEach(async () => {
  for (const close of closers.splice(0).reverse()) await close()
})

const socketIn = async (name: string): Promise<string> => join(await mkdtemp(join(tmpdir(), 'kizuna-hs-')), name)

/** A server that records every byte it is sent and answers each line with `answer(line)`. */
async function impostor(path: string, answer: (line: string) => string | null): Promise<{ received: () => string }> {
  let received = ''
  const server: Server = createServer((socket) => {
    socket.setEncoding('utf8')
    socket.on('data', (text: string) => {
      received += text
      for (const line of text.split('\n').filter((l) => l !== '')) {
        const reply = answer(line)
        if (reply !== null) socket.write(`${reply}\n`)
      }
    })
  })
  await new Promise<void>((done) => server.listen(path, done))
  closers.push(() => new Promise((done) => server.close(() => done())))
  return { received: () => received }
}

const ask = (path: string) => sendControlRequest(path, { token: TOKEN, vault: 'default', command: { name: 'vault.info' } }, 5000)
const outcome = (promise: Promise<unknown>) =>
  promise.then(
    () => 'answered',
    (error: unknown) => (error instanceof ControlImpostorError ? 'impostor refused' : `other: ${String(error)}`),
  )

describe('the control client checks who serves the socket or pipe', () => {
  it('the real holder proves it knows the token and answers', async () => {
    const path = await socketIn('kizuna.sock')
    const vault = { doc: new Y.Doc(), lockInfo: { token: TOKEN }, whenFlushed: () => Promise.resolve() }
    const server = await startControlServer({ dataDir: join(path, '..'), path, resolveVault: (name) => Promise.resolve(name === 'default' ? vault : null) })
    closers.push(() => server.close())
    const response = await ask(path)
    expect(response.ok).toBe(true)
  })

  it('impostors that do not know the token are refused before the token is sent: a made-up proof, no proof, a proof replayed from another exchange, a proof made with another token', async () => {
    const seenNonce: string[] = []
    const cases = {
      'made-up proof': (line: string) =>
        line.includes('"hello"') ? JSON.stringify({ protocol: 1, id: null, ok: true, value: { proof: Buffer.alloc(32, 7).toString('base64') } }) : null,
      'no proof': (line: string) => (line.includes('"hello"') ? JSON.stringify({ protocol: 1, id: null, ok: true, value: {} }) : null),
      // A proof the real holder once gave for another nonce (it saw one exchange go by).
      'replayed proof': (line: string) => {
        const nonce = (JSON.parse(line) as { hello: { nonce: string } }).hello.nonce
        seenNonce.push(nonce)
        return JSON.stringify({ protocol: 1, id: null, ok: true, value: { proof: serverProof(TOKEN, 'default', Buffer.alloc(32, 1).toString('base64')) } })
      },
      'proof made with another token': (line: string) => {
        const nonce = (JSON.parse(line) as { hello: { nonce: string } }).hello.nonce
        return JSON.stringify({ protocol: 1, id: null, ok: true, value: { proof: serverProof('not-the-token', 'default', nonce) } })
      },
    }
    const results: Record<string, { outcome: string; tokenLeaked: boolean }> = {}
    for (const [name, answer] of Object.entries(cases)) {
      const path = await socketIn('kizuna.sock')
      const fake = await impostor(path, answer)
      results[name] = { outcome: await outcome(ask(path)), tokenLeaked: fake.received().includes(TOKEN) }
    }
    expect({ results, noncesFresh: seenNonce.every((n) => n !== Buffer.alloc(32, 1).toString('base64')) }).toEqual({
      results: {
        'made-up proof': { outcome: 'impostor refused', tokenLeaked: false },
        'no proof': { outcome: 'impostor refused', tokenLeaked: false },
        'replayed proof': { outcome: 'impostor refused', tokenLeaked: false },
        'proof made with another token': { outcome: 'impostor refused', tokenLeaked: false },
      },
      noncesFresh: true,
    })
  })

  it('an impostor that never answers the hello gets nothing and the client gives up', async () => {
    const path = await socketIn('kizuna.sock')
    const fake = await impostor(path, () => null)
    const result = await sendControlRequest(path, { token: TOKEN, vault: 'default', command: { name: 'vault.info' } }, 300).then(
      () => 'answered',
      (error: unknown) => (error as Error).name,
    )
    expect({ result, tokenLeaked: fake.received().includes(TOKEN), sentHello: fake.received().includes('"hello"') }).toEqual({
      result: 'ControlUnreachableError',
      tokenLeaked: false,
      sentHello: true,
    })
  })

  it('the random pipe name a holder serves is the one its LOCK names, where clients look it up', async () => {
    const pipe = controlSocketPath('C:\\Users\\ai\\AppData\\Roaming\\Kizuna', 'win32')
    const dir = join(await mkdtemp(join(tmpdir(), 'kizuna-hs-')), 'vaults', 'default')
    const replica = await VaultReplica.open(dir, { log: silentLogger, backups: false, controlSocket: pipe })
    closers.push(() => replica.close())
    const lock = JSON.parse(await readFile(join(dir, 'LOCK'), 'utf8')) as { controlSocket: string; token: string }
    expect({ controlSocket: lock.controlSocket, token: lock.token === replica.lockInfo.token }).toEqual({ controlSocket: pipe, token: true })
  })
})
