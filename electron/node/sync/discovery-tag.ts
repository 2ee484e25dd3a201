/**
 * What a device announces on the LAN instead of its stable device id, so a stranger on the network
 * cannot follow one device from place to place: a tag that only the group can recognise and that
 * changes every UTC day.
 *
 *   tag = base32(HMAC-SHA256(key = vault key, "kizuna-mdns-v1|<UTC day number>|<device id>"))
 *
 * (node:crypto HMAC; 52 characters, the shape of a device id.) The announcing device uses its
 * current vault key; a browsing device tries every key it holds for yesterday, today and tomorrow
 * (clock skew), for each paired device. A revoked device holds no current key, so it cannot tell
 * the group's announcements apart either.
 */
import { createHmac } from 'node:crypto'
import { encodeBase32 } from './base32'
import type { VaultKey } from './vault-keys'

const DAY_MS = 86_400_000

export const utcDay = (now: number): number => Math.floor(now / DAY_MS)

export function discoveryTag(key: VaultKey, day: number, deviceId: string): string {
  return encodeBase32(createHmac('sha256', key.key).update(`kizuna-mdns-v1|${day}|${deviceId}`).digest())
}

/** The paired device that announced `tag`, if any. */
export function deviceOfTag(tag: string, deviceIds: readonly string[], keys: readonly VaultKey[], now: number): string | null {
  const today = utcDay(now)
  for (const deviceId of deviceIds) {
    for (const key of keys) for (const day of [today - 1, today, today + 1]) if (discoveryTag(key, day, deviceId) === tag) return deviceId
  }
  return null
}
