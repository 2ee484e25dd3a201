/**
 * The versioned envelope every sync-channel message travels in, and its length-prefixed frame.
 *
 * Frame (on a byte stream):  u32 big-endian L | L bytes of envelope        (L <= maxFrameBytes)
 * Envelope:                   varUint protocolVersion | varUint kind | body
 *
 * Invariants:
 * - The version is read before anything else; a message from a newer protocol is refused with a
 *   ProtocolVersionError (whose text tells the user to update Kizuna on this device) and its body
 *   is never interpreted, so a newer peer can never corrupt the document.
 * - A `sync` body is a y-protocols message and is validated with parseSyncMessage before use.
 * - This module is pure: the byte stream's confidentiality, integrity and order come from the
 *   channel it runs in (mutual TLS in electron/node/sync).
 */
import * as decoding from 'lib0/decoding'
import * as encoding from 'lib0/encoding'
import { parseSyncMessage, type SyncMessage } from './sync-message'

/**
 * The version this build speaks. Bump it for any change an older build would misread.
 * v2: control messages carry the signed membership log instead of an unsigned device list.
 */
export const SYNC_PROTOCOL_VERSION = 2
/** The oldest version this build still understands. */
export const MIN_SYNC_PROTOCOL_VERSION = 2

export const ENVELOPE_KINDS = {
  /** A y-protocols sync message (step 1, step 2 or update). */
  sync: 0,
  /** "Everything you sent up to message #n is durable here": varUint n. */
  ack: 1,
  /** JSON: the signed membership log (electron/node/sync/membership-log.ts) and a listening port. */
  control: 2,
  /** JSON { code, message }: the sender is closing because of this. */
  error: 3,
  /** JSON: the pairing handshake's messages. */
  pairing: 4,
} as const
export type EnvelopeKind = keyof typeof ENVELOPE_KINDS

export type Envelope =
  | { version: number; kind: 'sync'; message: SyncMessage; raw: Uint8Array }
  | { version: number; kind: 'ack'; count: number }
  | { version: number; kind: 'control' | 'error' | 'pairing'; json: unknown }

export class EnvelopeError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'EnvelopeError'
  }
}

export class ProtocolVersionError extends Error {
  constructor(
    readonly peerVersion: number,
    readonly ownVersion: number = SYNC_PROTOCOL_VERSION,
  ) {
    super(
      peerVersion > ownVersion
        ? `The other device uses a newer sync protocol (v${peerVersion}; this device speaks v${ownVersion}). Update Kizuna on this device.`
        : `The other device uses an old sync protocol (v${peerVersion}; this device needs at least v${MIN_SYNC_PROTOCOL_VERSION}). Update Kizuna on the other device.`,
    )
    this.name = 'ProtocolVersionError'
  }

  /** True when it is this device that must be updated. */
  get updateThisDevice(): boolean {
    return this.peerVersion > this.ownVersion
  }
}

const KIND_BY_NUMBER = new Map<number, EnvelopeKind>(Object.entries(ENVELOPE_KINDS).map(([name, n]) => [n, name as EnvelopeKind]))
const textEncoder = new TextEncoder()
const textDecoder = new TextDecoder('utf-8', { fatal: true })

export function encodeEnvelope(kind: EnvelopeKind, body: Uint8Array, version = SYNC_PROTOCOL_VERSION): Uint8Array {
  const encoder = encoding.createEncoder()
  encoding.writeVarUint(encoder, version)
  encoding.writeVarUint(encoder, ENVELOPE_KINDS[kind])
  encoding.writeUint8Array(encoder, body)
  return encoding.toUint8Array(encoder)
}

export const encodeJsonEnvelope = (kind: 'control' | 'error' | 'pairing', value: unknown): Uint8Array => encodeEnvelope(kind, textEncoder.encode(JSON.stringify(value)))

export function encodeAckEnvelope(count: number): Uint8Array {
  const encoder = encoding.createEncoder()
  encoding.writeVarUint(encoder, count)
  return encodeEnvelope('ack', encoding.toUint8Array(encoder))
}

/** Reads the version first; throws ProtocolVersionError or EnvelopeError, never returns garbage. */
export function parseEnvelope(bytes: Uint8Array): Envelope {
  const decoder = decoding.createDecoder(bytes)
  let version: number
  let kindNumber: number
  try {
    version = decoding.readVarUint(decoder)
    if (version > SYNC_PROTOCOL_VERSION || version < MIN_SYNC_PROTOCOL_VERSION) throw new ProtocolVersionError(version)
    kindNumber = decoding.readVarUint(decoder)
  } catch (error) {
    if (error instanceof ProtocolVersionError) throw error
    throw new EnvelopeError(`truncated envelope (${bytes.byteLength} bytes)`)
  }
  const kind = KIND_BY_NUMBER.get(kindNumber)
  if (kind === undefined) throw new EnvelopeError(`unknown envelope kind ${kindNumber}`)
  const body = bytes.subarray(decoder.pos)
  switch (kind) {
    case 'sync':
      return { version, kind, message: parseSyncMessage(body), raw: body }
    case 'ack': {
      try {
        const bodyDecoder = decoding.createDecoder(body)
        const count = decoding.readVarUint(bodyDecoder)
        if (decoding.hasContent(bodyDecoder)) throw new Error('trailing bytes')
        return { version, kind, count }
      } catch {
        throw new EnvelopeError('malformed ack')
      }
    }
    default:
      try {
        return { version, kind, json: JSON.parse(textDecoder.decode(body)) as unknown }
      } catch {
        throw new EnvelopeError(`malformed ${kind} message`)
      }
  }
}
