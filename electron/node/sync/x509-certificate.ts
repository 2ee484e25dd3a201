/**
 * A minimal self-signed X.509 v3 certificate for a device key, so node:tls (OpenSSL/BoringSSL) can
 * run mutual TLS 1.3 with it. No cryptography happens here beyond calling node:crypto's `sign`:
 * this file only lays out DER (ITU-T X.690) for RFC 5280 §4.1:
 *
 *   Certificate ::= SEQUENCE { tbsCertificate, signatureAlgorithm, signatureValue BIT STRING }
 *   TBSCertificate ::= SEQUENCE { [0] EXPLICIT version v3, serialNumber, signature,
 *                                 issuer, validity, subject, subjectPublicKeyInfo }
 *
 * The key is ECDSA P-256 (secp256r1) and the signature ecdsa-with-SHA256 (RFC 5758 §3.2): every
 * TLS 1.3 stack, including Electron's BoringSSL, supports it (BoringSSL does not verify Ed25519
 * certificates by default, which is why Ed25519 is not used here).
 *
 * Invariants: nobody validates the chain, name or dates of these certificates. Trust comes only
 * from pinning: the device id is SHA-256 of the SubjectPublicKeyInfo (device-identity.ts), and
 * TLS 1.3's CertificateVerify proves the peer holds the matching private key. The certificate is
 * only the container TLS requires; the validity window is wide so clock skew never matters.
 */
import { randomBytes, sign, type KeyObject } from 'node:crypto'

function length(n: number): Buffer {
  if (n < 0x80) return Buffer.from([n])
  const bytes: number[] = []
  for (let rest = n; rest > 0; rest = Math.floor(rest / 256)) bytes.unshift(rest % 256)
  return Buffer.from([0x80 | bytes.length, ...bytes])
}

function tlv(tag: number, ...content: Buffer[]): Buffer {
  const body = Buffer.concat(content)
  return Buffer.concat([Buffer.from([tag]), length(body.length), body])
}

const sequence = (...content: Buffer[]): Buffer => tlv(0x30, ...content)
const set = (...content: Buffer[]): Buffer => tlv(0x31, ...content)

function oid(dotted: string): Buffer {
  const [first, second, ...rest] = dotted.split('.').map(Number) as [number, number, ...number[]]
  const out: number[] = [40 * first + second]
  for (const arc of rest) {
    const chunk: number[] = [arc & 0x7f]
    for (let v = arc >>> 7; v > 0; v >>>= 7) chunk.unshift(0x80 | (v & 0x7f))
    out.push(...chunk)
  }
  return tlv(0x06, Buffer.from(out))
}

function positiveInteger(bytes: Buffer): Buffer {
  const trimmed = bytes[0] === 0 ? bytes.subarray(1) : bytes
  return tlv(0x02, (trimmed[0] ?? 0) & 0x80 ? Buffer.concat([Buffer.from([0]), trimmed]) : trimmed)
}

const utcTime = (text: string): Buffer => tlv(0x17, Buffer.from(text, 'ascii'))
const commonName = (name: string): Buffer => sequence(set(sequence(oid('2.5.4.3'), tlv(0x0c, Buffer.from(name, 'utf8')))))
const ECDSA_WITH_SHA256 = sequence(oid('1.2.840.10045.4.3.2'))

/** DER bytes of a certificate for `publicKey`, signed by `privateKey` (its own). */
export function createSelfSignedCertificate(privateKey: KeyObject, publicKey: KeyObject, name = 'kizuna-device'): Buffer {
  const spki = publicKey.export({ type: 'spki', format: 'der' })
  const serial = randomBytes(16)
  serial[0] = (serial[0] ?? 0) & 0x7f || 1
  const tbs = sequence(
    tlv(0xa0, positiveInteger(Buffer.from([2]))),
    positiveInteger(serial),
    ECDSA_WITH_SHA256,
    commonName(name),
    sequence(utcTime('000101000000Z'), utcTime('491231235959Z')),
    commonName(name),
    spki,
  )
  const signature = sign('sha256', tbs, privateKey)
  return sequence(tbs, ECDSA_WITH_SHA256, tlv(0x03, Buffer.from([0]), signature))
}

export function derToPem(der: Buffer, label = 'CERTIFICATE'): string {
  const lines = der.toString('base64').match(/.{1,64}/g) ?? []
  return `-----BEGIN ${label}-----\n${lines.join('\n')}\n-----END ${label}-----\n`
}
