/**
 * The signed membership log of a sync group: who is in it, who was removed, and the vault keys of
 * each epoch wrapped to the devices that may hold them. Nothing about membership is ever taken
 * from a peer's word: each entry is signed (ECDSA P-256, SHA-256, IEEE P1363 encoding; node:crypto)
 * by the device that made it, and counts only if that device was in good standing at that point.
 *
 *   entry    { body: JSON text, sig: base64 signature of the body's UTF-8 bytes }
 *   genesis  { t, vault, device: { id, name, spki }, at }            signed by that device; epoch 1
 *   add      { t, vault, epoch, by, device: { id, name, spki }, at } by pairs device (user-confirmed)
 *   rotate   { t, vault, epoch, by, revoke: [ids], wraps: [KeyWrap], at }
 *            starts epoch `epoch` with a new vault key wrapped to each device that stays
 *
 * Rules, evaluated from scratch in epoch order (so the result never depends on arrival order):
 * - The log starts with the genesis the device adopted when it joined; other geneses are ignored.
 * - A device is in good standing at epoch e iff it was added at an epoch <= e by a device in good
 *   standing then, and no accepted rotation with epoch <= e revokes it.
 * - rotate at epoch e: only the next epoch (e = newest + 1, e <= MAX_EPOCH); the signer is in good
 *   standing at e - 1, wraps the key to itself, and to no device it revokes or that is not in good
 *   standing. Its revocations hold from e on, for good.
 * - add at epoch e: e <= newest; the signer is in good standing at e; at most MAX_DEVICES devices.
 *   An add signed by a device that was later revoked counts only if the rotation that revoked it
 *   kept the added device (wrapped it the new key): a revoked device cannot back-date a new member.
 * - Entries that do not count are dropped, never stored; the log is bounded by MAX_LOG_ENTRIES.
 */
import { createHash, createPublicKey, sign, verify, type KeyObject } from 'node:crypto'
import { z } from 'zod'
import { deviceIdOf } from './device-identity'
import type { KeyWrap } from './key-wrap'

export const MAX_DEVICES = 64
export const MAX_EPOCH = 1024
export const MAX_LOG_ENTRIES = 1 + MAX_DEVICES + MAX_EPOCH

const deviceIdSchema = z.string().regex(/^[A-Z2-7]{52}$/)
const base64 = (max: number) =>
  z
    .string()
    .max(max)
    .regex(/^[A-Za-z0-9+/]*={0,2}$/)
export const vaultIdSchema = z.string().regex(/^[0-9a-f]{32}$/)
const deviceRecordSchema = z.object({ id: deviceIdSchema, name: z.string().max(200), spki: base64(400) })
const wrapSchema = z.object({ to: deviceIdSchema, eph: base64(400), nonce: base64(64), box: base64(128) })
const at = z.number().int().min(0)
const bodySchema = z.discriminatedUnion('t', [
  z.object({ t: z.literal('genesis'), vault: vaultIdSchema, device: deviceRecordSchema, at }),
  z.object({ t: z.literal('add'), vault: vaultIdSchema, epoch: z.number().int().min(1).max(MAX_EPOCH), by: deviceIdSchema, device: deviceRecordSchema, at }),
  z.object({
    t: z.literal('rotate'),
    vault: vaultIdSchema,
    epoch: z.number().int().min(2).max(MAX_EPOCH),
    by: deviceIdSchema,
    revoke: z.array(deviceIdSchema).max(MAX_DEVICES),
    wraps: z.array(wrapSchema).min(1).max(MAX_DEVICES),
    at,
  }),
])
export type EntryBody = z.infer<typeof bodySchema>
export type RotateBody = Extract<EntryBody, { t: 'rotate' }>
type AddBody = Extract<EntryBody, { t: 'add' }>

export const logEntrySchema = z.object({ body: z.string().max(32 * 1024), sig: base64(200) })
export type LogEntry = z.infer<typeof logEntrySchema>

export interface Member {
  deviceId: string
  name: string
  spki: Uint8Array
  addedEpoch: number
}

export interface Membership {
  vaultId: string
  /** The newest epoch the log proves. */
  epoch: number
  /** Every device validly added, revoked or not. */
  members: Map<string, Member>
  revokedAt: Map<string, number>
  rotations: Map<number, RotateBody[]>
  /** The entries that count, genesis first: what is stored and sent. */
  accepted: LogEntry[]
}

interface Parsed {
  entry: LogEntry
  body: EntryBody
  hash: string
}

const hashOf = (entry: LogEntry): string => createHash('sha256').update(entry.body).digest('hex')
const publicKeyOf = (spki: Uint8Array): KeyObject => createPublicKey({ key: Buffer.from(spki), format: 'der', type: 'spki' })

export function signEntry(body: EntryBody, keyPem: string): LogEntry {
  const text = JSON.stringify(body)
  return { body: text, sig: sign('sha256', Buffer.from(text), { key: keyPem, dsaEncoding: 'ieee-p1363' }).toString('base64') }
}

function parseEntry(entry: LogEntry): Parsed | null {
  try {
    const body = bodySchema.parse(JSON.parse(entry.body))
    return { entry, body, hash: hashOf(entry) }
  } catch {
    return null
  }
}

const verified = new Map<string, boolean>()
function verifies(parsed: Parsed, spki: Uint8Array): boolean {
  const cacheKey = `${parsed.hash}:${parsed.entry.sig}:${Buffer.from(spki).toString('base64')}`
  let ok = verified.get(cacheKey)
  if (ok === undefined) {
    try {
      ok = verify('sha256', Buffer.from(parsed.entry.body), { key: publicKeyOf(spki), dsaEncoding: 'ieee-p1363' }, Buffer.from(parsed.entry.sig, 'base64'))
    } catch {
      ok = false
    }
    if (verified.size > 10_000) verified.clear()
    verified.set(cacheKey, ok)
  }
  return ok
}

export function inStanding(membership: Membership, deviceId: string, epoch: number): boolean {
  const member = membership.members.get(deviceId)
  const revoked = membership.revokedAt.get(deviceId)
  return member !== undefined && member.addedEpoch <= epoch && (revoked === undefined || revoked > epoch)
}

const recordOf = (device: { id: string; name: string; spki: string }, addedEpoch: number): Member | null => {
  const spki = Buffer.from(device.spki, 'base64')
  try {
    return deviceIdOf(spki) === device.id ? { deviceId: device.id, name: device.name, spki, addedEpoch } : null
  } catch {
    return null
  }
}

/** Evaluates `entries` (the first must be the adopted genesis) under the rules above. */
export function evaluateLog(entries: readonly LogEntry[]): Membership {
  const [genesisEntry, ...rest] = entries
  const genesis = genesisEntry ? parseEntry(genesisEntry) : null
  if (!genesis || genesis.body.t !== 'genesis') throw new Error('the membership log does not start with its genesis')
  const founder = recordOf(genesis.body.device, 1)
  if (!founder || !verifies(genesis, founder.spki)) throw new Error("the membership log's genesis is not signed by its device")
  const vaultId = genesis.body.vault
  const seen = new Set([genesis.hash])
  const others: Parsed[] = []
  for (const entry of rest) {
    const parsed = parseEntry(entry)
    if (!parsed || parsed.body.t === 'genesis' || parsed.body.vault !== vaultId || seen.has(parsed.hash)) continue
    seen.add(parsed.hash)
    others.push(parsed)
  }
  const excluded = new Set<string>()
  for (;;) {
    const { membership, adds } = run(genesis, founder, others, excluded)
    const backdated = adds.find((add) => isBackdated(membership, add.body as AddBody))
    if (!backdated) return membership
    excluded.add(backdated.hash)
  }
}

function run(genesis: Parsed, founder: Member, others: Parsed[], excluded: Set<string>): { membership: Membership; adds: Parsed[] } {
  const membership: Membership = {
    vaultId: (genesis.body as { vault: string }).vault,
    epoch: 1,
    members: new Map([[founder.deviceId, founder]]),
    revokedAt: new Map(),
    rotations: new Map(),
    accepted: [genesis.entry],
  }
  const adds: Parsed[] = []
  const byEpoch = new Map<number, Parsed[]>()
  for (const parsed of others) {
    if (excluded.has(parsed.hash) || parsed.body.t === 'genesis') continue
    const list = byEpoch.get(parsed.body.epoch) ?? []
    list.push(parsed)
    byEpoch.set(parsed.body.epoch, list)
  }
  for (let epoch = 1; epoch <= MAX_EPOCH; epoch++) {
    const here = byEpoch.get(epoch) ?? []
    if (epoch >= 2) {
      const rotations = here.filter((p) => p.body.t === 'rotate' && validRotation(membership, p))
      if (rotations.length === 0) break
      for (const parsed of rotations) {
        const body = parsed.body as RotateBody
        for (const id of body.revoke) membership.revokedAt.set(id, Math.min(membership.revokedAt.get(id) ?? epoch, epoch))
        membership.rotations.set(epoch, [...(membership.rotations.get(epoch) ?? []), body])
        membership.accepted.push(parsed.entry)
      }
      membership.epoch = epoch
    }
    let pending = here.filter((p) => p.body.t === 'add')
    for (let progress = true; progress && pending.length > 0;) {
      progress = false
      for (const parsed of pending) {
        const body = parsed.body as AddBody
        const signer = membership.members.get(body.by)
        if (!signer || !inStanding(membership, body.by, epoch) || membership.members.has(body.device.id) || membership.members.size >= MAX_DEVICES) continue
        const member = recordOf(body.device, epoch)
        if (!member || !verifies(parsed, signer.spki)) continue
        membership.members.set(member.deviceId, member)
        membership.accepted.push(parsed.entry)
        adds.push(parsed)
        progress = true
      }
      pending = pending.filter((p) => !adds.includes(p))
    }
  }
  return { membership, adds }
}

function validRotation(membership: Membership, parsed: Parsed): boolean {
  const body = parsed.body as RotateBody
  const before = body.epoch - 1
  const signer = membership.members.get(body.by)
  if (!signer || !inStanding(membership, body.by, before) || body.revoke.includes(body.by)) return false
  const recipients = new Set(body.wraps.map((w) => w.to))
  if (recipients.size !== body.wraps.length || !recipients.has(body.by)) return false
  for (const id of recipients) if (body.revoke.includes(id) || !inStanding(membership, id, before)) return false
  for (const id of body.revoke) if (!membership.members.has(id)) return false
  return verifies(parsed, signer.spki)
}

function isBackdated(membership: Membership, add: AddBody): boolean {
  const revoked = membership.revokedAt.get(add.by)
  if (revoked === undefined) return false
  const revokers = (membership.rotations.get(revoked) ?? []).filter((r) => r.revoke.includes(add.by))
  return !revokers.some((r) => r.wraps.some((w) => w.to === add.device.id))
}

/** Rotations at `epoch` none of whose recipients has since been revoked. */
export function cleanRotations(membership: Membership, epoch: number): RotateBody[] {
  return (membership.rotations.get(epoch) ?? []).filter((r) => r.wraps.every((w) => !membership.revokedAt.has(w.to)))
}

/**
 * Whether a device in good standing must start a new epoch: every key of the newest epoch reached
 * a device revoked since (concurrent revocations), or a device that was a member before that epoch
 * began received none of them (it was paired concurrently with the rotation).
 */
export function needsRotation(membership: Membership): boolean {
  const epoch = membership.epoch
  if (epoch < 2) return false
  const clean = cleanRotations(membership, epoch)
  if (clean.length === 0) return true
  for (const member of membership.members.values()) {
    if (member.addedEpoch >= epoch || !inStanding(membership, member.deviceId, epoch)) continue
    if (!clean.some((r) => r.wraps.some((w: KeyWrap) => w.to === member.deviceId))) return true
  }
  return false
}
