/**
 * The main process's side of the renderer <-> main replica sync.
 *
 * Each vault is one `VaultReplica` (a Y.Doc durable on disk). Renderers are peers that speak
 * y-protocols sync messages: step 1 (state vector), step 2 (missing updates), then live updates.
 * A peer's message is answered only after what it carried is fsynced, so a resolved sync call
 * means "acknowledged and durable". Updates from any source (a renderer, the CLI, a sync peer)
 * are forwarded to every other peer; a peer's own updates are never echoed back to it.
 */
import { join } from 'node:path'
import type * as Y from 'yjs'
import { peerIdOf, peerOrigin, WINDOW_PEER_ORIGIN } from '../../shared/graph'
import { encodeSyncStep1, encodeSyncStep2, encodeUpdateMessage, parseSyncMessage } from '../../shared/sync'
import type { StatusEvent, StoreHealth, VaultName } from '../../shared/ipc'
import { VaultReplica, type VaultLoadReport } from './store'

interface OpenVault {
  replica: VaultReplica
  peers: Map<string, (message: Uint8Array) => void>
  detach: () => void
}

export interface VaultHostOptions {
  onStatus: (event: StatusEvent) => void
  /** This process's control socket, recorded in each vault's LOCK so `kizuna` can reach us. */
  controlSocket?: string | null
}

export function describeLoadReport(report: VaultLoadReport): StoreHealth {
  const repairs: string[] = []
  const keptAs = report.snapshotKeptAs.length > 0 ? ` (kept as ${report.snapshotKeptAs.join(', ')})` : ''
  if (report.snapshot === 'corrupt-recovered-from-prev') repairs.push(`The latest snapshot was damaged${keptAs}; the previous snapshot and the logs were used.`)
  if (report.snapshot === 'recovered-from-backup')
    repairs.push(`Both snapshots were missing or damaged${keptAs}; the backup ${report.backupUsed ?? ''} and the logs after it were used.`)
  if (report.snapshot === 'corrupt') repairs.push(`The snapshot was damaged and could not be read${keptAs}; the rest comes from this window's copy.`)
  const tail = report.skippedTail
  if (tail) {
    const where = tail.keptAs ? `kept as ${tail.keptAs}` : 'left in place'
    const after = tail.recoveredAfter > 0 ? ` ${tail.recoveredAfter} intact records after it were still loaded.` : ''
    repairs.push(`A damaged part of the log (${tail.bytes} bytes) was skipped and ${where}.${after}`)
  }
  if (report.unreadableUpdates > 0) repairs.push(`${report.unreadableUpdates} log records could not be read and were kept as ${report.recordsKeptAs.join(', ') || 'they were'}.`)
  if (report.damagedLeftInPlace.length > 0) repairs.push(`Damaged files could not be moved aside and were left in place: ${report.damagedLeftInPlace.join(', ')}.`)
  return { wasEmpty: report.wasEmpty, repairs }
}

export class VaultHost {
  private readonly vaults = new Map<VaultName, Promise<OpenVault>>()

  constructor(
    private readonly vaultsDir: string,
    private readonly options: VaultHostOptions,
  ) {}

  vaultDir(name: VaultName): string {
    return join(this.vaultsDir, name)
  }

  async open(name: VaultName): Promise<{ replica: VaultReplica; health: StoreHealth }> {
    const vault = await this.get(name)
    return { replica: vault.replica, health: describeLoadReport(vault.replica.loadReport) }
  }

  /**
   * The replica if this host has the vault open (or is opening it), else null. The control server
   * serves only these: it must never open a vault on a command's behalf.
   */
  async openedReplica(name: VaultName): Promise<VaultReplica | null> {
    const vault = await this.vaults.get(name)?.catch(() => null)
    return vault?.replica ?? null
  }

  private get(name: VaultName): Promise<OpenVault> {
    let vault = this.vaults.get(name)
    if (!vault) {
      vault = this.load(name)
      this.vaults.set(name, vault)
      vault.catch(() => this.vaults.delete(name))
    }
    return vault
  }

  private async load(name: VaultName): Promise<OpenVault> {
    const replica = await VaultReplica.open(this.vaultDir(name), { controlSocket: this.options.controlSocket ?? null })
    replica.onDidFail((error) => this.options.onStatus({ kind: 'error', code: 'store-write-failed', detail: error.message }))
    const peers = new Map<string, (message: Uint8Array) => void>()
    const onUpdate = (update: Uint8Array, origin: unknown): void => {
      const from = peerIdOf(origin)
      if (peers.size === 0) return
      const message = encodeUpdateMessage(update)
      for (const [peerId, send] of peers) if (peerId !== from) send(message)
    }
    replica.doc.on('update', onUpdate)
    return { replica, peers, detach: () => replica.doc.off('update', onUpdate) }
  }

  /** Registers a peer that receives live updates; returns the function that removes it. */
  async attachPeer(name: VaultName, peerId: string, send: (message: Uint8Array) => void): Promise<() => void> {
    const vault = await this.get(name)
    vault.peers.set(peerId, send)
    return () => {
      if (vault.peers.get(peerId) === send) vault.peers.delete(peerId)
    }
  }

  /**
   * Handles one sync message from a peer and returns the replies. A step 1 is answered with
   * step 2 (what the peer lacks) followed by our own step 1 (so the peer sends what we lack).
   * Resolves only once everything the message carried is durable. A malformed message throws
   * `SyncMessageError` and leaves the document untouched.
   */
  async handleSyncMessage(name: VaultName, peerId: string, message: Uint8Array): Promise<Uint8Array[]> {
    const parsed = parseSyncMessage(message)
    const { replica } = await this.get(name)
    const doc: Y.Doc = replica.doc
    if (parsed.type === 'step1') {
      return [encodeSyncStep2(doc, parsed.stateVector), encodeSyncStep1(doc)]
    }
    const origin = peerOrigin(WINDOW_PEER_ORIGIN, peerId)
    await replica.applyUpdate(parsed.update, origin)
    return []
  }

  async flush(): Promise<void> {
    await Promise.all([...this.vaults.values()].map(async (v) => (await v).replica.whenFlushed()))
  }

  async close(): Promise<void> {
    const open = [...this.vaults.values()]
    this.vaults.clear()
    for (const pending of open) {
      const vault = await pending.catch(() => null)
      if (!vault) continue
      vault.detach()
      await vault.replica.close()
    }
  }
}
