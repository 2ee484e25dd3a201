/**
 * The client side of the control protocol: sends one request to the process holding a vault and
 * resolves with its response. The server must first prove it knows the vault's LOCK token
 * (control-handshake.ts); the request, which carries the token, is sent only after that. Rejects
 * with ControlUnreachableError when nothing answers (no socket, refused, timed out, or the
 * connection closed without a complete answer), with ControlImpostorError when the server cannot
 * prove it holds the vault.
 */
import { lstat } from 'node:fs/promises'
import { createConnection } from 'node:net'
import { helloAnswerSchema, newNonce, proofMatches } from './control-handshake'
import { readLines } from './line-reader'
import type { ImportProgress } from '../../../shared/io'
import { CONTROL_PROTOCOL_VERSION, MAX_RESPONSE_BYTES, controlJobMessageSchema, controlResponseSchema, type ControlRequest, type ControlResponse } from './protocol'
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
  override readonly name: string = 'ControlProtocolError'
}

/**
 * The process at the socket or pipe could not prove it knows the vault's token: nothing was sent
 * to it. A protocol error to callers that do not tell them apart (they report it, never retry).
 */
export class ControlImpostorError extends ControlProtocolError {
  override readonly name = 'ControlImpostorError'
  constructor(
    readonly path: string,
    reason: string,
  ) {
    super(`the process at ${path} could not prove it holds the vault (${reason}); nothing was sent to it`)
  }
}

/** For a request sent as a job (protocol.ts): what the holder reports before its answer. */
export interface JobEvents {
  onAccepted(job: string): void
  onProgress(progress: ImportProgress): void
}

let nextId = 1

/**
 * Sends `request` (without protocol and id, which are filled in) and waits for its answer.
 * `timeoutMs` 0 waits as long as the connection is open: for long commands, whose answer says
 * what really happened, where a timeout would report a failure over a change that was applied.
 * With `job`, the request runs as a job: `timeoutMs` bounds the wait for its acknowledgement,
 * after which the answer is awaited as long as the connection is open.
 */
export async function sendControlRequest(path: string, request: Omit<ControlRequest, 'protocol' | 'id' | 'job'>, timeoutMs = 15_000, job?: JobEvents): Promise<ControlResponse> {
  if (!isNamedPipe(path)) {
    // Only talk to a socket this user owns: the token must not go to anyone else's server.
    const info = await lstat(path).catch(() => null)
    if (info === null) throw new ControlUnreachableError(path, 'the socket does not exist')
    if (typeof process.getuid === 'function' && info.uid !== process.getuid()) throw new ControlUnreachableError(path, 'the socket belongs to another user')
  }
  const id = nextId++
  const line = `${JSON.stringify({ protocol: CONTROL_PROTOCOL_VERSION, id, ...request, ...(job === undefined ? {} : { job: true }) })}\n`
  const nonce = newNonce()
  const hello = `${JSON.stringify({ protocol: CONTROL_PROTOCOL_VERSION, hello: { vault: request.vault, nonce } })}\n`
  let proven = false
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
    socket.once('connect', () => socket.write(hello))
    socket.once('error', (error: NodeJS.ErrnoException) => finish(() => fail(new ControlUnreachableError(path, error.code ?? error.message))))
    socket.once('close', () => finish(() => fail(new ControlUnreachableError(path, 'the connection closed before an answer came'))))
    const parseJson = (text: string): unknown => {
      try {
        return JSON.parse(text)
      } catch (error) {
        return error
      }
    }
    const parse = (raw: unknown): ControlResponse | null => {
      try {
        if (raw instanceof Error) throw raw
        return controlResponseSchema.parse(raw)
      } catch (error) {
        finish(() =>
          fail(new ControlProtocolError(`the holder's answer is not a protocol ${CONTROL_PROTOCOL_VERSION} response: ${error instanceof Error ? error.message : String(error)}`)),
        )
        return null
      }
    }
    readLines(socket, MAX_RESPONSE_BYTES, {
      onLine: (text) => {
        if (settled) return
        const raw = parseJson(text)
        if (proven && job !== undefined && typeof raw === 'object' && raw !== null && !(raw instanceof Error) && !('ok' in raw)) {
          const message = controlJobMessageSchema.safeParse(raw)
          if (!message.success || message.data.id !== id)
            return finish(() => fail(new ControlProtocolError(`the holder's job message is not a protocol ${CONTROL_PROTOCOL_VERSION} one: ${text.slice(0, 200)}`)))
          if ('accepted' in message.data) {
            socket.setTimeout(0)
            job.onAccepted(message.data.accepted.job)
          } else job.onProgress(message.data.progress)
          return
        }
        const response = parse(raw)
        if (response === null) return
        if (proven) return finish(() => done(response))
        if (!response.ok) {
          // An older holder does not know the hello; one that lacks the vault says so.
          if (response.error.code === 'malformed')
            return finish(() => fail(new ControlProtocolError(`the holder cannot prove it holds the vault (an older Kizuna?): ${response.error.message}`)))
          return finish(() => done(response))
        }
        const answer = helloAnswerSchema.safeParse(response.value)
        if (!answer.success || !proofMatches(request.token, request.vault, nonce, answer.data.proof)) {
          return finish(() => fail(new ControlImpostorError(path, answer.success ? 'wrong proof' : 'no proof')))
        }
        proven = true
        socket.write(line)
      },
      onOverflow: () => finish(() => fail(new ControlProtocolError(`the holder's answer is larger than ${MAX_RESPONSE_BYTES} bytes`))),
    })
  })
}
