/**
 * The main side of the renderer <-> main sync, driven with real y-protocols messages from a
 * plain Y.Doc standing in for the renderer, against a real file store.
 */
import { mkdtemp, readFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import * as decoding from 'lib0/decoding'
import * as encoding from 'lib0/encoding'
import * as syncProtocol from 'y-protocols/sync'
import * as Y from 'yjs'
import { describe, expect, it } from 'vitest'
import { parseLogRecords, VaultReplica } from '../../../../electron/node/store'
import { VaultHost } from '../../../../electron/node/vault-host'
import type { StatusEvent } from '../../../../shared/ipc'

const FROM_MAIN = 'from-main'

/** A renderer-like peer: answers main's messages and sends its own updates. */
class Peer {
  readonly doc = new Y.Doc()
  readonly received: Uint8Array[] = []
  constructor(
    readonly host: VaultHost,
    readonly id: string,
  ) {}

  private apply(message: Uint8Array): Uint8Array | null {
    const encoder = encoding.createEncoder()
    syncProtocol.readSyncMessage(decoding.createDecoder(message), encoder, this.doc, FROM_MAIN)
    return encoding.length(encoder) > 0 ? encoding.toUint8Array(encoder) : null
  }

  async send(message: Uint8Array): Promise<void> {
    for (const reply of await this.host.handleSyncMessage('default', this.id, message)) {
      const answer = this.apply(reply)
      if (answer) await this.send(answer)
    }
  }

  async handshake(): Promise<void> {
    const encoder = encoding.createEncoder()
    syncProtocol.writeSyncStep1(encoder, this.doc)
    await this.send(encoding.toUint8Array(encoder))
  }

  async attach(): Promise<() => void> {
    return this.host.attachPeer('default', this.id, (m) => {
      this.received.push(m)
      this.apply(m)
    })
  }

  async write(key: string, value: string): Promise<void> {
    const updates: Uint8Array[] = []
    const collect = (u: Uint8Array, origin: unknown) => origin !== FROM_MAIN && updates.push(u)
    this.doc.on('update', collect)
    this.doc.getMap('m').set(key, value)
    this.doc.off('update', collect)
    for (const update of updates) {
      const encoder = encoding.createEncoder()
      syncProtocol.writeUpdate(encoder, update)
      await this.send(encoding.toUint8Array(encoder))
    }
  }

  map(): Record<string, unknown> {
    return this.doc.getMap('m').toJSON()
  }
}

const newHost = async (dir?: string) => {
  const statuses: StatusEvent[] = []
  const vaultsDir = dir ?? (await mkdtemp(join(tmpdir(), 'kizuna-host-')))
  return { host: new VaultHost(vaultsDir, { onStatus: (e) => statuses.push(e) }), statuses, vaultsDir }
}

describe('vault host', () => {
  it('exchanges state both ways on handshake and persists what the peer sent', async () => {
    const { host, vaultsDir } = await newHost()
    const { replica, health } = await host.open('default')
    expect(health).toEqual({ wasEmpty: true, repairs: [] })
    replica.doc.getMap('m').set('fromDisk', 'yes')

    const peer = new Peer(host, 'r1')
    peer.doc.getMap('m').set('fromWindow', 'yes')
    await peer.handshake()
    expect(peer.map()).toEqual({ fromDisk: 'yes', fromWindow: 'yes' })
    expect(replica.doc.getMap('m').toJSON()).toEqual({ fromDisk: 'yes', fromWindow: 'yes' })
    await host.close()

    const reopened = (await newHost(vaultsDir)).host
    const again = await reopened.open('default')
    expect(again.replica.doc.getMap('m').toJSON()).toEqual({ fromDisk: 'yes', fromWindow: 'yes' })
    expect(again.health.wasEmpty).toBe(false)
    await reopened.close()
  })

  it('forwards live updates to other peers and never echoes a peer its own update', async () => {
    const { host } = await newHost()
    const a = new Peer(host, 'a')
    const b = new Peer(host, 'b')
    await a.attach()
    await b.attach()
    await a.handshake()
    await b.handshake()
    a.received.length = 0
    b.received.length = 0

    await a.write('x', '1')
    expect(b.map()).toEqual({ x: '1' })
    expect(a.received).toHaveLength(0)
    expect(b.received).toHaveLength(1)

    const { replica } = await host.open('default')
    replica.doc.getMap('m').set('y', 'from-cli')
    expect([a.map(), b.map()]).toEqual([
      { x: '1', y: 'from-cli' },
      { x: '1', y: 'from-cli' },
    ])
    await host.close()
  })

  it('acknowledges only after the update is durable on disk', async () => {
    const { host, vaultsDir } = await newHost()
    const peer = new Peer(host, 'p')
    await peer.handshake()
    await peer.write('k', 'v')
    // No close, no flush: the acknowledged write is already in the log on disk.
    const log = await readFile(join(vaultsDir, 'default', 'log.bin'))
    const parsed = parseLogRecords(log)
    const onDisk = new Y.Doc()
    for (const record of parsed.records) Y.applyUpdate(onDisk, record)
    expect(onDisk.getMap('m').toJSON()).toEqual({ k: 'v' })
    await host.close()
    const check = await VaultReplica.open(join(vaultsDir, 'default'), { backups: false })
    expect(check.doc.getMap('m').toJSON()).toEqual({ k: 'v' })
    await check.close()
  })

  it('rejects a corrupt sync message without changing the document', async () => {
    const { host } = await newHost()
    const { replica } = await host.open('default')
    replica.doc.getMap('m').set('keep', 'me')
    const before = Y.encodeStateAsUpdate(replica.doc)
    const good = Y.encodeStateAsUpdate(replica.doc)
    const attempts = [new Uint8Array([2, 200, 1, 2, 3]), new Uint8Array([9, 1, 0]), new Uint8Array([2, 5, 1, 2, 3, 4, 5]), new Uint8Array([2, good.length, ...good.slice(0, -3)])]
    const errors = []
    for (const message of attempts) {
      errors.push(
        await host.handleSyncMessage('default', 'evil', message).then(
          () => 'applied',
          (e: Error) => e.message,
        ),
      )
    }
    expect(errors).toEqual([
      'truncated or malformed sync message (5 bytes)',
      'unknown sync message type 9',
      'the update in the sync message is corrupt',
      expect.stringMatching(/truncated or malformed|corrupt/) as unknown,
    ])
    expect(Y.encodeStateAsUpdate(replica.doc)).toEqual(before)
    await host.close()
  })
})
