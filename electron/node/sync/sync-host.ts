/**
 * Device sync as a long-running service of one process that holds the vault: the app's main
 * process, `kizuna sync serve`, or a one-shot `kizuna` command. It wraps the SyncService with
 * what a process needs around it: when to listen, a reconnect loop, the sync folder preference and
 * its periodic rounds, polled pairing (pairing-desk.ts) and a status for the UI and the CLI.
 *
 *   <dataDir>/sync/host.json   the chosen sync folder and an unanswered remote removal (host-file.ts)
 *
 * Network exposure (the security argument in one place):
 * - `listenWhen: 'paired'` (the app): the TLS listener is bound only while an invite is open or at
 *   least one device is paired; a fresh install, or one whose devices were all revoked, listens on
 *   nothing and advertises nothing. mDNS announces only while listening.
 * - `'always'` (sync serve) listens from start; `'invite-only'` (one-shot CLI) only during an invite.
 * - Whatever listens speaks only mutual TLS with pinned device keys (sync-service.ts): a stranger
 *   gets the pairing handshake while an invite is open, else an error and a close.
 */
import { resolve } from 'node:path'
import type { RestoreReport } from '../../../shared/ipc'
import type { DroppedUpdatesStatus, FolderRoundSummary, RemoteRemovalStatus, SyncNowReport, SyncState as UiSyncState, SyncStatus } from '../../../shared/sync'
import { restoreBackup } from '../io/backup-service'
import type { VaultReplica } from '../store'
import type { SyncCommand } from '../commands/sync-command-schema'
import type { Discovery } from './discovery'
import type { FolderRoundReport } from './folder-sync'
import { fingerprintOf } from './device-identity'
import { readHostFile, writeHostFile } from './host-file'
import { PairingDesk } from './pairing-desk'
import { SyncService, type SyncEvent, type SyncServiceOptions } from './sync-service'
import { lazyDiscovery } from './lazy-discovery'

export interface SyncHostOptions {
  dataDir: string
  replica: VaultReplica
  deviceName?: string
  listen: { host: string; port: number }
  listenWhen: 'paired' | 'always' | 'invite-only'
  /** Creates the LAN discovery when listening starts (e.g. createMdnsDiscovery); none if absent. */
  discovery?: () => Discovery
  /** How often to try paired devices that are not connected, in ms; null: never (one-shot). */
  reconnectMs?: number | null
  /** How often to run a round through the sync folder, in ms; null: only when asked. */
  folderEveryMs?: number | null
  advertisedHost?: string
  timeoutMs?: number
  /** Passed to the SyncService (tests inject a clock and small limits). */
  now?: SyncServiceOptions['now']
  pendingLimits?: SyncServiceOptions['pendingLimits']
}

/** Codes that mean "the other device is not there right now", not "something is wrong". */
const OFFLINE_CODES = new Set(['closed', 'network', 'timeout'])
const PENDING_REFRESH_MS = 500

const message = (error: unknown): string => (error instanceof Error ? error.message : String(error))

export function summarizeFolderRound(report: FolderRoundReport, at: number): FolderRoundSummary {
  return { at, applied: report.applied.length, written: report.written !== null, problems: report.issues.map((i) => `${i.file}: ${i.reason}`) }
}

export class SyncHost {
  readonly desk: PairingDesk
  private listening: string | null = null
  private listenTask: Promise<void> = Promise.resolve()
  private folder: string | null = null
  private lastFolderRound: FolderRoundSummary | null = null
  private lastError: string | null = null
  private lastRemoteRemoval: RemoteRemovalStatus | null = null
  private lastDroppedUpdates: DroppedUpdatesStatus | null = null
  private readonly syncing = new Set<string>()
  private busy = 0
  private readonly timers: NodeJS.Timeout[] = []
  private readonly listeners = new Set<(status: SyncStatus) => void>()
  private readonly unsubscribe: (() => void)[] = []
  private disposed = false
  /** Invites between "start listening" and "invite open": a stop decided meanwhile must wait. */
  private startingInvites = 0
  private hostFileWrite: Promise<void> = Promise.resolve()
  /** A local change raises what paired devices lack: the status says so shortly after (one timer for a burst). */
  private pendingRefresh: NodeJS.Timeout | null = null

  private constructor(
    readonly service: SyncService,
    private readonly options: SyncHostOptions,
  ) {
    this.desk = new PairingDesk(service)
    this.unsubscribe.push(service.onDidChange((event) => this.onSyncEvent(event)))
    this.unsubscribe.push(this.desk.onDidChange(() => this.onPairingChange()))
    const onDocUpdate = () => {
      if (this.pendingRefresh || this.service.devices().length === 0) return
      this.pendingRefresh = setTimeout(() => {
        this.pendingRefresh = null
        this.changed()
      }, PENDING_REFRESH_MS)
      this.pendingRefresh.unref()
    }
    options.replica.doc.on('update', onDocUpdate)
    this.unsubscribe.push(() => {
      options.replica.doc.off('update', onDocUpdate)
      if (this.pendingRefresh) clearTimeout(this.pendingRefresh)
    })
  }

  static async open(options: SyncHostOptions): Promise<SyncHost> {
    const discovery = options.discovery ? lazyDiscovery(options.discovery) : undefined
    const service = await SyncService.open({
      dataDir: options.dataDir,
      replica: options.replica,
      deviceName: options.deviceName,
      advertisedHost: options.advertisedHost ?? advertisable(options.listen.host),
      discovery,
      timeoutMs: options.timeoutMs,
      now: options.now,
      pendingLimits: options.pendingLimits,
    })
    const host = new SyncHost(service, options)
    const saved = await readHostFile(service.syncDir)
    host.folder = saved.folder
    host.lastRemoteRemoval = saved.lastRemoteRemoval
    return host
  }

  /** Starts listening if this mode says so, and the reconnect and folder loops. */
  async start(): Promise<void> {
    await this.updateListening()
    if (this.options.reconnectMs) this.every(this.options.reconnectMs, () => this.reconnect())
    if (this.options.folderEveryMs) this.every(this.options.folderEveryMs, () => (this.folder ? this.folderRound(this.folder).then(() => undefined) : Promise.resolve()))
    this.reconnect().catch(() => undefined)
  }

  async dispose(): Promise<void> {
    this.disposed = true
    for (const timer of this.timers.splice(0)) clearInterval(timer)
    this.desk.dispose()
    for (const stop of this.unsubscribe.splice(0)) stop()
    await this.listenTask.catch(() => undefined)
    await this.service.stop()
    this.listening = null
  }

  onDidChange(listener: (status: SyncStatus) => void): () => void {
    this.listeners.add(listener)
    return () => this.listeners.delete(listener)
  }

  status(): SyncStatus {
    const devices = this.service.devices().map((d) => ({
      deviceId: d.deviceId,
      fingerprint: d.fingerprint,
      name: d.name,
      pairedAt: d.pairedAt,
      address: d.address ? `${d.address.host}:${d.address.port}` : null,
      lastSeenAt: d.lastSeenAt,
      lastSyncedAt: d.lastSyncedAt,
      connected: d.connected,
      pendingChanges: d.pendingChanges,
    }))
    return {
      state: this.state(
        devices.some((d) => d.connected),
        devices.length > 0,
      ),
      error: this.lastError,
      listening: this.listening,
      device: this.service.thisDevice(),
      devices,
      folder: this.folder,
      lastFolderRound: this.lastFolderRound,
      pairing: this.desk.status(),
      lastRemoteRemoval: this.lastRemoteRemoval,
      lastDroppedUpdates: this.lastDroppedUpdates,
    }
  }

  /** Runs one sync command (control socket or one-shot CLI); returns plain JSON data. */
  async run(command: SyncCommand): Promise<unknown> {
    switch (command.name) {
      case 'sync.status':
        return this.status()
      case 'sync.now':
        return this.syncNow()
      case 'sync.folder':
        return this.folderRound(command.path, true)
      case 'sync.restore-removal':
        return this.restoreRemoval()
      case 'sync.dismiss-removal':
        await this.dismissRemoval()
        return this.status()
      case 'devices.revoke':
        await this.revoke(command.deviceId)
        return this.status()
      case 'pair.invite':
        return this.invite(command.ttlMs)
      case 'pair.join':
        return this.join(command.code)
      case 'pair.status':
        return this.desk.statusOf(command.pairingId)
      case 'pair.confirm':
        return this.desk.confirm(command.pairingId, command.accept)
      case 'pair.cancel':
        return this.desk.cancel(command.pairingId)
    }
  }

  async invite(ttlMs?: number) {
    this.startingInvites++
    try {
      await this.ensureListening()
      return await this.desk.invite(ttlMs)
    } finally {
      this.startingInvites--
    }
  }

  async join(code: string) {
    if (this.options.listenWhen !== 'invite-only') await this.ensureListening()
    return this.desk.join(code)
  }

  async revoke(deviceId: string): Promise<void> {
    if (!this.service.devices().some((d) => d.deviceId === deviceId)) throw new SyncHostError(`no paired device has the id ${deviceId}`)
    await this.service.revoke(deviceId)
    await this.updateListening()
    this.changed()
  }

  /** Restores the backup kept before the last mass removal by another device (one action). */
  async restoreRemoval(): Promise<RestoreReport> {
    const removal = this.lastRemoteRemoval
    if (!removal) throw new SyncHostError('no removal by another device to undo')
    const report = await restoreBackup(this.options.replica, removal.backupId)
    await this.setRemoteRemoval(null)
    return report
  }

  /** The user keeps the other device's removal: the notice goes, the backup stays with the others. */
  async dismissRemoval(): Promise<void> {
    if (!this.lastRemoteRemoval) throw new SyncHostError('no removal by another device to dismiss')
    await this.setRemoteRemoval(null)
  }

  private async setRemoteRemoval(removal: RemoteRemovalStatus | null): Promise<void> {
    this.lastRemoteRemoval = removal
    this.changed()
    await this.saveHostFile()
  }

  /** Writes host.json after any earlier write, with the state at the time this write runs. */
  private saveHostFile(): Promise<void> {
    const write = this.hostFileWrite.catch(() => undefined).then(() => writeHostFile(this.service.syncDir, { folder: this.folder, lastRemoteRemoval: this.lastRemoteRemoval }))
    this.hostFileWrite = write
    return write
  }

  /** Syncs with every paired device it can reach and runs a folder round; waits for both. */
  async syncNow(): Promise<SyncNowReport> {
    this.busy++
    this.changed()
    try {
      const results = await this.service.syncNow({ timeoutMs: 30_000 })
      const report: SyncNowReport = { devices: results.map((r) => ({ deviceId: r.deviceId, ok: r.ok, error: r.error ?? null })), folder: null, folderError: null }
      if (this.folder) {
        try {
          report.folder = await this.folderRound(this.folder, true)
        } catch (error) {
          report.folderError = message(error)
        }
      }
      if (results.length > 0 && results.every((r) => r.ok)) this.lastError = null
      return report
    } finally {
      this.busy--
      this.changed()
    }
  }

  async setFolder(folder: string | null): Promise<void> {
    this.folder = folder === null ? null : resolve(folder)
    await this.saveHostFile()
    this.changed()
    if (this.folder) await this.folderRound(this.folder).catch(() => undefined)
  }

  private async folderRound(folder: string, rethrow = false): Promise<FolderRoundSummary> {
    this.busy++
    this.changed()
    try {
      const summary = summarizeFolderRound(await this.service.syncFolder(folder), Date.now())
      if (folder === this.folder) {
        this.lastFolderRound = summary
        this.lastError = summary.problems.length > 0 ? `sync folder: ${summary.problems.length} file(s) could not be read` : null
      }
      return summary
    } catch (error) {
      if (folder === this.folder) this.lastError = `sync folder: ${message(error)}`
      if (rethrow) throw new SyncHostError(`could not sync through ${folder}: ${message(error)}`)
      return { at: Date.now(), applied: 0, written: false, problems: [message(error)] }
    } finally {
      this.busy--
      this.changed()
    }
  }

  private async reconnect(): Promise<void> {
    // Outbound connects do not need our listener (which may have failed: port in use).
    if (this.disposed || this.options.listenWhen === 'invite-only') return
    await Promise.all(
      this.service
        .devices()
        .filter((d) => !d.connected && d.address)
        .map((d) => this.service.connect(d.address!).catch(() => undefined)),
    )
  }

  private state(connected: boolean, paired: boolean): UiSyncState {
    if (!paired && !this.folder) return 'off'
    if (this.lastError) return 'error'
    if (this.busy > 0 || this.syncing.size > 0) return 'syncing'
    if (connected || (this.folder && this.lastFolderRound)) return 'synced'
    return 'offline'
  }

  private wantsListening(): boolean {
    if (this.disposed) return false
    const pairing = this.desk.status()
    const inviting = this.startingInvites > 0 || (pairing?.role === 'invite' && (pairing.phase === 'waiting' || pairing.phase === 'confirm'))
    if (inviting || this.options.listenWhen === 'always') return true
    return this.options.listenWhen === 'paired' && this.service.devices().length > 0
  }

  private ensureListening(): Promise<void> {
    const task = this.listenTask.catch(() => undefined).then(() => this.startListening())
    this.listenTask = task
    return task
  }

  private async startListening(): Promise<void> {
    if (this.listening || this.disposed) return
    try {
      const address = await this.service.start(this.options.listen)
      this.listening = `${address.host}:${address.port}`
      this.changed()
    } catch (error) {
      this.lastError = `cannot listen on ${this.options.listen.host}:${this.options.listen.port}: ${message(error)}`
      this.changed()
      throw new SyncHostError(this.lastError)
    }
  }

  /** Starts or stops listening as wantsListening() says when the queued task runs (not now). */
  private async updateListening(): Promise<void> {
    const task = this.listenTask
      .catch(() => undefined)
      .then(async () => {
        if (this.wantsListening()) return this.startListening().catch(() => undefined)
        if (!this.listening) return
        await this.service.stop()
        this.listening = null
        this.syncing.clear()
        this.changed()
      })
    this.listenTask = task
    await task.catch(() => undefined)
  }

  private onSyncEvent(event: SyncEvent): void {
    switch (event.type) {
      case 'connected':
        this.syncing.add(event.deviceId)
        break
      case 'synced':
        this.syncing.delete(event.deviceId)
        this.lastError = null
        break
      case 'disconnected':
        this.syncing.delete(event.deviceId)
        break
      case 'paired':
        void this.updateListening().then(() => this.reconnect())
        break
      case 'remote-removal':
        void this.setRemoteRemoval({ ...event.removal, deviceName: this.nameOf(event.deviceId) }).catch(() => undefined)
        break
      case 'dropped-pending':
        this.lastDroppedUpdates = {
          deviceId: event.deviceId,
          deviceName: event.deviceId === null ? null : this.nameOf(event.deviceId),
          bytes: event.drop.bytes,
          reason: event.drop.reason,
          at: Date.now(),
        }
        break
      case 'error':
        if (!OFFLINE_CODES.has(event.code) && event.code !== 'pairing-failed') this.lastError = event.error
        break
      default:
        break
    }
    this.changed()
  }

  /** A device's name, or its fingerprint if this device does not know it. */
  private nameOf(deviceId: string): string {
    return this.service.state.membership?.members.get(deviceId)?.name ?? fingerprintOf(deviceId)
  }

  private onPairingChange(): void {
    const phase = this.desk.status()?.phase
    if (phase === 'paired' || phase === 'failed') void this.updateListening()
    this.changed()
  }

  private every(ms: number, task: () => Promise<void>): void {
    let running = false
    const timer = setInterval(() => {
      if (running || this.disposed) return
      running = true
      task()
        .catch(() => undefined)
        .finally(() => (running = false))
    }, ms)
    timer.unref()
    this.timers.push(timer)
  }

  private changed(): void {
    if (this.disposed && this.listeners.size === 0) return
    const status = this.status()
    for (const listener of this.listeners) {
      try {
        listener(status)
      } catch {
        // A listener's failure must not break sync.
      }
    }
  }
}

export class SyncHostError extends Error {
  override readonly name = 'SyncHostError'
}

/** A host to put in pairing codes: the listen host unless it is "any address". */
function advertisable(host: string): string | undefined {
  return host === '0.0.0.0' || host === '::' || host === '' ? undefined : host
}
