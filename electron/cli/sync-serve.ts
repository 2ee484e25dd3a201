/**
 * `kizuna sync serve`: an always-on peer with no window. Like the app, it holds the vault's lock
 * and serves the control socket (so `kizuna person add`, `kizuna pair invite`, ... work while it
 * runs, through it), listens for paired devices, announces itself on the LAN (mDNS) and keeps
 * reconnecting to paired devices. SIGINT/SIGTERM: stop accepting, close sessions, flush, unlock.
 */
import { mkdir } from 'node:fs/promises'
import type { SyncStatus } from '../../shared/sync'
import { controlSocketPath, startControlServer, type ControlServer } from '../node/control'
import { VaultLockedError, VaultReplica, VaultStoreError } from '../node/store'
import { createMdnsDiscovery, SyncHost } from '../node/sync'
import { CliDataError } from './cli-errors'
import { resolveDataDir, vaultDirOf } from './data-dir'
import type { SyncCliIo } from './sync-commands'
import type { SyncInvocation } from './sync-args'

const RECONNECT_MS = 10_000
const FOLDER_EVERY_MS = 60_000

export interface ServeOptions {
  /** Resolves when the peer should stop; defaults to the first SIGINT or SIGTERM. */
  stopSignal?: Promise<void>
}

function signalled(): Promise<void> {
  return new Promise((done) => {
    const stop = () => {
      process.off('SIGINT', stop)
      process.off('SIGTERM', stop)
      done()
    }
    process.on('SIGINT', stop)
    process.on('SIGTERM', stop)
  })
}

function describeChange(previous: SyncStatus | null, next: SyncStatus): string[] {
  const lines: string[] = []
  const before = new Map(previous?.devices.map((d) => [d.deviceId, d]) ?? [])
  for (const device of next.devices) {
    const old = before.get(device.deviceId)
    if (!old) lines.push(`paired with ${device.name} (${device.fingerprint})`)
    else if (old.connected !== device.connected) lines.push(`${device.connected ? 'connected to' : 'disconnected from'} ${device.name} (${device.fingerprint})`)
  }
  for (const id of before.keys()) if (!next.devices.some((d) => d.deviceId === id)) lines.push(`removed ${before.get(id)?.name ?? id}`)
  if (previous && (previous.state !== next.state || previous.error !== next.error)) lines.push(`status: ${next.state}${next.error ? ` (${next.error})` : ''}`)
  return lines
}

export async function serveSync(invocation: Extract<SyncInvocation, { kind: 'sync-serve' }>, io: SyncCliIo, options: ServeOptions = {}): Promise<void> {
  const stopSignal = options.stopSignal ?? signalled()
  const dataDir = resolveDataDir(invocation.dataDir)
  const vaultDir = vaultDirOf(dataDir, 'default')
  await mkdir(vaultDir, { recursive: true })
  let replica: VaultReplica | null = null
  let host: SyncHost | null = null
  let control: ControlServer | null = null
  try {
    control = await startControlServer({
      dataDir,
      path: controlSocketPath(dataDir),
      resolveVault: (name) => Promise.resolve(name === 'default' ? replica : null),
      runSyncCommand: (_vault, command) => (host ? host.run(command) : Promise.reject(new Error('sync is starting; try again'))),
    })
  } catch (error) {
    throw new CliDataError(`cannot serve the control socket for ${dataDir}: ${error instanceof Error ? error.message : String(error)}`)
  }
  try {
    try {
      replica = await VaultReplica.open(vaultDir, { controlSocket: control.path })
    } catch (error) {
      if (error instanceof VaultLockedError) {
        const who = error.holder ? `process ${error.holder.pid} on ${error.holder.hostname}` : 'another process'
        throw new CliDataError(`the vault ${vaultDir} is already open in ${who}; stop it first (only one process may serve a vault)`)
      }
      if (error instanceof VaultStoreError) throw new CliDataError(`cannot open the vault ${vaultDir}: ${error.message}`)
      throw error
    }
    host = await SyncHost.open({
      dataDir,
      replica,
      deviceName: invocation.name,
      listen: { host: invocation.host, port: invocation.port },
      listenWhen: 'always',
      discovery: invocation.mdns ? createMdnsDiscovery : undefined,
      reconnectMs: RECONNECT_MS,
      folderEveryMs: FOLDER_EVERY_MS,
    })
    let previous: SyncStatus | null = host.status()
    host.onDidChange((status) => {
      for (const line of describeChange(previous, status)) io.out(`${new Date().toISOString()} ${line}\n`)
      previous = status
    })
    await host.start()
    const status = host.status()
    if (!status.listening) throw new CliDataError(status.error ?? `cannot listen on ${invocation.host}:${invocation.port}`)
    io.out(
      `Kizuna sync peer ${status.device.name} (${status.device.fingerprint})\nlistening on ${status.listening}${invocation.mdns ? ', announced on the LAN' : ''}; ${status.devices.length} paired device(s)\ncontrol socket ${control.path}\n`,
    )
    await stopSignal
    io.out('stopping...\n')
  } finally {
    await host?.dispose()
    await control.close()
    await replica?.close()
  }
}
