/**
 * Vault keys: 32 random bytes each, numbered by epoch. Every paired device holds the same set;
 * revoking a device adds a new epoch that the revoked device never receives. Sync-folder files
 * are sealed under the current key and name its epoch and key id in their header.
 *
 * Construction: key id = first 8 bytes of HKDF-SHA256(ikm = key, salt = "kizuna-vault-key-id"),
 * hex; folder file key = HKDF-SHA256(ikm = key, info = "kizuna-sync-folder-v1") so the raw vault
 * key is never used directly by a cipher (RFC 5869; @noble/hashes).
 *
 * Invariant: the current key is the one with the highest epoch, ties broken by the smaller key id,
 * so two devices that each rotated offline pick the same key once their key sets are merged.
 */
import { randomBytes } from 'node:crypto'
import { hkdf } from '@noble/hashes/hkdf.js'
import { sha256 } from '@noble/hashes/sha2.js'

export interface VaultKey {
  epoch: number
  key: Uint8Array
  /** 16 hex characters; derived, never trusted from the wire. */
  keyId: string
}

const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text)

export function vaultKeyIdOf(key: Uint8Array): string {
  return Buffer.from(hkdf(sha256, key, utf8('kizuna-vault-key-id'), undefined, 8)).toString('hex')
}

export function makeVaultKey(epoch: number, key: Uint8Array = randomBytes(32)): VaultKey {
  if (key.byteLength !== 32) throw new Error('a vault key is 32 bytes')
  return { epoch, key: Uint8Array.from(key), keyId: vaultKeyIdOf(key) }
}

export const folderFileKeyOf = (key: VaultKey): Uint8Array => hkdf(sha256, key.key, undefined, utf8('kizuna-sync-folder-v1'), 32)

export function currentVaultKey(keys: readonly VaultKey[]): VaultKey | null {
  let best: VaultKey | null = null
  for (const key of keys) {
    if (!best || key.epoch > best.epoch || (key.epoch === best.epoch && key.keyId < best.keyId)) best = key
  }
  return best
}

/** Union by key id. */
export function mergeVaultKeys(own: readonly VaultKey[], other: readonly VaultKey[]): VaultKey[] {
  const byId = new Map(own.map((key) => [key.keyId, key]))
  for (const key of other) if (!byId.has(key.keyId)) byId.set(key.keyId, key)
  return [...byId.values()].sort((a, b) => a.epoch - b.epoch || a.keyId.localeCompare(b.keyId))
}
