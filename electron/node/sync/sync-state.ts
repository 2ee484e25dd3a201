/**
 * What this device knows about its sync group, persisted as <syncDir>/sync-state.json (0600: it
 * holds the vault keys).
 *
 *   vaultId     random id of the vault being synced; peers with another vault id are refused
 *   devices     paired devices (never this one): id, name, last address, last-seen/last-synced
 *   revoked     device ids removed from the group; sticky (a revoked id never comes back)
 *   keys        every vault key epoch this device holds (vault-keys.ts)
 *
 * Invariants:
 * - A device is trusted iff it is in `devices` and not in `revoked`; `merge` (what a paired peer
 *   tells us) is a union of devices, revocations and keys, so all devices converge on one state.
 * - Writes are atomic (temp + fsync + rename) and serialised; a crash leaves the old or new file.
 */
import { randomBytes } from 'node:crypto'
import { open, readFile, rename } from 'node:fs/promises'
import { join } from 'node:path'
import { z } from 'zod'
import { currentVaultKey, makeVaultKey, mergeVaultKeys, type VaultKey } from './vault-keys'

export const SYNC_STATE_FILE = 'sync-state.json'

export interface DeviceAddress {
  host: string
  port: number
}

export interface PairedDevice {
  deviceId: string
  name: string
  pairedAt: number
  address: DeviceAddress | null
  lastSeenAt: number | null
  lastSyncedAt: number | null
}

/** What paired devices exchange about the group (also the pairing welcome). */
export const groupStateSchema = z.object({
  vaultId: z.string().regex(/^[0-9a-f]{32}$/),
  devices: z.array(z.object({ deviceId: z.string().regex(/^[A-Z2-7]{52}$/), name: z.string().max(200), address: z.object({ host: z.string().max(255), port: z.number().int().min(1).max(65535) }).nullable() })).max(1000),
  revoked: z.array(z.string().regex(/^[A-Z2-7]{52}$/)).max(10_000),
  keys: z.array(z.object({ epoch: z.number().int().min(1), key: z.string().regex(/^[A-Za-z0-9+/]{43}=$/) })).max(10_000),
})
export type GroupState = z.infer<typeof groupStateSchema>

const fileSchema = z.object({
  format: z.literal(1),
  vaultId: z.string().nullable(),
  devices: z.array(z.object({ deviceId: z.string(), name: z.string(), pairedAt: z.number(), address: z.object({ host: z.string(), port: z.number() }).nullable(), lastSeenAt: z.number().nullable(), lastSyncedAt: z.number().nullable() })),
  revoked: z.array(z.object({ deviceId: z.string(), revokedAt: z.number() })),
  keys: z.array(z.object({ epoch: z.number(), key: z.string() })),
})

const toBase64 = (bytes: Uint8Array): string => Buffer.from(bytes).toString('base64')
const keysFromWire = (keys: GroupState['keys']): VaultKey[] => keys.map((k) => makeVaultKey(k.epoch, Buffer.from(k.key, 'base64')))

export class SyncState {
  private writing: Promise<void> = Promise.resolve()

  private constructor(
    private readonly path: string,
    private readonly ownId: string,
    private vaultIdValue: string | null,
    private readonly deviceMap: Map<string, PairedDevice>,
    private readonly revokedMap: Map<string, number>,
    private keyList: VaultKey[],
  ) {}

  static async load(syncDir: string, ownId: string): Promise<SyncState> {
    const path = join(syncDir, SYNC_STATE_FILE)
    let text: string | null = null
    try {
      text = await readFile(path, 'utf8')
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error
    }
    if (text === null) return new SyncState(path, ownId, null, new Map(), new Map(), [])
    const data = fileSchema.parse(JSON.parse(text))
    return new SyncState(
      path,
      ownId,
      data.vaultId,
      new Map(data.devices.map((d) => [d.deviceId, d])),
      new Map(data.revoked.map((r) => [r.deviceId, r.revokedAt])),
      data.keys.map((k) => makeVaultKey(k.epoch, Buffer.from(k.key, 'base64'))),
    )
  }

  get vaultId(): string | null {
    return this.vaultIdValue
  }

  get keys(): readonly VaultKey[] {
    return this.keyList
  }

  get currentKey(): VaultKey | null {
    return currentVaultKey(this.keyList)
  }

  devices(): PairedDevice[] {
    return [...this.deviceMap.values()].filter((d) => !this.revokedMap.has(d.deviceId))
  }

  device(deviceId: string): PairedDevice | null {
    return this.isTrusted(deviceId) ? (this.deviceMap.get(deviceId) ?? null) : null
  }

  isTrusted(deviceId: string): boolean {
    return this.deviceMap.has(deviceId) && !this.revokedMap.has(deviceId)
  }

  isRevoked(deviceId: string): boolean {
    return this.revokedMap.has(deviceId)
  }

  /** Creates the vault id and first key if this device has none yet (first invite or folder). */
  async ensureVault(): Promise<void> {
    if (this.vaultIdValue && this.keyList.length > 0) return
    this.vaultIdValue ??= randomBytes(16).toString('hex')
    if (this.keyList.length === 0) this.keyList = [makeVaultKey(1)]
    await this.save()
  }

  groupState(selfAddress: DeviceAddress | null, selfName: string): GroupState {
    if (!this.vaultIdValue) throw new Error('no vault id yet')
    return {
      vaultId: this.vaultIdValue,
      devices: [{ deviceId: this.ownId, name: selfName, address: selfAddress }, ...this.devices().map((d) => ({ deviceId: d.deviceId, name: d.name, address: d.address }))],
      revoked: [...this.revokedMap.keys()],
      keys: this.keyList.map((k) => ({ epoch: k.epoch, key: toBase64(k.key) })),
    }
  }

  /** Joining a group: adopt its vault id and keys (replacing ours), then merge its devices. */
  async adopt(state: GroupState, now: number): Promise<void> {
    this.vaultIdValue = state.vaultId
    this.keyList = keysFromWire(state.keys)
    await this.merge(state, now, null)
  }

  /** Merges what a trusted peer (`from`) says; returns the device ids that became revoked. */
  async merge(state: GroupState, now: number, from: { deviceId: string; host: string } | null): Promise<string[]> {
    const newlyRevoked = state.revoked.filter((id) => !this.revokedMap.has(id))
    for (const id of newlyRevoked) this.revokedMap.set(id, now)
    for (const device of state.devices) {
      if (device.deviceId === this.ownId || this.revokedMap.has(device.deviceId)) continue
      const known = this.deviceMap.get(device.deviceId)
      // The sender knows its own listening address best; its host is the one we reached it on.
      const address = device.deviceId === from?.deviceId && device.address ? { host: from.host, port: device.address.port } : (known?.address ?? device.address)
      this.deviceMap.set(device.deviceId, known ? { ...known, address, name: device.name || known.name } : { deviceId: device.deviceId, name: device.name, pairedAt: now, address, lastSeenAt: null, lastSyncedAt: null })
    }
    this.keyList = mergeVaultKeys(this.keyList, keysFromWire(state.keys))
    await this.save()
    return newlyRevoked
  }

  async addDevice(device: { deviceId: string; name: string; address: DeviceAddress | null }, now: number): Promise<void> {
    if (this.revokedMap.has(device.deviceId)) throw new Error(`device ${device.deviceId} was revoked; it cannot be paired again`)
    this.deviceMap.set(device.deviceId, { ...device, pairedAt: now, lastSeenAt: null, lastSyncedAt: null })
    await this.save()
  }

  /** Revokes a device and rotates the vault key; the new key goes only to the remaining devices. */
  async revoke(deviceId: string, now: number): Promise<VaultKey> {
    this.revokedMap.set(deviceId, now)
    const next = makeVaultKey((this.currentKey?.epoch ?? 0) + 1)
    this.keyList = mergeVaultKeys(this.keyList, [next])
    await this.save()
    return next
  }

  async touch(deviceId: string, fields: Partial<Pick<PairedDevice, 'lastSeenAt' | 'lastSyncedAt' | 'address'>>): Promise<void> {
    const device = this.deviceMap.get(deviceId)
    if (!device) return
    this.deviceMap.set(deviceId, { ...device, ...fields })
    await this.save()
  }

  private save(): Promise<void> {
    const data: z.infer<typeof fileSchema> = {
      format: 1,
      vaultId: this.vaultIdValue,
      devices: [...this.deviceMap.values()],
      revoked: [...this.revokedMap].map(([deviceId, revokedAt]) => ({ deviceId, revokedAt })),
      keys: this.keyList.map((k) => ({ epoch: k.epoch, key: toBase64(k.key) })),
    }
    const text = JSON.stringify(data, null, 1)
    const write = async (): Promise<void> => {
      const temp = `${this.path}.tmp-${process.pid}`
      const handle = await open(temp, 'w', 0o600)
      try {
        await handle.writeFile(text)
        await handle.sync()
      } finally {
        await handle.close()
      }
      await rename(temp, this.path)
    }
    this.writing = this.writing.then(write, write)
    return this.writing
  }
}
