/**
 * The sync service of one data folder's vault: the single object the main process, the Devices
 * page and the `kizuna` CLI drive. It owns the device identity, the paired-device state, the TCP
 * listener, the live sessions, pairing invites and sync-folder rounds.
 *
 *   <dataDir>/sync/   device-key.pem (0600)  device-cert.pem  sync-state.json (0600)  folder-state.json
 *
 * Invariants:
 * - A connection is served only after the TLS handshake pinned the peer's device id: a trusted
 *   device gets a sync session; an unknown device gets the pairing handshake if an invite is open,
 *   else an error envelope and a close; a revoked device is refused. No document byte is ever sent
 *   before the peer is known to be trusted, and both ends check (server and client alike).
 * - Revoking removes the device, rotates the vault key, closes its sessions and tells the others.
 * - Status changes are reported through `onDidChange` events; nothing throws out of a handler.
 */
import { randomBytes } from 'node:crypto'
import { hostname, networkInterfaces } from 'node:os'
import { join } from 'node:path'
import type { VaultReplica } from '../store'
import { AckLedger } from './ack-ledger'
import { PendingGuard, type PendingDrop, type PendingLimits } from './pending-guard'
import { fingerprintOf, loadOrCreateDeviceIdentity, type DeviceIdentity } from './device-identity'
import type { RemoteRemoval } from './deletion-guard'
import type { Discovery } from './discovery'
import { deviceOfTag, discoveryTag, utcDay } from './discovery-tag'
import { FolderSync, type FolderRoundReport, type FolderSyncOptions } from './folder-sync'
import { formatPairingCode, PAIRING_SECRET_BYTES, pairingQrPayload, parsePairingCode } from './pairing-code'
import { runInviterHandshake, runJoinerHandshake, type ConfirmPairing, type InviteTicket, type PairingPeer } from './pairing'
import { ChannelError, connectChannel, listenForChannels, type ChannelServer, type PeerChannel } from './peer-channel'
import { SyncSession } from './sync-session'
import { GroupStateError, SyncState, type DeviceAddress, type GroupState, type MergeOutcome, type PairedDevice } from './sync-state'

export interface SyncServiceOptions {
  dataDir: string
  replica: VaultReplica
  deviceName?: string
  /** The host other devices should use to reach us (pairing codes); defaults to a LAN IPv4 address. */
  advertisedHost?: string
  discovery?: Discovery
  maxFrameBytes?: number
  /** Connections held before they are authenticated (peer-channel.ts). */
  maxUntrusted?: number
  timeoutMs?: number
  now?: () => number
  /** Bounds on updates whose dependencies never arrive (pending-guard.ts). */
  pendingLimits?: PendingLimits
}

export type SyncEvent =
  | { type: 'connected' | 'disconnected' | 'synced'; deviceId: string; error?: string }
  | { type: 'paired' | 'revoked'; deviceId: string }
  | { type: 'error'; deviceId: string | null; error: string; code: string }
  | { type: 'remote-removal'; deviceId: string; removal: RemoteRemoval }
  /** Updates waiting for dependencies that never came were dropped; `deviceId` sent the first of them, if known. */
  | { type: 'dropped-pending'; deviceId: string | null; drop: PendingDrop }

export interface DeviceStatus extends PairedDevice {
  fingerprint: string
  connected: boolean
  /** Changes of ours the device is not known to hold (ack-ledger.ts); null before a first acknowledged round trip. */
  pendingChanges: number | null
}

export interface PairingInvite {
  code: string
  qrPayload: string
  expiresAt: number
  /** Resolves with the new device once paired; rejects when cancelled, expired or burnt. */
  completion: Promise<PairingPeer>
  cancel(): void
}

export interface SyncNowResult {
  deviceId: string
  ok: boolean
  error?: string
}

const PENDING_SWEEP_MS = 60_000
const DEFAULT_INVITE_MS = 5 * 60_000
const MAX_INVITE_MS = 10 * 60_000

function lanAddress(): string {
  for (const list of Object.values(networkInterfaces())) {
    for (const entry of list ?? []) if (entry.family === 'IPv4' && !entry.internal) return entry.address
  }
  return '127.0.0.1'
}

export class SyncService {
  private server: ChannelServer | null = null
  private listenHost = ''
  private readonly sessions = new Map<string, Set<SyncSession>>()
  private readonly listeners = new Set<(event: SyncEvent) => void>()
  private invite: { ticket: InviteTicket; confirm: ConfirmPairing; settle: (peer: PairingPeer | Error) => void } | null = null
  private stopDiscovery: (() => void)[] = []
  private advert: { tag: string; stop: () => void } | null = null
  private readonly acks: AckLedger
  private readonly pending: PendingGuard
  private pendingSweep: NodeJS.Timeout | null = null
  private readonly now: () => number
  readonly deviceName: string

  private constructor(
    private readonly options: SyncServiceOptions,
    readonly identity: DeviceIdentity,
    readonly state: SyncState,
    readonly syncDir: string,
  ) {
    this.now = options.now ?? Date.now
    this.deviceName = options.deviceName ?? hostname()
    this.acks = new AckLedger(options.replica.doc, state, this.now)
    this.pending = new PendingGuard(options.replica.doc, this.now, options.pendingLimits)
  }

  static async open(options: SyncServiceOptions): Promise<SyncService> {
    const syncDir = join(options.dataDir, 'sync')
    const identity = await loadOrCreateDeviceIdentity(syncDir)
    return new SyncService(options, identity, await SyncState.load(syncDir, identity), syncDir)
  }

  get port(): number | null {
    return this.server?.port ?? null
  }

  thisDevice(): { deviceId: string; fingerprint: string; name: string } {
    return { deviceId: this.identity.deviceId, fingerprint: this.identity.fingerprint, name: this.deviceName }
  }

  devices(): DeviceStatus[] {
    return this.state.devices().map((d) => ({
      ...d,
      fingerprint: fingerprintOf(d.deviceId),
      connected: (this.sessions.get(d.deviceId)?.size ?? 0) > 0,
      lastSyncedAt: this.acks.lastSyncedAt(d.deviceId),
      pendingChanges: this.acks.pending(d.deviceId),
    }))
  }

  onDidChange(listener: (event: SyncEvent) => void): () => void {
    this.listeners.add(listener)
    return () => this.listeners.delete(listener)
  }

  /** Listens for paired devices (and pairing joiners) on host:port; port 0 picks a free one. */
  async start(address: { host?: string; port?: number } = {}): Promise<DeviceAddress> {
    if (this.server) return { host: this.listenHost, port: this.server.port }
    this.listenHost = address.host ?? '0.0.0.0'
    this.server = await listenForChannels(this.identity, { host: this.listenHost, port: address.port ?? 0 }, (channel) => this.accept(channel), this.channelOptions())
    this.pendingSweep = setInterval(() => this.checkPending(), PENDING_SWEEP_MS)
    this.pendingSweep.unref()
    const discovery = this.options.discovery
    if (discovery) {
      this.advertise(discovery)
      // A new day or a new key: a new tag (discovery-tag.ts).
      const timer = setInterval(() => this.advertise(discovery), 3_600_000)
      timer.unref()
      this.stopDiscovery.push(
        () => clearInterval(timer),
        () => this.advert?.stop(),
      )
      this.stopDiscovery.push(
        discovery.browse((peer) => {
          const deviceId = deviceOfTag(
            peer.deviceId,
            this.state.devices().map((d) => d.deviceId),
            this.state.keys,
            this.now(),
          )
          if (!deviceId || this.isConnected(deviceId)) return
          void this.connect({ host: peer.host, port: peer.port }).catch(() => undefined)
        }),
      )
    }
    return { host: this.listenHost, port: this.server.port }
  }

  /** Announces this device's tag for today under the current key (nothing before a vault exists). */
  private advertise(discovery: Discovery): void {
    const key = this.state.currentKey
    if (!key || !this.server) return
    const tag = discoveryTag(key, utcDay(this.now()), this.identity.deviceId)
    if (this.advert?.tag === tag) return
    this.advert?.stop()
    this.advert = { tag, stop: discovery.advertise({ deviceId: tag, port: this.server.port }) }
  }

  async stop(): Promise<void> {
    for (const stop of this.stopDiscovery.splice(0)) stop()
    this.advert = null
    if (this.pendingSweep) clearInterval(this.pendingSweep)
    this.pendingSweep = null
    this.invite?.settle(new Error('sync stopped'))
    for (const set of this.sessions.values()) for (const session of set) session.close()
    await this.server?.close()
    this.server = null
  }

  /** Opens a one-time invite (one at a time; a new one replaces the old). Needs `start()` first. */
  async pairInvite(options: { confirm: ConfirmPairing; ttlMs?: number }): Promise<PairingInvite> {
    if (!this.server) throw new Error('start sync before inviting a device')
    await this.state.ensureVault(this.deviceName, this.now())
    this.invite?.settle(new Error('replaced by a new invite'))
    const ttl = Math.min(options.ttlMs ?? DEFAULT_INVITE_MS, MAX_INVITE_MS)
    const ticket: InviteTicket = { secret: randomBytes(PAIRING_SECRET_BYTES), expiresAt: this.now() + ttl, failures: 0, used: false }
    let settle!: (peer: PairingPeer | Error) => void
    const completion = new Promise<PairingPeer>((resolve, reject) => {
      const timer = setTimeout(() => settle(new Error('the pairing code expired')), ttl)
      timer.unref()
      settle = (result) => {
        clearTimeout(timer)
        if (this.invite?.ticket === ticket) this.invite = null
        if (result instanceof Error) reject(result)
        else resolve(result)
      }
    })
    completion.catch(() => undefined)
    this.invite = { ticket, confirm: options.confirm, settle }
    const code = { host: this.options.advertisedHost ?? lanAddress(), port: this.server.port, secret: ticket.secret, inviterId: this.identity.deviceId }
    return { code: formatPairingCode(code), qrPayload: pairingQrPayload(code), expiresAt: ticket.expiresAt, completion, cancel: () => settle(new Error('pairing was cancelled')) }
  }

  /** Joins the group of the device that showed `codeText`; resolves once paired. */
  async pairJoin(codeText: string, options: { confirm: ConfirmPairing }): Promise<PairingPeer> {
    const code = parsePairingCode(codeText)
    const channel = await connectChannel(this.identity, code, this.channelOptions())
    const peer = await runJoinerHandshake(channel, {
      ownId: this.identity.deviceId,
      ownName: this.deviceName,
      listenPort: this.server?.port ?? 0,
      secret: code.secret,
      inviterId: code.inviterId,
      confirm: options.confirm,
      adopt: (group, inviter) => this.state.adopt(group, { deviceId: inviter.deviceId, address: { host: code.host, port: code.port } }, this.now()),
    })
    this.emit({ type: 'paired', deviceId: peer.deviceId })
    return peer
  }

  /** Removes a device for good and rotates the vault key; the other devices learn it from us. */
  async revoke(deviceId: string): Promise<void> {
    await this.state.revoke(deviceId, this.now())
    for (const session of this.sessions.get(deviceId) ?? []) session.close(new ChannelError('revoked', 'this device was removed from the sync group'))
    this.broadcastGroupState()
    this.emit({ type: 'revoked', deviceId })
  }

  /** Opens a live session with the device at `address` (which must be paired). */
  async connect(address: DeviceAddress): Promise<SyncSession> {
    const channel = await connectChannel(this.identity, address, this.channelOptions())
    if (!this.state.isTrusted(channel.peerDeviceId)) {
      const error = new ChannelError('not-paired', `the device at ${address.host}:${address.port} is not paired with this one`)
      channel.close(error)
      throw error
    }
    return this.startSession(channel)
  }

  /** Syncs with every paired device that has a known address, and waits until each is in sync. */
  async syncNow(options: { timeoutMs?: number } = {}): Promise<SyncNowResult[]> {
    return Promise.all(
      this.state.devices().map(async (device): Promise<SyncNowResult> => {
        try {
          let session = [...(this.sessions.get(device.deviceId) ?? [])].find((s) => s.channel.isOpen)
          if (!session) {
            if (!device.address) throw new Error('no known address')
            session = await this.connect(device.address)
          }
          await session.whenSynced(options.timeoutMs)
          return { deviceId: device.deviceId, ok: true }
        } catch (error) {
          return { deviceId: device.deviceId, ok: false, error: error instanceof Error ? error.message : String(error) }
        }
      }),
    )
  }

  /** One round through a sync folder (folder-sync.ts). */
  async syncFolder(folder: string, options: FolderSyncOptions = {}): Promise<FolderRoundReport> {
    await this.state.ensureVault(this.deviceName, this.now())
    const round = new FolderSync(folder, this.syncDir, this.identity, this.options.replica, this.state, options, (outcome) => this.afterMembershipChange(outcome, null))
    const report = await round.round(this.now())
    for (const removal of report.removals) this.emit({ type: 'remote-removal', deviceId: removal.deviceId, removal })
    this.checkPending()
    return report
  }

  /**
   * Drops structs that wait too long or too large for dependencies (pending-guard.ts); runs after
   * every update a session applies, after folder rounds and every PENDING_SWEEP_MS.
   */
  checkPending(): void {
    const drop = this.pending.check()
    if (drop) this.emit({ type: 'dropped-pending', deviceId: drop.from, drop })
  }

  private channelOptions() {
    return { maxFrameBytes: this.options.maxFrameBytes, maxUntrusted: this.options.maxUntrusted, timeoutMs: this.options.timeoutMs }
  }

  private isConnected(deviceId: string): boolean {
    return [...(this.sessions.get(deviceId) ?? [])].some((s) => s.channel.isOpen)
  }

  private accept(channel: PeerChannel): void {
    const id = channel.peerDeviceId
    if (this.state.isRevoked(id)) return channel.close(new ChannelError('revoked', 'this device was removed from the sync group'))
    if (this.state.isTrusted(id)) {
      this.startSession(channel)
      return
    }
    const invite = this.invite
    if (!invite) return channel.close(new ChannelError('not-paired', 'this device is not paired; pair it first'))
    runInviterHandshake(channel, {
      ownId: this.identity.deviceId,
      ownName: this.deviceName,
      ticket: invite.ticket,
      now: this.now,
      confirm: invite.confirm,
      groupState: () => this.state.groupState(this.server?.port ?? null, true),
      addDevice: (device) =>
        this.state.addDevice(
          { deviceId: device.deviceId, name: device.name, spki: device.spki, address: device.port > 0 ? { host: device.host, port: device.port } : null },
          this.now(),
        ),
    }).then(
      (peer) => {
        invite.settle(peer)
        this.emit({ type: 'paired', deviceId: peer.deviceId })
      },
      (error: unknown) => {
        const { ticket } = invite
        if (ticket.used || ticket.failures >= 5) invite.settle(error instanceof Error ? error : new Error(String(error)))
        this.emit({
          type: 'error',
          deviceId: id,
          error: error instanceof Error ? error.message : String(error),
          code: error instanceof ChannelError ? error.code : 'pairing-failed',
        })
      },
    )
  }

  private groupState(): GroupState {
    return this.state.groupState(this.server?.port ?? null)
  }

  private startSession(channel: PeerChannel): SyncSession {
    channel.trust()
    const deviceId = channel.peerDeviceId
    const session = new SyncSession(channel, this.options.replica, () => this.groupState(), {
      onGroupState: (group) => this.onGroupState(group, channel),
      onRemoteRemoval: (removal) => this.emit({ type: 'remote-removal', deviceId, removal }),
      afterApply: () => this.checkPending(),
      onDidSync: () => {
        this.acks.record(deviceId)
        this.emit({ type: 'synced', deviceId })
      },
    })
    const set = this.sessions.get(deviceId) ?? new Set()
    set.add(session)
    this.sessions.set(deviceId, set)
    void this.state.touch(deviceId, { lastSeenAt: this.now() }).catch(() => undefined)
    this.emit({ type: 'connected', deviceId })
    void channel.closed.then((error) => {
      set.delete(session)
      this.acks.persist(deviceId)
      this.emit({ type: 'disconnected', deviceId, ...(error ? { error: error.message } : {}) })
      if (error) this.emit({ type: 'error', deviceId, error: error.message, code: error.code })
    })
    session.start()
    return session
  }

  private async onGroupState(group: GroupState, channel: PeerChannel): Promise<void> {
    if (this.state.isRevoked(this.identity.deviceId)) throw new ChannelError('revoked', 'the other device says this device was removed from the sync group')
    if (!this.state.isTrusted(channel.peerDeviceId)) throw new ChannelError('revoked', 'this device was removed from the sync group')
    let outcome: MergeOutcome
    try {
      outcome = await this.state.merge(group, this.now(), { deviceId: channel.peerDeviceId, host: channel.remoteHost })
    } catch (error) {
      if (error instanceof GroupStateError) throw new ChannelError('other-vault', error.message)
      throw error
    }
    if (this.state.isRevoked(this.identity.deviceId)) {
      this.afterMembershipChange(outcome, null)
      throw new ChannelError('revoked', 'the other device says this device was removed from the sync group')
    }
    if (outcome.refused > 0)
      this.emit({
        type: 'error',
        deviceId: channel.peerDeviceId,
        error: `refused ${outcome.refused} membership change(s) from this device that do not verify`,
        code: 'refused-membership',
      })
    this.afterMembershipChange(outcome, channel.peerDeviceId)
  }

  /** Closes sessions of devices no longer trusted (us included) and tells the others what changed. */
  afterMembershipChange(outcome: MergeOutcome, from: string | null): void {
    if (this.state.isRevoked(this.identity.deviceId)) {
      for (const set of this.sessions.values()) for (const session of set) session.close(new ChannelError('revoked', 'this device was removed from the sync group'))
      return
    }
    for (const [deviceId, set] of this.sessions)
      if (!this.state.isTrusted(deviceId)) for (const session of set) session.close(new ChannelError('revoked', 'this device was removed from the sync group'))
    for (const id of outcome.newlyRevoked) this.emit({ type: 'revoked', deviceId: id })
    if (outcome.changed) this.broadcastGroupState(from)
  }

  private broadcastGroupState(except: string | null = null): void {
    for (const [deviceId, set] of this.sessions) if (deviceId !== except) for (const session of set) session.sendGroupState()
  }

  private emit(event: SyncEvent): void {
    if ((event.type === 'paired' || event.type === 'revoked') && this.options.discovery) this.advertise(this.options.discovery)
    for (const listener of this.listeners) {
      try {
        listener(event)
      } catch {
        // A listener's failure must not break sync.
      }
    }
  }
}
