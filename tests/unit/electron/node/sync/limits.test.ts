/**
 * Limits before trust: what a stranger on the LAN can make a listening device hold, attacked the
 * way an attacker would (a real child process listening, raw sockets and TLS from this one).
 */
import { connect, type Socket } from 'node:net'
import { afterEach, describe, expect, it } from 'vitest'
import { addPerson, readGraph } from '../../../../../shared/graph'
import { loadOrCreateDeviceIdentity } from '../../../../../electron/node/sync'
import { connectChannel } from '../../../../../electron/node/sync/peer-channel'
import { PeerProcess } from './peer-process'
import { openPeer, pair, tempDir, type TestPeer } from './sync-test-helpers'

const running: PeerProcess[] = []
const peers: TestPeer[] = []
const sockets: Socket[] = []
afterEach(async () => {
  for (const socket of sockets.splice(0)) socket.destroy()
  await Promise.all(running.splice(0).map((p) => p.close()))
  await Promise.all(peers.splice(0).map((p) => p.close()))
})

const MiB = 1024 * 1024

describe('limits before authentication', () => {
  it('60 MiB frames from an unauthenticated device while an invite is open are refused; the listener grows by less than 20 MB', async () => {
    const listener = await PeerProcess.start(await tempDir('kizuna-listener-'), 'listener')
    running.push(listener)
    await listener.call('invite')
    const port = await listener.port()
    const before = await listener.call<number>('memory')
    const stranger = await loadOrCreateDeviceIdentity(await tempDir())
    const refusals: unknown[] = []
    for (let i = 0; i < 4; i++) {
      const channel = await connectChannel(stranger, { host: '127.0.0.1', port }, { maxFrameBytes: 100 * MiB })
      channel.send(new Uint8Array(60 * MiB).fill(i))
      const error = await channel.closed
      refusals.push({ code: error?.code, fromPeer: error?.fromPeer })
    }
    const grown = (await listener.call<number>('memory')) - before
    expect(refusals).toEqual(Array.from({ length: 4 }, () => ({ code: 'frame-too-large', fromPeer: true })))
    expect(grown).toBeLessThan(20 * MiB)
  }, 60_000)

  it('connections that never finish the handshake are capped; once they leave, a paired device syncs', async () => {
    const a = await openPeer('a', { maxUntrusted: 4 })
    const b = await openPeer('b')
    peers.push(a, b)
    await pair(a, b)
    addPerson(a.replica.doc, { name: 'Still reachable' })
    const port = a.service.port ?? 0
    const dropped: Promise<void>[] = []
    for (let i = 0; i < 10; i++) {
      const socket = connect({ host: '127.0.0.1', port })
      socket.on('error', () => undefined)
      sockets.push(socket)
      dropped.push(new Promise((resolve) => socket.once('close', () => resolve())))
    }
    // Exactly the six beyond the cap are dropped by the listener; the first four are held.
    const closedFirst = await Promise.race([Promise.all(dropped.slice(4)).then(() => 'the six extra'), Promise.any(dropped.slice(0, 4)).then(() => 'a held one')])
    expect(closedFirst).toBe('the six extra')
    for (const socket of sockets.splice(0)) socket.destroy()
    let session = null
    for (let attempt = 0; attempt < 50 && !session; attempt++) session = await b.service.connect({ host: '127.0.0.1', port }).catch(() => null)
    await session?.whenSynced()
    expect(readGraph(b.replica.doc).people.map((p) => p.name)).toEqual(['Still reachable'])
  })
})
