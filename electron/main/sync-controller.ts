/**
 * The app's device sync: one SyncHost for the default vault, on the VaultHost's own replica (so
 * what a sync session applies reaches open windows through their normal replica sync). Opened at
 * startup when the vault is (or on the first sync:* call), started in `listenWhen: 'paired'` mode:
 * nothing listens or announces until the user pairs a device (see sync-host.ts).
 *
 * Environment (tests, power users): KIZUNA_SYNC_HOST (default 0.0.0.0), KIZUNA_SYNC_PORT (default
 * 47120; 0 picks a free port), KIZUNA_SYNC_MDNS=0 turns LAN announcement off.
 */
import { stat } from 'node:fs/promises'
import { hostname } from 'node:os'
import type { SyncStatus } from '../../shared/sync'
import { createMdnsDiscovery, SyncHost } from '../node/sync'
import type { VaultHost } from '../node/vault-host'

export const DEFAULT_SYNC_PORT = 47120
const RECONNECT_MS = 15_000
const FOLDER_EVERY_MS = 60_000

export interface DeviceSyncOptions {
  dataDir: string
  vaults: VaultHost
  onStatus: (status: SyncStatus) => void
  listen?: { host: string; port: number }
  mdns?: boolean
}

export interface DeviceSync {
  /** The SyncHost, opened (and the default vault with it) on first use. */
  host(): Promise<SyncHost>
  /** The status; before the first run (no default vault yet) an "off" status that opens nothing. */
  status(): Promise<SyncStatus>
  dispose(): Promise<void>
}

const OFF_BEFORE_FIRST_RUN = (): SyncStatus => ({
  state: 'off',
  error: null,
  listening: null,
  device: { deviceId: '', fingerprint: '', name: hostname() },
  devices: [],
  folder: null,
  lastFolderRound: null,
  pairing: null,
})

export function syncListenFromEnv(env: NodeJS.ProcessEnv = process.env): { listen: { host: string; port: number }; mdns: boolean } {
  const port = Number(env.KIZUNA_SYNC_PORT ?? DEFAULT_SYNC_PORT)
  return {
    listen: { host: env.KIZUNA_SYNC_HOST || '0.0.0.0', port: Number.isInteger(port) && port >= 0 && port <= 65535 ? port : DEFAULT_SYNC_PORT },
    mdns: env.KIZUNA_SYNC_MDNS !== '0',
  }
}

export function startDeviceSync(options: DeviceSyncOptions): DeviceSync {
  const fromEnv = syncListenFromEnv()
  let opening: Promise<SyncHost> | null = null
  let disposed = false
  return {
    host() {
      if (disposed) return Promise.reject(new Error('the app is closing'))
      opening ??= (async () => {
        const { replica } = await options.vaults.open('default')
        const host = await SyncHost.open({
          dataDir: options.dataDir,
          replica,
          listen: options.listen ?? fromEnv.listen,
          listenWhen: 'paired',
          discovery: (options.mdns ?? fromEnv.mdns) ? createMdnsDiscovery : undefined,
          reconnectMs: RECONNECT_MS,
          folderEveryMs: FOLDER_EVERY_MS,
        })
        host.onDidChange(options.onStatus)
        await host.start()
        return host
      })()
      opening.catch(() => (opening = null))
      return opening
    },
    async status() {
      const exists = (await stat(options.vaults.vaultDir('default')).catch(() => null))?.isDirectory() ?? false
      if (!opening && !exists) return OFF_BEFORE_FIRST_RUN()
      return (await this.host()).status()
    },
    async dispose() {
      disposed = true
      const host = await opening?.catch(() => null)
      await host?.dispose()
    },
  }
}
