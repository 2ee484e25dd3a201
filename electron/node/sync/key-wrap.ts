/**
 * Hands a vault key to one device and no one else: ECIES over the device's long-term P-256 key.
 *
 *   shared = ECDH(ephemeral P-256 private key, recipient's device public key)      (node:crypto)
 *   k      = HKDF-SHA256(ikm = shared, salt = ephemeral SPKI DER,
 *                        info = "kizuna-key-wrap-v1|<vault id>|<epoch>|<recipient id>")  (@noble/hashes)
 *   box    = XChaCha20-Poly1305(k, random 192-bit nonce).encrypt(vault key)          (@noble/ciphers)
 *
 * A fresh ephemeral key per wrap gives every wrap its own k; binding the vault id, epoch and
 * recipient into the KDF means a wrap cannot be replayed as another epoch's or device's key. The
 * wraps travel inside signed membership entries (membership-log.ts), which authenticate the sender.
 * The device key also signs (ECDSA) and authenticates TLS; ECDH with an ephemeral peer key
 * never reveals a signature-usable value, and both uses are the standard ones for a P-256 key.
 */
import { createPrivateKey, createPublicKey, diffieHellman, generateKeyPairSync, randomBytes } from 'node:crypto'
import { xchacha20poly1305 } from '@noble/ciphers/chacha.js'
import { hkdf } from '@noble/hashes/hkdf.js'
import { sha256 } from '@noble/hashes/sha2.js'

export interface KeyWrap {
  to: string
  eph: string
  nonce: string
  box: string
}

const b64 = (bytes: Uint8Array): string => Buffer.from(bytes).toString('base64')
const unb64 = (text: string): Buffer => Buffer.from(text, 'base64')
const kdfInfo = (vaultId: string, epoch: number, recipientId: string): Uint8Array => new TextEncoder().encode(`kizuna-key-wrap-v1|${vaultId}|${epoch}|${recipientId}`)

export function wrapVaultKey(key: Uint8Array, recipient: { deviceId: string; spki: Uint8Array }, vaultId: string, epoch: number): KeyWrap {
  const ephemeral = generateKeyPairSync('ec', { namedCurve: 'P-256' })
  const ephemeralSpki = ephemeral.publicKey.export({ type: 'spki', format: 'der' })
  const shared = diffieHellman({ privateKey: ephemeral.privateKey, publicKey: createPublicKey({ key: Buffer.from(recipient.spki), format: 'der', type: 'spki' }) })
  const k = hkdf(sha256, shared, ephemeralSpki, kdfInfo(vaultId, epoch, recipient.deviceId), 32)
  const nonce = randomBytes(24)
  return { to: recipient.deviceId, eph: b64(ephemeralSpki), nonce: b64(nonce), box: b64(xchacha20poly1305(k, nonce).encrypt(key)) }
}

/** The vault key in `wrap`, or null if it does not open with this device's key. */
export function unwrapVaultKey(wrap: KeyWrap, own: { deviceId: string; keyPem: string }, vaultId: string, epoch: number): Uint8Array | null {
  try {
    const ephemeralSpki = unb64(wrap.eph)
    const shared = diffieHellman({ privateKey: createPrivateKey(own.keyPem), publicKey: createPublicKey({ key: ephemeralSpki, format: 'der', type: 'spki' }) })
    const k = hkdf(sha256, shared, ephemeralSpki, kdfInfo(vaultId, epoch, own.deviceId), 32)
    const key = xchacha20poly1305(k, unb64(wrap.nonce)).decrypt(unb64(wrap.box))
    return key.byteLength === 32 ? key : null
  } catch {
    return null
  }
}
