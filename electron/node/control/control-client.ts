/**
 * The client side of the control protocol: sends one request to the process holding a vault and
 * resolves with its response. Rejects with ControlUnreachableError when nothing answers (no
 * socket, refused, timed out, or the connection closed without a complete answer).
 */
import { lstat } from 'node:fs/promises'
import { createConnection } from 'node:net'
import { readLines } from './line-reader'
import { CONTROL_PROTOCOL_VERSION, MAX_RESPONSE_BYTES, controlResponseSchema, type ControlRequest, type ControlResponse } from './protocol'
import { isNamedPipe } from './socket-path'

export class ControlUnreachableError extends Error {
  override readonly name = 'ControlUnreachableError'
  constructor(
    readonly path: string,
    readonly reason: string,
  ) {
    super(`no answer on ${path}: ${reason}`)
  }
}

/** The peer answered, but not in a way this version understands. */
export class ControlProtocolError extends Error {
  override readonly name = 'ControlProtocolError'
}

let nextId = 1

/**
 * Sends `request` (without protocol and id, which are filled in) and waits for its answer.
 * `timeoutMs` 0 waits as long as the connection is open: for long commands, whose answer says
 * what really happened, where a timeout would report a failure over a change that was applied.
 */
export async function sendControlRequest(
  path: string,
  request: Omit<ControlRequest, 'protocol' | 'id'>,
  timeoutMs = 15_000,
): Promise<ControlResponse> {
  if (!isNamedPipe(path)) {
    // Only talk to a socket this user owns: the token must not go to anyone else's server.
    const info = await lstat(path).catch(() => null)
    if (info === null) throw new ControlUnreachableError(path, 'the socket does not exist')
    if (typeof process.getuid === 'function' && info.uid !== process.getuid()) throw new ControlUnreachableError(path, 'the socket belongs to another user')
  }
  const id = nextId++
  const line = `${JSON.stringify({ protocol: CONTROL_PROTOCOL_VERSION, id, ...request })}\n`
  return new Promise((done, fail) => {
    let settled = false
    const socket = createConnection(path)
    const finish = (outcome: () => void): void => {
      if (settled) return
      settled = true
      socket.destroy()
      outcome()
    }
    if (timeoutMs > 0) socket.setTimeout(timeoutMs, () => finish(() => fail(new ControlUnreachableError(path, `no answer within ${timeoutMs / 1000} s`))))
    socket.once('connect', () => socket.write(line))
    socket.once('error', (error: NodeJS.ErrnoException) => finish(() => fail(new ControlUnreachableError(path, error.code ?? error.message))))
    socket.once('close', () => finish(() => fail(new ControlUnreachableError(path, 'the connection closed before an answer came'))))
    readLines(socket, MAX_RESPONSE_BYTES, {
      onLine: (text) =>
        finish(() => {
          try {
            done(controlResponseSchema.parse(JSON.parse(text)))
          } catch (error) {
            fail(new ControlProtocolError(`the holder's answer is not a protocol ${CONTROL_PROTOCOL_VERSION} response: ${error instanceof Error ? error.message : String(error)}`))
          }
        }),
      onOverflow: () => finish(() => fail(new ControlProtocolError(`the holder's answer is larger than ${MAX_RESPONSE_BYTES} bytes`))),
    })
  })
}
