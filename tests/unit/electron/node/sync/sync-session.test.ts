/**
 * SyncSession's re-sync when an applied update leaves structs pending (yjs #550): driven through
 * a stand-in channel so the order of messages is exact. An update that depends on one we never
 * got must make the session ask again with a fresh state vector, and not report "synced" until
 * the missing update arrived and nothing is pending.
 */
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { silentLogger, VaultReplica } from '../../../../../electron/node/store'
import type { ChannelError } from '../../../../../electron/node/sync'
import type { PeerChannel } from '../../../../../electron/node/sync/peer-channel'
import { SyncSession } from '../../../../../electron/node/sync/sync-session'
import { encodeSyncStep2, encodeUpdateMessage, parseEnvelope, parseSyncMessage, type Envelope } from '../../../../../shared/sync'
import { tempDir } from './sync-test-helpers'

const PEER_ID = 'B'.repeat(52)

/** Records what the session sends and lets the test deliver envelopes one by one. */
class ChannelStandIn {
  readonly sent: Envelope[] = []
  handler: ((envelope: Envelope) => Promise<void> | void) | null = null
  isOpen = true
  readonly peerDeviceId = PEER_ID
  private resolveClosed!: (error: ChannelError | null) => void
  readonly closed = new Promise<ChannelError | null>((resolve) => (this.resolveClosed = resolve))

  setHandler(handler: (envelope: Envelope) => Promise<void> | void): void {
    this.handler = handler
  }
  send(bytes: Uint8Array): void {
    this.sent.push(parseEnvelope(bytes))
  }
  close(error: ChannelError | null = null): void {
    this.isOpen = false
    this.resolveClosed(error)
  }
  async deliver(kind: 'step2' | 'update', update: Uint8Array): Promise<void> {
    const body = kind === 'step2' ? encodeStep2Of(update) : encodeUpdateMessage(update)
    await this.handler!({ version: 1, kind: 'sync', message: parseSyncMessage(body), raw: body })
  }
  async ack(count: number): Promise<void> {
    await this.handler!({ version: 1, kind: 'ack', count })
  }
  /** What the session sent, as short names. */
  log(): string[] {
    return this.sent.map((e) => (e.kind === 'sync' ? e.message.type : e.kind === 'ack' ? `ack ${e.count}` : e.kind))
  }
}

function encodeStep2Of(update: Uint8Array): Uint8Array {
  const doc = new Y.Doc()
  Y.applyUpdate(doc, update)
  return encodeSyncStep2(doc)
}

const replicas: VaultReplica[] = []
afterEach(async () => {
  for (const replica of replicas.splice(0)) await replica.close()
})

describe('SyncSession', () => {
  it('asks again when an update leaves structs pending, and is synced only once they resolve', async () => {
    const replica = await VaultReplica.open(join(await tempDir(), 'vaults', 'default'), { log: silentLogger, backups: false })
    replicas.push(replica)
    // The peer's history: u1 then u2, where u2 extends u1's text (depends on it).
    const remote = new Y.Doc()
    const updates: Uint8Array[] = []
    remote.on('update', (u: Uint8Array) => updates.push(u))
    remote.getText('t').insert(0, 'first')
    remote.getText('t').insert(5, ' second')
    const [u1, u2] = updates

    const channel = new ChannelStandIn()
    const group = { vaultId: '0'.repeat(32), log: [], port: null }
    const session = new SyncSession(channel as unknown as PeerChannel, replica, () => group, { onGroupState: () => Promise.resolve() })
    session.start()
    await channel.deliver('step2', new Uint8Array([0, 0])) // the peer's step 2 before it knew of u1/u2
    await channel.ack(0)
    const syncedBefore = session.isSynced

    await channel.deliver('update', u2) // u1 lost: u2 cannot be integrated
    const pendingAfterU2 = replica.doc.store.pendingStructs !== null
    const syncedWhilePending = session.isSynced
    await channel.deliver('step2', u1) // the answer to the re-sync's step 1
    expect({
      syncedBefore,
      pendingAfterU2,
      syncedWhilePending,
      sent: channel.log(),
      text: replica.doc.getText('t').toJSON(),
      pending: replica.doc.store.pendingStructs,
      synced: session.isSynced,
    }).toEqual({
      syncedBefore: true,
      pendingAfterU2: true,
      syncedWhilePending: false,
      sent: ['control', 'step1', 'ack 1', 'ack 2', 'step1', 'ack 3'],
      text: 'first second',
      pending: null,
      synced: true,
    })
  })
})
