/**
 * The authenticated, encrypted channel between two devices: mutual TLS 1.3 (node:tls, i.e.
 * OpenSSL, or BoringSSL inside Electron) with each device's self-signed certificate, carrying
 * length-prefixed versioned envelopes (shared/sync).
 *
 * Why TLS rather than a Noise handshake composed from @noble primitives: TLS 1.3 is a complete,
 * analysed protocol in a well-kept library; nothing cryptographic is composed here. Chain
 * validation is off on purpose (self-signed certificates); authentication is by pinning: the peer's
 * device id = SHA-256 of its certificate's public key, and TLS 1.3's CertificateVerify proves it
 * holds that key. The caller decides, from the id, whether the peer is trusted (sync-service.ts)
 * or is a pairing candidate (pairing.ts). TLS records carry an implicit sequence number and an
 * AEAD tag: a tampered, replayed, reordered or truncated record fails decryption and the
 * connection is dropped before any byte of it reaches the frame decoder.
 *
 * Invariants (limits before trust):
 * - Until the caller calls `trust()` (the peer's pinned id is a paired device, or it proved it knows
 *   the pairing code), frames are capped at PRE_AUTH_MAX_FRAME_BYTES; after, at `maxFrameBytes`.
 *   Either cap is enforced from the 4-byte prefix, before allocation.
 * - A listener holds at most `maxUntrusted` connections that are not trusted yet (TLS handshake or
 *   pairing in progress); more are dropped on arrival.
 * - Per peer, envelopes waiting for the handler are bounded: above MAX_QUEUED_BYTES the socket stops
 *   reading (TCP backpressure) until the handler catches up, so a fast peer cannot fill memory.
 * - Envelopes are parsed (version first) before delivery; a bad one closes the channel with an
 *   error envelope to the peer. Delivery is sequential: the next envelope waits for the handler's
 *   promise, so "acknowledge after durable" holds in order.
 * - Byte counters are taken on the raw TCP socket: they are the bytes on the wire.
 */
import { createConnection, createServer, type Server, type Socket } from 'node:net'
import { connect as connectTls, createSecureContext, TLSSocket } from 'node:tls'
import {
  DEFAULT_MAX_FRAME_BYTES,
  encodeFrame,
  PRE_AUTH_MAX_FRAME_BYTES,
  encodeJsonEnvelope,
  EnvelopeError,
  FrameDecoder,
  FrameTooLargeError,
  parseEnvelope,
  ProtocolVersionError,
  SyncMessageError,
  type Envelope,
} from '../../../shared/sync'
import type { DeviceIdentity } from './device-identity'
import { deviceIdOfCertificate } from './device-identity'

export type ChannelErrorCode = 'not-paired' | 'revoked' | 'other-vault' | 'protocol-version' | 'frame-too-large' | 'malformed' | 'pairing-failed' | 'timeout' | 'closed' | 'network'

export class ChannelError extends Error {
  constructor(
    readonly code: ChannelErrorCode,
    message: string,
    /** True when the peer reported it (it closed on us), false when we detected it. */
    readonly fromPeer = false,
    /** What to tell the peer, when it differs from what this device shows. */
    readonly peerMessage: string = message,
  ) {
    super(message)
    this.name = 'ChannelError'
  }
}

export interface ChannelOptions {
  /** Cap on one frame once the peer is trusted (default 64 MiB). */
  maxFrameBytes?: number
  /** Connections a listener holds before they are trusted (default 32). */
  maxUntrusted?: number
  /** Gives up on a connect or handshake after this long (default 10 s). */
  timeoutMs?: number
}

/** Parsed envelopes waiting for the handler, in frame bytes, above which we stop reading. */
const MAX_QUEUED_BYTES = 96 * 1024 * 1024
export const DEFAULT_MAX_UNTRUSTED = 32

export class PeerChannel {
  readonly closed: Promise<ChannelError | null>
  private trusted = false
  private readonly trustListeners: (() => void)[] = []
  private queuedBytes = 0
  private readonly decoder: FrameDecoder
  private handler: ((envelope: Envelope) => Promise<void> | void) | null = null
  private backlog: Envelope[] = []
  private queue: Promise<void> = Promise.resolve()
  private closeError: ChannelError | null = null
  private isClosed = false
  private resolveClosed!: (error: ChannelError | null) => void

  constructor(
    private readonly tls: TLSSocket,
    private readonly raw: Socket,
    readonly peerDeviceId: string,
    /** The peer's public key (SubjectPublicKeyInfo DER), whose SHA-256 is its device id. */
    readonly peerPublicKey: Uint8Array,
    private readonly maxFrameBytes: number,
  ) {
    this.decoder = new FrameDecoder(Math.min(PRE_AUTH_MAX_FRAME_BYTES, maxFrameBytes))
    this.closed = new Promise((resolve) => (this.resolveClosed = resolve))
    tls.on('data', (chunk: Buffer) => this.onData(chunk))
    tls.on('error', (error: Error) => this.finish(new ChannelError('network', error.message)))
    tls.on('close', () =>
      this.finish(this.decoder.pendingBytes > 0 ? new ChannelError('closed', `connection closed inside a frame (${this.decoder.pendingBytes} bytes dropped)`) : null),
    )
  }

  get remoteHost(): string {
    return this.raw.remoteAddress ?? ''
  }

  get bytesWritten(): number {
    return this.raw.bytesWritten
  }

  get bytesRead(): number {
    return this.raw.bytesRead
  }

  get isOpen(): boolean {
    return !this.isClosed
  }

  get isTrusted(): boolean {
    return this.trusted
  }

  /** The peer is authenticated: lift the pre-authentication frame cap. */
  trust(): void {
    if (this.trusted) return
    this.trusted = true
    this.decoder.setMaxFrameBytes(this.maxFrameBytes)
    for (const listener of this.trustListeners.splice(0)) listener()
  }

  onDidTrust(listener: () => void): void {
    if (this.trusted) listener()
    else this.trustListeners.push(listener)
  }

  /** RFC 5705/8446 exporter: a secret unique to this TLS session, for channel binding. */
  exportBinding(label: string, length = 32): Uint8Array {
    return this.tls.exportKeyingMaterial(length, label, Buffer.alloc(0))
  }

  /** Sets the envelope handler; envelopes that arrived before are delivered first, in order. */
  setHandler(handler: (envelope: Envelope) => Promise<void> | void): void {
    this.handler = handler
    const backlog = this.backlog
    this.backlog = []
    for (const envelope of backlog) this.deliver(envelope)
  }

  send(envelope: Uint8Array): void {
    if (this.isClosed) return
    this.tls.write(encodeFrame(envelope, this.maxFrameBytes))
  }

  /** Resolves once everything written so far has been handed to the kernel. */
  drained(): Promise<void> {
    if (this.isClosed) return Promise.resolve()
    return new Promise((resolve) => this.tls.write(new Uint8Array(0), () => resolve()))
  }

  /** Closes; with an error, first tells the peer why (an error envelope: never document bytes). */
  close(error: ChannelError | null = null): void {
    if (this.isClosed) return
    if (error && !error.fromPeer) this.tls.end(encodeFrame(encodeJsonEnvelope('error', { code: error.code, message: error.peerMessage })))
    else this.tls.end()
    this.finish(error)
    // Read nothing more from a peer we are done with: its bytes stay in its own buffers.
    this.tls.pause()
    setTimeout(() => this.tls.destroy(), 2000).unref()
  }

  private onData(chunk: Buffer): void {
    if (this.isClosed) return
    let frames: Uint8Array[]
    try {
      frames = this.decoder.push(chunk)
    } catch (error) {
      if (error instanceof FrameTooLargeError) return this.close(new ChannelError('frame-too-large', error.message))
      throw error
    }
    for (const frame of frames) {
      if (this.isClosed) return
      try {
        this.deliver(parseEnvelope(frame), frame.byteLength)
      } catch (error) {
        if (error instanceof ProtocolVersionError) {
          const forPeer = error.updateThisDevice
            ? `The other device speaks sync protocol v${error.ownVersion} only (this device sent v${error.peerVersion}). Update Kizuna on the other device.`
            : `This device's sync protocol (v${error.peerVersion}) is too old for the other device. Update Kizuna on this device.`
          return this.close(new ChannelError('protocol-version', error.message, false, forPeer))
        }
        if (error instanceof EnvelopeError || error instanceof SyncMessageError) return this.close(new ChannelError('malformed', error.message))
        throw error
      }
    }
  }

  private deliver(envelope: Envelope, bytes = 0): void {
    if (envelope.kind === 'error') {
      const { code, message } = (envelope.json ?? {}) as { code?: unknown; message?: unknown }
      this.tls.destroy()
      return this.finish(
        new ChannelError(typeof code === 'string' ? (code as ChannelErrorCode) : 'closed', typeof message === 'string' ? message : 'the other device closed the connection', true),
      )
    }
    const handler = this.handler
    if (!handler) {
      this.backlog.push(envelope)
      return
    }
    this.queuedBytes += bytes
    if (this.queuedBytes > MAX_QUEUED_BYTES) this.tls.pause()
    this.queue = this.queue.then(async () => {
      try {
        if (!this.isClosed) await handler(envelope)
      } catch (error) {
        this.close(error instanceof ChannelError ? error : new ChannelError('malformed', error instanceof Error ? error.message : String(error)))
      } finally {
        this.queuedBytes -= bytes
        if (!this.isClosed && this.tls.isPaused() && this.queuedBytes <= MAX_QUEUED_BYTES / 2) this.tls.resume()
      }
    })
  }

  private finish(error: ChannelError | null): void {
    if (this.isClosed) {
      if (!this.closeError && error) this.closeError = error
      return
    }
    this.isClosed = true
    this.closeError = error
    // Let an error envelope that arrives with the FIN still name the reason.
    setImmediate(() => this.resolveClosed(this.closeError))
  }
}

function tlsOptions(identity: DeviceIdentity) {
  return {
    secureContext: createSecureContext({ key: identity.keyPem, cert: identity.certPem, minVersion: 'TLSv1.3' }),
    requestCert: true,
    rejectUnauthorized: false,
  }
}

function secure(tls: TLSSocket, raw: Socket, event: 'secure' | 'secureConnect', timeoutMs: number, maxFrameBytes: number): Promise<PeerChannel> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      tls.destroy()
      reject(new ChannelError('timeout', 'the TLS handshake timed out'))
    }, timeoutMs)
    tls.once(event, () => {
      clearTimeout(timer)
      const certificate = tls.getPeerX509Certificate()
      if (!certificate) {
        tls.destroy()
        return reject(new ChannelError('not-paired', 'the other side presented no device certificate'))
      }
      resolve(new PeerChannel(tls, raw, deviceIdOfCertificate(certificate), certificate.publicKey.export({ type: 'spki', format: 'der' }), maxFrameBytes))
    })
    tls.once('error', (error: Error) => {
      clearTimeout(timer)
      reject(new ChannelError('network', error.message))
    })
    raw.once('error', (error) => {
      clearTimeout(timer)
      reject(new ChannelError('network', error.message))
    })
  })
}

export interface ChannelServer {
  readonly port: number
  close(): Promise<void>
}

/** Listens on host:port; `onChannel` receives every peer that completed the TLS handshake. */
export function listenForChannels(
  identity: DeviceIdentity,
  address: { host: string; port: number },
  onChannel: (channel: PeerChannel) => void,
  options: ChannelOptions = {},
): Promise<ChannelServer> {
  const sockets = new Set<Socket>()
  const maxUntrusted = options.maxUntrusted ?? DEFAULT_MAX_UNTRUSTED
  let untrusted = 0
  const server: Server = createServer((raw) => {
    raw.on('error', () => undefined)
    if (untrusted >= maxUntrusted) return void raw.destroy()
    untrusted++
    let counted = true
    const release = (): void => {
      if (counted) untrusted--
      counted = false
    }
    sockets.add(raw)
    raw.once('close', () => {
      sockets.delete(raw)
      release()
    })
    const tls = new TLSSocket(raw, { ...tlsOptions(identity), isServer: true })
    tls.on('error', () => undefined)
    secure(tls, raw, 'secure', options.timeoutMs ?? 10_000, options.maxFrameBytes ?? DEFAULT_MAX_FRAME_BYTES).then(
      (channel) => {
        channel.onDidTrust(release)
        onChannel(channel)
      },
      () => raw.destroy(),
    )
  })
  return new Promise((resolve, reject) => {
    server.once('error', reject)
    server.listen(address.port, address.host, () => {
      const bound = server.address()
      const port = typeof bound === 'object' && bound ? bound.port : address.port
      resolve({
        port,
        close: () =>
          new Promise<void>((done) => {
            for (const socket of sockets) socket.destroy()
            server.close(() => done())
          }),
      })
    })
  })
}

export function connectChannel(identity: DeviceIdentity, address: { host: string; port: number }, options: ChannelOptions = {}): Promise<PeerChannel> {
  const raw = createConnection({ host: address.host, port: address.port })
  const { secureContext } = tlsOptions(identity)
  const tls = connectTls({ socket: raw, secureContext, rejectUnauthorized: false })
  const channel = secure(tls, raw, 'secureConnect', options.timeoutMs ?? 10_000, options.maxFrameBytes ?? DEFAULT_MAX_FRAME_BYTES)
  channel.catch(() => raw.destroy())
  return channel
}
