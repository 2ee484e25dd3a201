/**
 * The sync commands as data: what `kizuna pair|devices|sync ...` sends over the control socket to
 * the process that holds the vault (the app or `kizuna sync serve`), and runs on its own SyncHost
 * when nothing holds it. Shapes only; the SyncHost checks the rest (does this device exist?).
 */
import { isAbsolute } from 'node:path'
import { z } from 'zod'

const deviceId = z.string().regex(/^[A-Z2-7]{52}$/, 'a device id is 52 characters A-Z and 2-7')
const pairingId = z.uuid()

export const syncCommandSchema = z.discriminatedUnion('name', [
  z.object({ name: z.literal('sync.status') }).strict(),
  z.object({ name: z.literal('sync.now') }).strict(),
  // Absolute only: the caller resolves a relative path in its own working directory, never the holder in its.
  z.object({ name: z.literal('sync.folder'), path: z.string().min(1).max(4096).refine(isAbsolute, 'the sync folder path must be absolute') }).strict(),
  z.object({ name: z.literal('sync.restore-removal') }).strict(),
  z.object({ name: z.literal('sync.dismiss-removal') }).strict(),
  z.object({ name: z.literal('devices.revoke'), deviceId }).strict(),
  z.object({ name: z.literal('pair.invite'), ttlMs: z.int().min(10_000).max(600_000).optional() }).strict(),
  z.object({ name: z.literal('pair.join'), code: z.string().min(1).max(1000) }).strict(),
  z.object({ name: z.literal('pair.status'), pairingId }).strict(),
  z.object({ name: z.literal('pair.confirm'), pairingId, accept: z.boolean() }).strict(),
  z.object({ name: z.literal('pair.cancel'), pairingId }).strict(),
])
export type SyncCommand = z.infer<typeof syncCommandSchema>
export type SyncCommandName = SyncCommand['name']

export function isSyncCommandName(name: unknown): name is SyncCommandName {
  return typeof name === 'string' && /^(sync|devices|pair)\./.test(name)
}
