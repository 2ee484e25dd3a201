/**
 * One live y-protocols sync with one paired device over a PeerChannel, against the local replica.
 *
 *   on open     send control(group state) and step 1 (our state vector); the peer does the same
 *   step 1      answer with step 2: exactly the updates the peer lacks
 *   step 2/upd  apply to the replica with this session's origin, wait until durable, then ack
 *   doc update  from any other origin (the user, the renderer, another session): send as update
 *
 * Invariants:
 * - Every remote update was parsed (shared/sync) before it is applied, and is acknowledged only
 *   once `VaultReplica.applyUpdate` resolved, i.e. fsynced. Acks count step-2 and update messages.
 * - After every connect both sides exchange full state vectors, so nothing missed while apart is
 *   left behind; if an applied update leaves structs pending (their dependencies are missing,
 *   yjs #550), we ask again with a fresh state vector, once; what stays pending is bounded by
 *   size and age (pending-guard.ts), and dropped past them.
 * - An update is never echoed to the session it came from (origin check).
 * - `synced` = we applied the peer's step 2, the peer acked everything we sent, nothing is pending.
 */
import { encodeAckEnvelope, encodeEnvelope, encodeJsonEnvelope, encodeSyncStep1, encodeSyncStep2, encodeUpdateMessage, type Envelope } from '../../../shared/sync'
import { peerOrigin, SYNC_ORIGIN, type PeerOrigin } from '../../../shared/graph'
import type { VaultReplica } from '../store'
import { applyGuarded, type RemoteRemoval } from './deletion-guard'
import { ChannelError, type PeerChannel } from './peer-channel'
import { groupStateSchema, type GroupState } from './sync-state'

export interface SyncSessionHooks {
  /** A group state from the peer (validated); throw a ChannelError to refuse the peer. */
  onGroupState: (state: GroupState) => Promise<void>
  onDidSync?: () => void
  /** A change from this peer removed a large share of the people (deletion-guard.ts). */
  onRemoteRemoval?: (removal: RemoteRemoval) => void
  /** After each update from this peer is applied: where structs left pending are bounded (pending-guard.ts). */
  afterApply?: () => void
}

export class SyncSession {
  readonly origin: PeerOrigin
  private sentUpdates = 0
  private ackedUpdates = 0
  private receivedUpdates = 0
  private receivedStep2 = false
  private resyncRequested = false
  private readonly waiters = new Set<() => void>()

  constructor(
    readonly channel: PeerChannel,
    private readonly replica: VaultReplica,
    private readonly groupState: () => GroupState,
    private readonly hooks: SyncSessionHooks,
  ) {
    this.origin = peerOrigin(SYNC_ORIGIN, `sync:${channel.peerDeviceId}`, channel.peerDeviceId)
    replica.doc.on('update', this.onDocUpdate)
    void channel.closed.then(() => {
      replica.doc.off('update', this.onDocUpdate)
      this.notify()
    })
  }

  get deviceId(): string {
    return this.channel.peerDeviceId
  }

  get isSynced(): boolean {
    return this.receivedStep2 && this.ackedUpdates >= this.sentUpdates && !this.hasPending()
  }

  start(): void {
    this.channel.setHandler((envelope) => this.onEnvelope(envelope))
    this.channel.send(encodeJsonEnvelope('control', this.groupState()))
    this.channel.send(encodeEnvelope('sync', encodeSyncStep1(this.replica.doc)))
  }

  /** Re-sends our group state (after a revocation or key rotation). */
  sendGroupState(): void {
    this.channel.send(encodeJsonEnvelope('control', this.groupState()))
  }

  /** Resolves when synced; rejects with the channel's error if it closes first. */
  async whenSynced(timeoutMs = 30_000): Promise<void> {
    const deadline = Date.now() + timeoutMs
    while (!this.isSynced) {
      if (!this.channel.isOpen) throw (await this.channel.closed) ?? new ChannelError('closed', 'the connection closed before the sync finished')
      if (Date.now() > deadline) throw new ChannelError('timeout', 'the sync did not finish in time')
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, 200)
        this.waiters.add(() => {
          clearTimeout(timer)
          resolve()
        })
      })
    }
  }

  close(error: ChannelError | null = null): void {
    this.channel.close(error)
  }

  private hasPending(): boolean {
    return this.replica.doc.store.pendingStructs !== null || this.replica.doc.store.pendingDs !== null
  }

  private readonly onDocUpdate = (update: Uint8Array, origin: unknown): void => {
    if (origin === this.origin || !this.channel.isOpen) return
    this.sentUpdates++
    this.channel.send(encodeEnvelope('sync', encodeUpdateMessage(update)))
  }

  private async onEnvelope(envelope: Envelope): Promise<void> {
    switch (envelope.kind) {
      case 'control': {
        const parsed = groupStateSchema.safeParse(envelope.json)
        if (!parsed.success) throw new ChannelError('malformed', 'malformed group state')
        await this.hooks.onGroupState(parsed.data)
        return
      }
      case 'ack':
        if (envelope.count > this.sentUpdates) throw new ChannelError('malformed', 'the peer acknowledged updates it was never sent')
        this.ackedUpdates = Math.max(this.ackedUpdates, envelope.count)
        break
      case 'sync': {
        const message = envelope.message
        if (message.type === 'step1') {
          this.sentUpdates++
          this.channel.send(encodeEnvelope('sync', encodeSyncStep2(this.replica.doc, message.stateVector)))
          return
        }
        const removal = await applyGuarded(this.replica, message.update, this.origin, this.deviceId, Date.now())
        if (removal) this.hooks.onRemoteRemoval?.(removal)
        this.hooks.afterApply?.()
        this.receivedUpdates++
        if (message.type === 'step2') this.receivedStep2 = true
        this.channel.send(encodeAckEnvelope(this.receivedUpdates))
        if (this.hasPending() && !this.resyncRequested) {
          // yjs #550: what we hold depends on updates we never got; ask for them again.
          this.resyncRequested = true
          this.receivedStep2 = false
          this.channel.send(encodeEnvelope('sync', encodeSyncStep1(this.replica.doc)))
        } else if (message.type === 'step2') {
          this.resyncRequested = false
        }
        break
      }
      case 'pairing':
        throw new ChannelError('malformed', 'pairing message on a sync connection')
      default:
        break
    }
    this.notify()
    if (this.isSynced) this.hooks.onDidSync?.()
  }

  private notify(): void {
    for (const wake of this.waiters) wake()
    this.waiters.clear()
  }
}
