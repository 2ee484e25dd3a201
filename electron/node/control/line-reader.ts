/**
 * Splits a socket's bytes into newline-terminated lines, refusing to buffer more than `maxBytes`
 * without a newline: a peer cannot make us hold an unbounded message in memory.
 */
import type { Socket } from 'node:net'

export interface LineReaderEvents {
  onLine(line: string): void
  /** The pending line passed `maxBytes`; no more lines are delivered. */
  onOverflow(): void
}

export function readLines(socket: Socket, maxBytes: number, events: LineReaderEvents): void {
  let chunks: Buffer[] = []
  let pending = 0
  let overflowed = false
  socket.on('data', (data: Buffer) => {
    if (overflowed) return
    let start = 0
    for (let newline = data.indexOf(0x0a); newline !== -1; newline = data.indexOf(0x0a, start)) {
      chunks.push(data.subarray(start, newline))
      pending += newline - start
      if (pending > maxBytes) break
      const line = Buffer.concat(chunks).toString('utf8')
      chunks = []
      pending = 0
      start = newline + 1
      events.onLine(line)
    }
    if (pending <= maxBytes) {
      chunks.push(data.subarray(start))
      pending += data.length - start
    }
    if (pending > maxBytes) {
      overflowed = true
      chunks = []
      events.onOverflow()
    }
  })
}
