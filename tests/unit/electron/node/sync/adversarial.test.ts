import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { addPerson, readGraph } from '../../../../../shared/graph'
import { encodeEnvelope, encodeSyncStep1, SYNC_PROTOCOL_VERSION } from '../../../../../shared/sync'
import { loadOrCreateDeviceIdentity, type SyncEvent } from '../../../../../electron/node/sync'
import { connectChannel } from '../../../../../electron/node/sync/peer-channel'
import { openPeer, pair, tempDir, type TestPeer } from './sync-test-helpers'
import { TlsRecordProxy } from './tls-record-proxy'

const peers: TestPeer[] = []
const proxies: TlsRecordProxy[] = []
const open = async (name: string, options = {}): Promise<TestPeer> => {
  const peer = await openPeer(name, options)
  peers.push(peer)
  return peer
}
afterEach(async () => {
  await Promise.all(proxies.splice(0).map((p) => p.close()))
  await Promise.all(peers.splice(0).map((p) => p.close()))
})

const names = (peer: TestPeer): string[] =>
  readGraph(peer.replica.doc)
    .people.map((p) => p.name)
    .sort()
const nextEvent = (peer: TestPeer, type: SyncEvent['type']): Promise<SyncEvent> =>
  new Promise((resolve) => {
    const off = peer.service.onDidChange((event) => {
      if (event.type === type) {
        off()
        resolve(event)
      }
    })
  })

/** a and b paired and in sync through a TLS-record proxy in front of a. */
async function pairedThroughProxy() {
  const [a, b] = [await open('a'), await open('b')]
  await pair(a, b)
  addPerson(a.replica.doc, { name: 'Before' })
  const proxy = await TlsRecordProxy.start(a.service.port ?? 0)
  proxies.push(proxy)
  const session = await b.service.connect({ host: '127.0.0.1', port: proxy.port })
  await session.whenSynced()
  // Let b's last acks pass the proxy first: the tests count records from the next edit on.
  for (let last = -1; last !== session.channel.bytesWritten;) {
    last = session.channel.bytesWritten
    await new Promise((resolve) => setTimeout(resolve, 150))
  }
  return { a, b, proxy, session }
}

describe('tampered, replayed, reordered and truncated frames', () => {
  it('a flipped bit closes the connection; the document is unchanged', async () => {
    const { a, b, proxy, session } = await pairedThroughProxy()
    proxy.intercept((record) => {
      record[record.length - 3] ^= 0x01
      return [record]
    })
    addPerson(b.replica.doc, { name: 'Tampered' })
    expect(await session.channel.closed).not.toBeNull()
    expect(names(a)).toEqual(['Before'])
  })

  it('a replayed record is refused: the first copy applies, the replay closes the connection', async () => {
    const { a, b, proxy, session } = await pairedThroughProxy()
    let first: Buffer | null = null
    proxy.intercept((record) => {
      if (!first) {
        first = Buffer.from(record)
        return [record]
      }
      return [first]
    })
    addPerson(b.replica.doc, { name: 'Once' })
    await expect.poll(() => names(a)).toEqual(['Before', 'Once'])
    addPerson(b.replica.doc, { name: 'Never' })
    await session.channel.closed
    expect(names(a)).toEqual(['Before', 'Once'])
  })

  it('reordered records are refused; neither applies', async () => {
    const { a, b, proxy, session } = await pairedThroughProxy()
    let held: Buffer | null = null
    proxy.intercept((record) => {
      if (!held) {
        held = Buffer.from(record)
        return []
      }
      return [record, held]
    })
    addPerson(b.replica.doc, { name: 'One' })
    addPerson(b.replica.doc, { name: 'Two' })
    // b is closed by a's "bad record mac" alert: a refused the first record it got, the
    // out-of-order one, and TLS reads nothing after a fatal alert, so nothing can still apply.
    const closed = await session.channel.closed
    expect({ alertFromA: /alert bad record mac/.test(closed?.message ?? ''), a: names(a) }).toEqual({ alertFromA: true, a: ['Before'] })
  })

  it('a record cut short, then the connection dropped: nothing applies', async () => {
    const { a, b, proxy, session } = await pairedThroughProxy()
    let calls = 0
    proxy.intercept((record) => (calls++ === 0 ? [record.subarray(0, record.length >> 1)] : 'close'))
    b.replica.doc.transact(() => b.replica.doc.getMap('scratch').set('big', 'x'.repeat(1000)))
    addPerson(b.replica.doc, { name: 'Cut' })
    await session.channel.closed
    expect(names(a)).toEqual(['Before'])
  })
})

describe('refusals', () => {
  it('an unpaired device is refused and receives no document bytes', async () => {
    const a = await open('a')
    addPerson(a.replica.doc, { name: 'Secret' })
    const stranger = await loadOrCreateDeviceIdentity(await tempDir())
    const channel = await connectChannel(stranger, { host: '127.0.0.1', port: a.service.port ?? 0 })
    const received: string[] = []
    channel.setHandler((envelope) => void received.push(envelope.kind))
    const error = await channel.closed
    expect({ received, code: error?.code, fromPeer: error?.fromPeer }).toEqual({ received: [], code: 'not-paired', fromPeer: true })
  })

  it('a client refuses an unpaired server before sending anything', async () => {
    const [a, c] = [await open('a'), await open('c')]
    addPerson(a.replica.doc, { name: 'Mine' })
    await expect(a.service.connect({ host: '127.0.0.1', port: c.service.port ?? 0 })).rejects.toThrow(/not paired/)
    expect(names(c)).toEqual([])
  })

  it('an oversized message is refused and the document unchanged', async () => {
    const a = await open('a', { maxFrameBytes: 16 * 1024 })
    const b = await open('b')
    await pair(a, b)
    const session = await b.service.connect({ host: '127.0.0.1', port: a.service.port ?? 0 })
    await session.whenSynced()
    const failed = nextEvent(a, 'error')
    addPerson(b.replica.doc, { name: 'Huge', notes: 'x'.repeat(64 * 1024) })
    expect(await failed).toMatchObject({ code: 'frame-too-large' })
    expect(names(a)).toEqual([])
  })

  it('a newer protocol version gets "update Kizuna", never a changed document', async () => {
    const [a, b] = [await open('a'), await open('b')]
    await pair(a, b)
    const newer = new Y.Doc()
    newer.getMap('people').set('x', 1)
    const identity = await loadOrCreateDeviceIdentity(join(b.dir, 'sync'))
    const failed = nextEvent(a, 'error')
    const channel = await connectChannel(identity, { host: '127.0.0.1', port: a.service.port ?? 0 })
    channel.send(encodeEnvelope('sync', encodeSyncStep1(newer), SYNC_PROTOCOL_VERSION + 1))
    const [onA, onB] = [await failed, await channel.closed]
    expect({ a: onA.type === 'error' && onA.error, b: onB?.message }).toEqual({
      a: expect.stringMatching(/newer sync protocol.*Update Kizuna on this device/) as string,
      b: expect.stringMatching(/Update Kizuna on the other device/) as string,
    })
    expect(a.replica.doc.share.size).toBe(0)
  })
})
