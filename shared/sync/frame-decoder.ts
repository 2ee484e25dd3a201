/**
 * Splits a byte stream into length-prefixed frames (u32 big-endian length, then that many bytes).
 *
 * Invariants:
 * - A length above `maxFrameBytes` throws FrameTooLargeError as soon as the 4-byte prefix is
 *   read, before any buffer of that size is allocated; the stream must then be closed.
 * - Chunks are kept as received and copied once, when a frame is complete; a frame cut short by
 *   the end of the stream is never returned (`pendingBytes` tells the caller one was truncated).
 */
export const FRAME_HEADER_BYTES = 4
/** Default cap: a full-state step 2 of a very large vault still fits; anything bigger is refused. */
export const DEFAULT_MAX_FRAME_BYTES = 64 * 1024 * 1024
/** Cap before the peer is authenticated (pairing messages, the first bytes of a session). */
export const PRE_AUTH_MAX_FRAME_BYTES = 8 * 1024

export class FrameTooLargeError extends Error {
  constructor(
    readonly declaredBytes: number,
    readonly maxBytes: number,
  ) {
    super(`refused a ${declaredBytes}-byte frame (the limit is ${maxBytes} bytes)`)
    this.name = 'FrameTooLargeError'
  }
}

export function encodeFrame(payload: Uint8Array, maxFrameBytes = DEFAULT_MAX_FRAME_BYTES): Uint8Array {
  if (payload.byteLength > maxFrameBytes) throw new FrameTooLargeError(payload.byteLength, maxFrameBytes)
  const frame = new Uint8Array(FRAME_HEADER_BYTES + payload.byteLength)
  new DataView(frame.buffer).setUint32(0, payload.byteLength, false)
  frame.set(payload, FRAME_HEADER_BYTES)
  return frame
}

export class FrameDecoder {
  private chunks: Uint8Array[] = []
  private buffered = 0
  private expected: number | null = null

  constructor(private maxFrameBytes = DEFAULT_MAX_FRAME_BYTES) {}

  /** Changes the cap for frames whose length prefix has not been read yet. */
  setMaxFrameBytes(maxFrameBytes: number): void {
    this.maxFrameBytes = maxFrameBytes
  }

  /** Bytes of an incomplete frame held so far. */
  get pendingBytes(): number {
    return this.buffered
  }

  /** Feeds a chunk; returns the frames it completed, in order. */
  push(chunk: Uint8Array): Uint8Array[] {
    if (chunk.byteLength > 0) {
      this.chunks.push(chunk)
      this.buffered += chunk.byteLength
    }
    const frames: Uint8Array[] = []
    for (;;) {
      if (this.expected === null) {
        if (this.buffered < FRAME_HEADER_BYTES) return frames
        const header = this.take(FRAME_HEADER_BYTES)
        const declared = new DataView(header.buffer, header.byteOffset, FRAME_HEADER_BYTES).getUint32(0, false)
        if (declared > this.maxFrameBytes) throw new FrameTooLargeError(declared, this.maxFrameBytes)
        this.expected = declared
      }
      if (this.buffered < this.expected) return frames
      frames.push(this.take(this.expected))
      this.expected = null
    }
  }

  private take(n: number): Uint8Array {
    const out = new Uint8Array(n)
    let filled = 0
    while (filled < n) {
      const head = this.chunks[0]
      const used = Math.min(head.byteLength, n - filled)
      out.set(head.subarray(0, used), filled)
      filled += used
      if (used === head.byteLength) this.chunks.shift()
      else this.chunks[0] = head.subarray(used)
    }
    this.buffered -= n
    return out
  }
}
