/**
 * This device's long-term identity: an ECDSA P-256 key pair (node:crypto, i.e. OpenSSL) and the
 * self-signed certificate that carries it in mutual TLS.
 *
 *   <syncDir>/device-key.pem    PKCS#8 private key, mode 0600, never leaves the device
 *   <syncDir>/device-cert.pem   certificate (x509-certificate.ts), re-creatable from the key
 *
 * Device id = base32(SHA-256(SubjectPublicKeyInfo DER)): 52 characters, the full 256-bit hash,
 * used for pinning and as the device's sync-folder name (the Syncthing construction).
 * Fingerprint = the id's first 16 characters (80 bits) in groups of four, for people to compare
 * on screens; pinning always compares full ids.
 *
 * Invariants: the key is created once, atomically (temp file + rename, 0600 from creation), and
 * an unreadable key file is an error rather than a silent new identity (which would un-pair us).
 */
import { createHash, createPrivateKey, createPublicKey, generateKeyPairSync, X509Certificate, type KeyObject } from 'node:crypto'
import { chmod, mkdir, open, readFile, rename } from 'node:fs/promises'
import { join } from 'node:path'
import { encodeBase32, groupsOf } from './base32'
import { createSelfSignedCertificate, derToPem } from './x509-certificate'

export const IDENTITY_FILES = { key: 'device-key.pem', certificate: 'device-cert.pem' } as const

export interface DeviceIdentity {
  deviceId: string
  fingerprint: string
  /** PEM strings for node:tls. */
  keyPem: string
  certPem: string
}

/** The device id of a public key (KeyObject, or SPKI DER bytes). */
export function deviceIdOf(publicKey: KeyObject | Uint8Array): string {
  const spki = publicKey instanceof Uint8Array ? publicKey : publicKey.export({ type: 'spki', format: 'der' })
  return encodeBase32(createHash('sha256').update(spki).digest())
}

export function deviceIdOfCertificate(certificate: X509Certificate): string {
  return deviceIdOf(certificate.publicKey)
}

export const fingerprintOf = (deviceId: string): string => groupsOf(deviceId.slice(0, 16))

export const isDeviceId = (text: string): boolean => /^[A-Z2-7]{52}$/.test(text)

async function writeSecretFile(path: string, contents: string): Promise<void> {
  const temp = `${path}.tmp-${process.pid}`
  const handle = await open(temp, 'w', 0o600)
  try {
    await handle.writeFile(contents)
    await handle.sync()
  } finally {
    await handle.close()
  }
  await rename(temp, path)
}

async function readIfExists(path: string): Promise<string | null> {
  try {
    return await readFile(path, 'utf8')
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null
    throw error
  }
}

function identityFrom(privateKey: KeyObject, certPem: string): DeviceIdentity {
  const deviceId = deviceIdOf(createPublicKey(privateKey))
  return { deviceId, fingerprint: fingerprintOf(deviceId), keyPem: privateKey.export({ type: 'pkcs8', format: 'pem' }) as string, certPem }
}

/** Loads this device's identity from `syncDir`, creating it on first use. */
export async function loadOrCreateDeviceIdentity(syncDir: string): Promise<DeviceIdentity> {
  await mkdir(syncDir, { recursive: true, mode: 0o700 })
  const keyPath = join(syncDir, IDENTITY_FILES.key)
  const certPath = join(syncDir, IDENTITY_FILES.certificate)
  let keyPem = await readIfExists(keyPath)
  if (keyPem === null) {
    const { privateKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' })
    await writeSecretFile(keyPath, privateKey.export({ type: 'pkcs8', format: 'pem' }) as string)
    keyPem = await readFile(keyPath, 'utf8')
  }
  await chmod(keyPath, 0o600)
  const privateKey = createPrivateKey(keyPem)
  const publicKey = createPublicKey(privateKey)
  let certPem = await readIfExists(certPath)
  if (certPem === null || !new X509Certificate(certPem).publicKey.equals(publicKey)) {
    certPem = derToPem(createSelfSignedCertificate(privateKey, publicKey))
    await writeSecretFile(certPath, certPem)
  }
  return identityFrom(privateKey, certPem)
}
