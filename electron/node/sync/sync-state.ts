/**
 * What this device knows about its sync group, persisted as <syncDir>/sync-state.json (0600: it
 * holds the vault keys).
 *
 *   vaultId   random id of the vault being synced; peers with another vault id are refused
 *   log       the signed membership log (membership-log.ts): who is in the group, who was revoked
 *   keys      every vault key epoch this device holds (vault-keys.ts), never sent in the clear
 *             except in a pairing welcome to a device the user just confirmed
 *   devices   local notes per device: last address, paired / last-seen / last-synced times, and
 *             the state vector it last acknowledged holding (base64, to tell what it still lacks)
 *
 * Invariants:
 * - A device is trusted iff the log says it is in good standing at the newest epoch; nothing a
 *   peer says changes that except signed entries that verify (never an unsigned union).
 * - The current key is the newest epoch's key from a rotation none of whose recipients has been
 *   revoked since; a device in good standing that finds no such key (or a member left out of it)
 *   rotates at once, wrapping the new key to each remaining device only.
 * - Writes are atomic (temp + fsync + rename) and serialised; a crash leaves the old or new file.
 *   A state file of the old unsigned format (1) is not trusted: this device starts a new group.
 */
import { createPublicKey, randomBytes } from 'node:crypto'
import { open, readFile, rename } from 'node:fs/promises'
import { join } from 'node:path'
import { z } from 'zod'
import type { DeviceIdentity } from './device-identity'
import { unwrapVaultKey, wrapVaultKey } from './key-wrap'
import {
  cleanRotations,
  evaluateLog,
  inStanding,
  logEntrySchema,
  MAX_DEVICES,
  MAX_EPOCH,
  MAX_LOG_ENTRIES,
  needsRotation,
  signEntry,
  vaultIdSchema,
  type LogEntry,
  type Membership,
} from './membership-log'
import { makeVaultKey, mergeVaultKeys, type VaultKey } from './vault-keys'

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
  /** The last acknowledged round trip: the device had applied everything we had sent it. */
  lastSyncedAt: number | null
  /** Our Yjs state vector at that moment (base64): what the device is known to hold. */
  ackedVector?: string | null
}

type DeviceNotes = Omit<PairedDevice, 'deviceId' | 'name'>

const keySchema = z.object({ epoch: z.number().int().min(1).max(MAX_EPOCH), key: z.string().regex(/^[A-Za-z0-9+/]{43}=$/) })

/** What paired devices exchange about the group (control messages and the pairing welcome). */
export const groupStateSchema = z.object({
  vaultId: vaultIdSchema,
  log: z.array(logEntrySchema).max(MAX_LOG_ENTRIES),
  /** The sender's listening port, if any (its host is the address we reached it on). */
  port: z.number().int().min(1).max(65535).nullable(),
  /** Only in a pairing welcome: the vault keys the new device needs. */
  keys: z
    .array(keySchema)
    .max(MAX_EPOCH + MAX_DEVICES)
    .optional(),
})
export type GroupState = z.infer<typeof groupStateSchema>

const fileSchema = z.object({
  format: z.literal(2),
  vaultId: z.string().nullable(),
  log: z.array(logEntrySchema),
  keys: z.array(keySchema),
  devices: z.record(
    z.string(),
    z.object({
      pairedAt: z.number(),
      address: z.object({ host: z.string(), port: z.number() }).nullable(),
      lastSeenAt: z.number().nullable(),
      lastSyncedAt: z.number().nullable(),
      ackedVector: z.string().max(1_000_000).nullable().optional(),
    }),
  ),
})

export class GroupStateError extends Error {
  override readonly name = 'GroupStateError'
}

const toBase64 = (bytes: Uint8Array): string => Buffer.from(bytes).toString('base64')
const keysFromWire = (keys: readonly z.infer<typeof keySchema>[]): VaultKey[] => keys.map((k) => makeVaultKey(k.epoch, Buffer.from(k.key, 'base64')))

export interface MergeOutcome {
  newlyRevoked: string[]
  /** The log or keys changed: tell the other devices. */
  changed: boolean
  /** Entries the peer sent that do not count (forged, out of order, over a cap). */
  refused: number
}

export class SyncState {
  private writing: Promise<void> = Promise.resolve()
  private membershipValue: Membership | null
  /** Which wrap each key came from, so a key of a rotation that reached a revoked device is not used. */
  private readonly keyBoxes = new Map<string, string>()

  private constructor(
    private readonly path: string,
    private readonly identity: DeviceIdentity,
    private vaultIdValue: string | null,
    log: LogEntry[],
    private keyList: VaultKey[],
    private readonly notes: Map<string, DeviceNotes>,
  ) {
    this.membershipValue = log.length > 0 ? evaluateLog(log) : null
    this.learnKeys()
  }

  static async load(syncDir: string, identity: DeviceIdentity): Promise<SyncState> {
    const path = join(syncDir, SYNC_STATE_FILE)
    let text: string | null = null
    try {
      text = await readFile(path, 'utf8')
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error
    }
    const parsed = text === null ? null : fileSchema.safeParse(JSON.parse(text))
    if (!parsed?.success) return new SyncState(path, identity, null, [], [], new Map())
    const data = parsed.data
    return new SyncState(path, identity, data.vaultId, data.log, keysFromWire(data.keys), new Map(Object.entries(data.devices)))
  }

  get vaultId(): string | null {
    return this.vaultIdValue
  }

  get keys(): readonly VaultKey[] {
    return this.keyList
  }

  get membership(): Membership | null {
    return this.membershipValue
  }

  /** The newest epoch the log proves (1 before any rotation). */
  get epoch(): number {
    return this.membershipValue?.epoch ?? 1
  }

  /** The key to seal with: the newest epoch's, from a rotation no revoked device received. */
  get currentKey(): VaultKey | null {
    const membership = this.membershipValue
    if (!membership) return null
    const epoch = membership.epoch
    const held = this.keyList.filter((k) => k.epoch === epoch)
    if (epoch === 1) return held[0] ?? null
    const cleanBoxes = new Set(cleanRotations(membership, epoch).flatMap((r) => r.wraps.filter((w) => w.to === this.identity.deviceId).map((w) => w.box)))
    // A key handed over in a pairing welcome has no wrap of ours; the inviter vouched for it.
    const usable = held.filter((k) => {
      const box = this.keyBoxes.get(k.keyId)
      return box === undefined || cleanBoxes.has(box)
    })
    return usable.sort((a, b) => a.keyId.localeCompare(b.keyId))[0] ?? null
  }

  devices(): PairedDevice[] {
    const membership = this.membershipValue
    if (!membership) return []
    return [...membership.members.values()]
      .filter((m) => m.deviceId !== this.identity.deviceId && inStanding(membership, m.deviceId, membership.epoch))
      .map((m) => ({ deviceId: m.deviceId, name: m.name, ...(this.notes.get(m.deviceId) ?? { pairedAt: 0, address: null, lastSeenAt: null, lastSyncedAt: null }) }))
  }

  device(deviceId: string): PairedDevice | null {
    return this.devices().find((d) => d.deviceId === deviceId) ?? null
  }

  isTrusted(deviceId: string): boolean {
    const membership = this.membershipValue
    return deviceId !== this.identity.deviceId && membership !== null && inStanding(membership, deviceId, membership.epoch)
  }

  isRevoked(deviceId: string): boolean {
    return this.membershipValue?.revokedAt.has(deviceId) ?? false
  }

  /** The public key of a device the log knows (revoked or not). */
  publicKeyOf(deviceId: string): Uint8Array | null {
    return this.membershipValue?.members.get(deviceId)?.spki ?? null
  }

  /** Creates the vault (id, genesis, first key) if this device has none yet (first invite or folder). */
  async ensureVault(name: string, now = Date.now()): Promise<void> {
    if (this.vaultIdValue && this.membershipValue && this.keyList.length > 0) return
    const vaultId = randomBytes(16).toString('hex')
    const spki = createPublicKey(this.identity.keyPem).export({ type: 'spki', format: 'der' })
    const genesis = signEntry({ t: 'genesis', vault: vaultId, device: { id: this.identity.deviceId, name, spki: toBase64(spki) }, at: now }, this.identity.keyPem)
    this.vaultIdValue = vaultId
    this.membershipValue = evaluateLog([genesis])
    this.keyList = [makeVaultKey(1)]
    await this.save()
  }

  groupState(port: number | null, withKeys = false): GroupState {
    if (!this.vaultIdValue || !this.membershipValue) throw new Error('no vault id yet')
    return {
      vaultId: this.vaultIdValue,
      log: this.membershipValue.accepted,
      port,
      ...(withKeys ? { keys: this.keyList.map((k) => ({ epoch: k.epoch, key: toBase64(k.key) })) } : {}),
    }
  }

  /** Joining a group: adopt its vault id, log and keys (replacing ours); the inviter must be in it. */
  async adopt(state: GroupState, inviter: { deviceId: string; address: DeviceAddress | null }, now: number): Promise<void> {
    let membership: Membership
    try {
      membership = evaluateLog(state.log)
    } catch (error) {
      throw new GroupStateError(`the inviting device sent a membership log that does not verify: ${error instanceof Error ? error.message : String(error)}`)
    }
    if (membership.vaultId !== state.vaultId || !inStanding(membership, inviter.deviceId, membership.epoch) || !inStanding(membership, this.identity.deviceId, membership.epoch))
      throw new GroupStateError('the inviting device did not add this device to its group')
    this.vaultIdValue = state.vaultId
    this.membershipValue = membership
    this.keyList = keysFromWire(state.keys ?? [])
    this.notes.clear()
    this.notes.set(inviter.deviceId, { pairedAt: now, address: inviter.address, lastSeenAt: now, lastSyncedAt: null })
    this.learnKeys()
    await this.save()
  }

  /** Merges a peer's log: only entries that verify count. Refuses another vault. */
  async merge(state: GroupState, now: number, from: { deviceId: string; host: string } | null): Promise<MergeOutcome> {
    const before = this.membershipValue
    if (!before || state.vaultId !== this.vaultIdValue) throw new GroupStateError('the other device syncs a different vault')
    const known = new Set(before.accepted.map((e) => e.body))
    const incoming = state.log.filter((e) => !known.has(e.body))
    const membership = evaluateLog([...before.accepted, ...incoming])
    const refused = incoming.length - (membership.accepted.length - before.accepted.length)
    const newlyRevoked = [...membership.revokedAt.keys()].filter((id) => !before.revokedAt.has(id))
    const keysBefore = this.keyList.length
    this.membershipValue = membership
    if (from && state.port !== null && this.isTrusted(from.deviceId)) this.note(from.deviceId, now, { address: { host: from.host, port: state.port } })
    for (const member of membership.members.keys()) if (!this.notes.has(member) && member !== this.identity.deviceId) this.note(member, now, {})
    this.learnKeys()
    const rotated = this.rotateIfNeeded(now)
    const changed = rotated || membership.accepted.length !== before.accepted.length || this.keyList.length !== keysBefore
    if (changed) await this.save()
    return { newlyRevoked, changed, refused }
  }

  /** Records a device the user just paired with, signed by this device. */
  async addDevice(device: { deviceId: string; name: string; spki: Uint8Array; address: DeviceAddress | null }, now: number): Promise<void> {
    const membership = this.membershipValue
    if (!membership || !this.vaultIdValue) throw new Error('no vault yet')
    if (membership.revokedAt.has(device.deviceId)) throw new GroupStateError(`device ${device.deviceId} was revoked; it cannot be paired again`)
    if (membership.members.size >= MAX_DEVICES) throw new GroupStateError(`a sync group holds at most ${MAX_DEVICES} devices`)
    const entry = signEntry(
      {
        t: 'add',
        vault: this.vaultIdValue,
        epoch: membership.epoch,
        by: this.identity.deviceId,
        device: { id: device.deviceId, name: device.name, spki: toBase64(device.spki) },
        at: now,
      },
      this.identity.keyPem,
    )
    this.membershipValue = evaluateLog([...membership.accepted, entry])
    if (!this.membershipValue.members.has(device.deviceId)) throw new GroupStateError('this device could not add the new device to the group')
    this.notes.set(device.deviceId, { pairedAt: now, address: device.address, lastSeenAt: null, lastSyncedAt: null })
    await this.save()
  }

  /** Revokes a device: a signed rotation whose new key is wrapped to each remaining device only. */
  async revoke(deviceId: string, now: number): Promise<VaultKey> {
    if (!this.isTrusted(deviceId)) throw new GroupStateError(`no paired device has the id ${deviceId}`)
    const key = this.rotate([deviceId], now)
    await this.save()
    return key
  }

  async touch(deviceId: string, fields: Partial<Pick<PairedDevice, 'lastSeenAt' | 'lastSyncedAt' | 'address' | 'ackedVector'>>): Promise<void> {
    if (!this.notes.has(deviceId)) return
    this.note(deviceId, Date.now(), fields)
    await this.save()
  }

  private note(deviceId: string, now: number, fields: Partial<DeviceNotes>): void {
    const known = this.notes.get(deviceId) ?? { pairedAt: now, address: null, lastSeenAt: null, lastSyncedAt: null }
    this.notes.set(deviceId, { ...known, ...fields })
  }

  private rotate(revoke: string[], now: number): VaultKey {
    const membership = this.membershipValue
    if (!membership || !this.vaultIdValue) throw new Error('no vault yet')
    const epoch = membership.epoch + 1
    if (epoch > MAX_EPOCH) throw new GroupStateError(`this sync group reached its ${MAX_EPOCH} key rotations; start a new one`)
    const key = makeVaultKey(epoch)
    const stay = [...membership.members.values()].filter((m) => !revoke.includes(m.deviceId) && inStanding(membership, m.deviceId, membership.epoch))
    const wraps = stay.map((m) => wrapVaultKey(key.key, m, this.vaultIdValue ?? '', epoch))
    const entry = signEntry({ t: 'rotate', vault: this.vaultIdValue, epoch, by: this.identity.deviceId, revoke, wraps, at: now }, this.identity.keyPem)
    this.membershipValue = evaluateLog([...membership.accepted, entry])
    this.keyList = mergeVaultKeys(this.keyList, [key])
    this.keyBoxes.set(key.keyId, wraps.find((w) => w.to === this.identity.deviceId)?.box ?? '')
    return key
  }

  private rotateIfNeeded(now: number): boolean {
    const membership = this.membershipValue
    if (!membership || !inStanding(membership, this.identity.deviceId, membership.epoch) || !needsRotation(membership)) return false
    this.rotate([], now)
    return true
  }

  /** Unwraps every key a rotation wrapped to this device that it does not hold yet. */
  private learnKeys(): void {
    const membership = this.membershipValue
    if (!membership) return
    const learnt: VaultKey[] = []
    for (const [epoch, rotations] of membership.rotations) {
      for (const rotation of rotations) {
        const wrap = rotation.wraps.find((w) => w.to === this.identity.deviceId)
        if (!wrap) continue
        const raw = unwrapVaultKey(wrap, this.identity, membership.vaultId, epoch)
        if (!raw) continue
        const key = makeVaultKey(epoch, raw)
        this.keyBoxes.set(key.keyId, wrap.box)
        learnt.push(key)
      }
    }
    this.keyList = mergeVaultKeys(this.keyList, learnt)
  }

  private save(): Promise<void> {
    const data: z.infer<typeof fileSchema> = {
      format: 2,
      vaultId: this.vaultIdValue,
      log: this.membershipValue?.accepted ?? [],
      keys: this.keyList.map((k) => ({ epoch: k.epoch, key: toBase64(k.key) })),
      devices: Object.fromEntries(this.notes),
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
