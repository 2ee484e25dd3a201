/**
 * The one-time pairing code device A shows and device B enters, and the secrets both derive from it.
 *
 * Code: the inviter's address plus a 160-bit random secret (32 base32 characters, in groups of 4):
 *   text  "192.168.1.20:41234-ABCD-EFGH-IJKL-MNOP-QRST-UVWX-YZ23-4567"
 *   QR    "kizuna://pair?v=1&host=192.168.1.20&port=41234&secret=ABCD...&device=<inviter id>"
 * (the QR also pins the inviter's device id; the text form stays short enough to type).
 *
 * Derivation (RFC 5869 HKDF-SHA256 and SHA-256 from @noble/hashes), bound to one TLS session:
 *   th           = SHA-256("kizuna-pairing-v1" || lp(inviterId) || lp(joinerId) || lp(exporter))
 *   joinerProof  = HKDF(ikm = secret, salt = th, info = "kizuna pairing joiner proof", 32)
 *   inviterProof = HKDF(ikm = secret, salt = th, info = "kizuna pairing inviter proof", 32)
 *   words        = HKDF(ikm = secret, salt = th, info = "kizuna pairing words", 4) -> 4 words
 * where exporter = TLS 1.3 exporter (RFC 8446 §7.5, label "EXPORTER-kizuna-pairing-v1") and
 * lp(x) = u16 length || x. Knowing the proof requires the secret; binding to the exporter and both
 * device ids means a proof cannot be relayed into another TLS session or attributed to another key.
 */
import { hkdf } from '@noble/hashes/hkdf.js'
import { sha256 } from '@noble/hashes/sha2.js'
import { decodeBase32, encodeBase32, groupsOf } from './base32'
import { confirmationWordsOf } from './confirmation-words'
import { isDeviceId } from './device-identity'

export const PAIRING_SECRET_BYTES = 20
export const PAIRING_EXPORTER_LABEL = 'EXPORTER-kizuna-pairing-v1'

export interface PairingCode {
  host: string
  port: number
  secret: Uint8Array
  /** Pinned when the code came from the QR payload. */
  inviterId: string | null
}

export class PairingCodeError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'PairingCodeError'
  }
}

const hostPart = (host: string): string => (host.includes(':') ? `[${host}]` : host)

export function formatPairingCode(code: PairingCode): string {
  return `${hostPart(code.host)}:${code.port}-${groupsOf(encodeBase32(code.secret))}`
}

export function pairingQrPayload(code: PairingCode): string {
  const params = new URLSearchParams({ v: '1', host: code.host, port: String(code.port), secret: encodeBase32(code.secret) })
  if (code.inviterId) params.set('device', code.inviterId)
  return `kizuna://pair?${params.toString()}`
}

function checkedSecret(text: string): Uint8Array {
  const secret = decodeBase32(text)
  if (!secret || secret.byteLength !== PAIRING_SECRET_BYTES) throw new PairingCodeError('the pairing code is incomplete or mistyped')
  return secret
}

function checkedPort(text: string): number {
  const port = Number(text)
  if (!Number.isInteger(port) || port < 1 || port > 65535) throw new PairingCodeError('the pairing code has no valid port')
  return port
}

/** Accepts the text form (spaces and case forgiven) or the QR payload. */
export function parsePairingCode(input: string): PairingCode {
  const text = input.trim()
  if (text.startsWith('kizuna://pair?')) {
    const params = new URLSearchParams(text.slice('kizuna://pair?'.length))
    if (params.get('v') !== '1') throw new PairingCodeError('this pairing code is from a newer Kizuna; update Kizuna on this device')
    const device = params.get('device')
    if (device !== null && !isDeviceId(device)) throw new PairingCodeError('the pairing code names an invalid device id')
    return { host: params.get('host') ?? '', port: checkedPort(params.get('port') ?? ''), secret: checkedSecret(params.get('secret') ?? ''), inviterId: device }
  }
  const match = /^(\[[0-9a-fA-F:.]+\]|[^\s:[\]]+):(\d+)-([A-Za-z2-7 -]+)$/.exec(text)
  if (!match) throw new PairingCodeError('a pairing code looks like host:port-ABCD-EFGH-...')
  const [, host = '', port = '', secret = ''] = match
  return { host: host.replace(/^\[|\]$/g, ''), port: checkedPort(port), secret: checkedSecret(secret), inviterId: null }
}

export interface PairingSecrets {
  joinerProof: Uint8Array
  inviterProof: Uint8Array
  words: string[]
}

function lengthPrefixed(bytes: Uint8Array): Uint8Array {
  if (bytes.byteLength > 0xffff) throw new Error('field too long')
  const out = new Uint8Array(2 + bytes.byteLength)
  out[0] = bytes.byteLength >> 8
  out[1] = bytes.byteLength & 0xff
  out.set(bytes, 2)
  return out
}

export function derivePairingSecrets(secret: Uint8Array, inviterId: string, joinerId: string, exporter: Uint8Array): PairingSecrets {
  const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text)
  const parts = [utf8('kizuna-pairing-v1'), lengthPrefixed(utf8(inviterId)), lengthPrefixed(utf8(joinerId)), lengthPrefixed(exporter)]
  const transcript = new Uint8Array(parts.reduce((n, p) => n + p.byteLength, 0))
  let offset = 0
  for (const part of parts) {
    transcript.set(part, offset)
    offset += part.byteLength
  }
  const th = sha256(transcript)
  const derive = (info: string, length: number): Uint8Array => hkdf(sha256, secret, th, utf8(info), length)
  return {
    joinerProof: derive('kizuna pairing joiner proof', 32),
    inviterProof: derive('kizuna pairing inviter proof', 32),
    words: confirmationWordsOf(derive('kizuna pairing words', 4)),
  }
}
