import { mkdtemp } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach } from 'vitest'
import { silentLogger, VaultReplica } from '../../../../../electron/node/store'
import { SyncHost, SyncService, type SyncHostOptions, type SyncServiceOptions } from '../../../../../electron/node/sync'

export interface TestPeer {
  dir: string
  replica: VaultReplica
  service: SyncService
  close(): Promise<void>
}

export const tempDir = (prefix = 'kizuna-sync-'): Promise<string> => mkdtemp(join(tmpdir(), prefix))

export async function openPeer(name: string, options: Partial<SyncServiceOptions> = {}, dir?: string): Promise<TestPeer> {
  const dataDir = dir ?? (await tempDir(`kizuna-${name}-`))
  const replica = await VaultReplica.open(join(dataDir, 'vaults', 'default'), { log: silentLogger, backups: false })
  const service = await SyncService.open({ dataDir, replica, deviceName: name, advertisedHost: '127.0.0.1', timeoutMs: 5000, ...options })
  await service.start({ host: '127.0.0.1', port: 0 })
  return {
    dir: dataDir,
    replica,
    service,
    close: async () => {
      await service.stop()
      await replica.close()
    },
  }
}

/** Opens peers (as `openPeer`) that are closed after each test of the calling file. */
export function peersClosedAfterEach(): (name: string, options?: Partial<SyncServiceOptions>) => Promise<TestPeer> {
  const peers: TestPeer[] = []
  afterEach(async () => {
    await Promise.all(peers.splice(0).map((p) => p.close()))
  })
  return async (name, options) => {
    const peer = await openPeer(name, options)
    peers.push(peer)
    return peer
  }
}

export interface TestHost {
  replica: VaultReplica
  host: SyncHost
  /** Disposes the host, then closes the vault; a second call does nothing. */
  close: () => Promise<void>
}

/** A SyncHost over the vault in `dataDir`, as the app and `kizuna sync serve` run it: listening on 127.0.0.1 (port 0 unless `options` say). */
export async function openHost(dataDir: string, name: string, options: Partial<SyncHostOptions> = {}): Promise<TestHost> {
  const replica = await VaultReplica.open(join(dataDir, 'vaults', 'default'), { log: silentLogger, backups: false })
  const host = await SyncHost.open({
    dataDir,
    replica,
    deviceName: name,
    listen: { host: '127.0.0.1', port: 0 },
    listenWhen: 'always',
    reconnectMs: null,
    timeoutMs: 5000,
    advertisedHost: '127.0.0.1',
    ...options,
  })
  await host.start()
  let closed = false
  const close = async () => {
    if (closed) return
    closed = true
    await host.dispose()
    await replica.close()
  }
  return { replica, host, close }
}

export const acceptAll = () => Promise.resolve(true)

/** Pairs `joiner` into `inviter`'s group and returns the words each side saw. */
export async function pair(inviter: TestPeer, joiner: TestPeer): Promise<{ inviterWords: string[]; joinerWords: string[] }> {
  let inviterWords: string[] = []
  let joinerWords: string[] = []
  const invite = await inviter.service.pairInvite({ confirm: (peer) => ((inviterWords = peer.words), Promise.resolve(true)) })
  await joiner.service.pairJoin(invite.code, { confirm: (peer) => ((joinerWords = peer.words), Promise.resolve(true)) })
  await invite.completion
  return { inviterWords, joinerWords }
}
