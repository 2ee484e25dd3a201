import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import {
  encodeAckEnvelope,
  encodeEnvelope,
  encodeFrame,
  encodeJsonEnvelope,
  encodeSyncStep1,
  EnvelopeError,
  FrameDecoder,
  FrameTooLargeError,
  parseEnvelope,
  ProtocolVersionError,
  SyncMessageError,
  SYNC_PROTOCOL_VERSION,
} from '../../../../shared/sync'

describe('frames', () => {
  it('reassembles frames split anywhere and holds back a truncated one', () => {
    const frames = [new Uint8Array([1, 2, 3]), new Uint8Array([]), new Uint8Array(300).fill(7)]
    const stream = Uint8Array.from(frames.flatMap((f) => [...encodeFrame(f)]))
    const decoder = new FrameDecoder()
    const out: Uint8Array[] = []
    for (let i = 0; i < stream.length - 5; i += 7) out.push(...decoder.push(stream.subarray(i, Math.min(i + 7, stream.length - 5))))
    expect({ complete: out.length, pending: decoder.pendingBytes > 0 }).toEqual({ complete: 2, pending: true })
  })

  it('refuses an oversized frame from its 4-byte prefix, before allocating', () => {
    const decoder = new FrameDecoder(1024)
    expect(() => decoder.push(new Uint8Array([0xff, 0xff, 0xff, 0xff]))).toThrow(FrameTooLargeError)
    expect(() => encodeFrame(new Uint8Array(2000), 1024)).toThrow(FrameTooLargeError)
  })
})

describe('envelopes', () => {
  it('round-trips every kind with the protocol version first', () => {
    const doc = new Y.Doc()
    doc.getMap('m').set('k', 1)
    expect([
      parseEnvelope(encodeEnvelope('sync', encodeSyncStep1(doc))).kind,
      parseEnvelope(encodeAckEnvelope(42)),
      parseEnvelope(encodeJsonEnvelope('control', { a: 1 })),
    ]).toEqual(['sync', { version: SYNC_PROTOCOL_VERSION, kind: 'ack', count: 42 }, { version: SYNC_PROTOCOL_VERSION, kind: 'control', json: { a: 1 } }])
  })

  it('a newer version is refused before its body is read, with "update Kizuna on this device"', () => {
    const garbage = encodeEnvelope('sync', new Uint8Array([0xff, 0xff]), SYNC_PROTOCOL_VERSION + 1)
    expect(() => parseEnvelope(garbage)).toThrow(ProtocolVersionError)
    expect(() => parseEnvelope(garbage)).toThrow(/Update Kizuna on this device/)
  })

  it('malformed envelopes and sync bodies are refused', () => {
    expect(() => parseEnvelope(new Uint8Array([]))).toThrow(EnvelopeError)
    expect(() => parseEnvelope(new Uint8Array([SYNC_PROTOCOL_VERSION, 99]))).toThrow(EnvelopeError)
    expect(() => parseEnvelope(encodeEnvelope('sync', new Uint8Array([1, 5, 1, 2])))).toThrow(SyncMessageError)
    expect(() => parseEnvelope(encodeEnvelope('control', new Uint8Array([0xc3])))).toThrow(EnvelopeError)
  })
})
