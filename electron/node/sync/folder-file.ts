/**
 * The sealed file format of the sync folder: one file = one Yjs update (or the writer's copy of
 * the membership log), encrypted under the vault key it names and signed by its writer's device.
 *
 *   magic "KZSF" | format u8 (2) | kind u8 (0 updates, 1 full state, 2 membership log) |
 *   key epoch u32 BE | key id 8 bytes | writer device id 52 ASCII | nonce 24 bytes |
 *   ciphertext || 16-byte tag | ECDSA P-256 signature (64 bytes, IEEE P1363) of everything before
 *
 * Construction: XChaCha20-Poly1305 (@noble/ciphers; draft-irtf-cfrg-xchacha) with key
 * HKDF-SHA256(vault key, info "kizuna-sync-folder-v1") (vault-keys.ts), a random 192-bit nonce
 * (random nonces are safe at this size), and the whole header as associated data. The group key
 * alone cannot say who wrote a file (every member holds it), so each file is also signed with the
 * writer's device key (node:crypto): a reader accepts it only if the writer named in the header is
 * a device in good standing at the file's epoch and the signature verifies against its public key
 * from the membership log, whatever subfolder the file sits in.
 *
 * Invariant: `openFolderFile` never returns bytes that did not verify and authenticate. A file cut
 * short by a file-sync tool, or tampered with, is `damaged`; under a key we lack, `unknown-key`.
 */
import { createPublicKey, randomBytes, sign, verify } from 'node:crypto'
import { xchacha20poly1305 } from '@noble/ciphers/chacha.js'
import { folderFileKeyOf, type VaultKey } from './vault-keys'

const MAGIC = Buffer.from('KZSF', 'ascii')
export const FOLDER_FILE_FORMAT = 2
const ID_BYTES = 52
const NONCE_BYTES = 24
const TAG_BYTES = 16
const SIGNATURE_BYTES = 64
export const FOLDER_HEADER_BYTES = 4 + 1 + 1 + 4 + 8 + ID_BYTES + NONCE_BYTES

export type FolderFileKind = 'updates' | 'state' | 'log'
const KINDS: FolderFileKind[] = ['updates', 'state', 'log']

export interface FolderFileHeader {
  kind: FolderFileKind
  epoch: number
  keyId: string
  writerId: string
}

export type ReadFolderHeader = { status: 'ok'; header: FolderFileHeader } | { status: 'damaged' | 'not-kizuna' | 'newer-format' | 'older-format' }

/** `damaged`: the signature or the tag does not verify (cut short, tampered or forged). */
export type OpenedFolderFile = { status: 'ok'; header: FolderFileHeader; payload: Uint8Array } | { status: 'unknown-key' | 'damaged' }

export function sealFolderFile(payload: Uint8Array, kind: FolderFileKind, key: VaultKey, writer: { deviceId: string; keyPem: string }): Uint8Array {
  const header = Buffer.alloc(FOLDER_HEADER_BYTES)
  MAGIC.copy(header, 0)
  header.writeUInt8(FOLDER_FILE_FORMAT, 4)
  header.writeUInt8(KINDS.indexOf(kind), 5)
  header.writeUInt32BE(key.epoch, 6)
  Buffer.from(key.keyId, 'hex').copy(header, 10)
  if (Buffer.byteLength(writer.deviceId, 'ascii') !== ID_BYTES) throw new Error('writer must be a device id')
  header.write(writer.deviceId, 18, 'ascii')
  randomBytes(NONCE_BYTES).copy(header, 18 + ID_BYTES)
  const sealed = Buffer.concat([header, xchacha20poly1305(folderFileKeyOf(key), header.subarray(18 + ID_BYTES), header).encrypt(payload)])
  return Buffer.concat([sealed, sign('sha256', sealed, { key: writer.keyPem, dsaEncoding: 'ieee-p1363' })])
}

/** Reads the header only: enough to decide whether the writer and epoch may be trusted. */
export function readFolderHeader(bytes: Uint8Array): ReadFolderHeader {
  const file = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  if (file.byteLength < MAGIC.length || !file.subarray(0, 4).equals(MAGIC))
    return { status: file.byteLength < 4 && MAGIC.subarray(0, file.byteLength).equals(file) ? 'damaged' : 'not-kizuna' }
  if (file.byteLength < 5) return { status: 'damaged' }
  const format = file.readUInt8(4)
  if (format > FOLDER_FILE_FORMAT) return { status: 'newer-format' }
  if (format < FOLDER_FILE_FORMAT) return { status: 'older-format' }
  if (file.byteLength < FOLDER_HEADER_BYTES + TAG_BYTES + SIGNATURE_BYTES) return { status: 'damaged' }
  const kind = KINDS[file.readUInt8(5)]
  if (!kind) return { status: 'damaged' }
  return { status: 'ok', header: { kind, epoch: file.readUInt32BE(6), keyId: file.subarray(10, 18).toString('hex'), writerId: file.subarray(18, 18 + ID_BYTES).toString('ascii') } }
}

/** Verifies the writer's signature (`writerSpki` from the membership log), then decrypts. */
export function openFolderFile(bytes: Uint8Array, header: FolderFileHeader, keys: readonly VaultKey[], writerSpki: Uint8Array): OpenedFolderFile {
  const file = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  const signed = file.subarray(0, file.byteLength - SIGNATURE_BYTES)
  let authentic = false
  try {
    authentic = verify(
      'sha256',
      signed,
      { key: createPublicKey({ key: Buffer.from(writerSpki), format: 'der', type: 'spki' }), dsaEncoding: 'ieee-p1363' },
      file.subarray(signed.byteLength),
    )
  } catch {
    authentic = false
  }
  if (!authentic) return { status: 'damaged' }
  const key = keys.find((k) => k.keyId === header.keyId && k.epoch === header.epoch)
  if (!key) return { status: 'unknown-key' }
  const head = signed.subarray(0, FOLDER_HEADER_BYTES)
  try {
    return { status: 'ok', header, payload: xchacha20poly1305(folderFileKeyOf(key), head.subarray(18 + ID_BYTES), head).decrypt(signed.subarray(FOLDER_HEADER_BYTES)) }
  } catch {
    return { status: 'damaged' }
  }
}
