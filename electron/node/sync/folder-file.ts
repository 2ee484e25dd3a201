/**
 * The sealed file format of the sync folder: one file = one Yjs update, encrypted and
 * authenticated under the vault key it names.
 *
 *   magic "KZSF" | format u8 (1) | kind u8 (0 updates, 1 full state) | key epoch u32 BE |
 *   key id 8 bytes | writer device id 52 ASCII | nonce 24 bytes | ciphertext || 16-byte tag
 *
 * Construction: XChaCha20-Poly1305 (@noble/ciphers; draft-irtf-cfrg-xchacha) with key
 * HKDF-SHA256(vault key, info "kizuna-sync-folder-v1") (vault-keys.ts), a random 192-bit nonce
 * (random nonces are safe at this size), and the whole header as associated data, so the epoch,
 * key id, kind and writer cannot be altered without failing authentication.
 *
 * Invariant: `openFolderFile` never returns bytes that did not authenticate. A file cut short by a
 * file-sync tool, or tampered with, is `damaged`; a file under a key we do not hold is `unknown-key`.
 */
import { randomBytes } from 'node:crypto'
import { xchacha20poly1305 } from '@noble/ciphers/chacha.js'
import { folderFileKeyOf, type VaultKey } from './vault-keys'

const MAGIC = Buffer.from('KZSF', 'ascii')
export const FOLDER_FILE_FORMAT = 1
const ID_BYTES = 52
const NONCE_BYTES = 24
export const FOLDER_HEADER_BYTES = 4 + 1 + 1 + 4 + 8 + ID_BYTES + NONCE_BYTES

export type FolderFileKind = 'updates' | 'state'

export type OpenedFolderFile =
  | { status: 'ok'; kind: FolderFileKind; epoch: number; writerId: string; update: Uint8Array }
  | { status: 'unknown-key'; epoch: number; keyId: string; writerId: string }
  | { status: 'damaged' | 'not-kizuna' | 'newer-format' }

export function sealFolderFile(update: Uint8Array, kind: FolderFileKind, key: VaultKey, writerId: string): Uint8Array {
  const header = Buffer.alloc(FOLDER_HEADER_BYTES)
  MAGIC.copy(header, 0)
  header.writeUInt8(FOLDER_FILE_FORMAT, 4)
  header.writeUInt8(kind === 'state' ? 1 : 0, 5)
  header.writeUInt32BE(key.epoch, 6)
  Buffer.from(key.keyId, 'hex').copy(header, 10)
  if (Buffer.byteLength(writerId, 'ascii') !== ID_BYTES) throw new Error('writer must be a device id')
  header.write(writerId, 18, 'ascii')
  randomBytes(NONCE_BYTES).copy(header, 18 + ID_BYTES)
  const sealed = xchacha20poly1305(folderFileKeyOf(key), header.subarray(18 + ID_BYTES), header).encrypt(update)
  return Buffer.concat([header, sealed])
}

export function openFolderFile(bytes: Uint8Array, keys: readonly VaultKey[]): OpenedFolderFile {
  const file = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  if (file.byteLength < MAGIC.length || !file.subarray(0, 4).equals(MAGIC)) return { status: file.byteLength < 4 && MAGIC.subarray(0, file.byteLength).equals(file) ? 'damaged' : 'not-kizuna' }
  if (file.byteLength < FOLDER_HEADER_BYTES + 16) return { status: 'damaged' }
  if (file.readUInt8(4) > FOLDER_FILE_FORMAT) return { status: 'newer-format' }
  const kindByte = file.readUInt8(5)
  if (kindByte > 1) return { status: 'damaged' }
  const epoch = file.readUInt32BE(6)
  const keyId = file.subarray(10, 18).toString('hex')
  const writerId = file.subarray(18, 18 + ID_BYTES).toString('ascii')
  const key = keys.find((k) => k.keyId === keyId && k.epoch === epoch)
  if (!key) return { status: 'unknown-key', epoch, keyId, writerId }
  const header = file.subarray(0, FOLDER_HEADER_BYTES)
  try {
    const update = xchacha20poly1305(folderFileKeyOf(key), header.subarray(18 + ID_BYTES), header).decrypt(file.subarray(FOLDER_HEADER_BYTES))
    return { status: 'ok', kind: kindByte === 1 ? 'state' : 'updates', epoch, writerId, update }
  } catch {
    return { status: 'damaged' }
  }
}
