/**
 * The control server: lets `kizuna` commands act on a vault this process holds (the app, or a
 * headless peer). It runs the same command functions as the CLI (electron/node/commands/) on the
 * holder's own replica, with origin CLI_ORIGIN, so the change reaches open windows like any other
 * update and is durable before the answer is sent. Protocol: protocol.ts.
 *
 * Security: the socket file is made 0600 right after it is bound, and every request must carry
 * the vault's LOCK token, which only the user can read; the token is the real gate, the mode only
 * narrows who can even connect. A private per-user folder holds the socket when it cannot live in
 * the data folder (socket-path.ts).
 */
import { timingSafeEqual } from 'node:crypto'
import { chmod, lstat, mkdir, unlink } from 'node:fs/promises'
import { createConnection, createServer, type Server, type Socket } from 'node:net'
import { dirname, resolve } from 'node:path'
import type * as Y from 'yjs'
import { CLI_ORIGIN } from '../../../shared/graph'
import type { VaultName } from '../../../shared/ipc'
import { CommandError, runVaultCommand } from '../commands'
import { isSyncCommandName, type SyncCommand } from '../commands/sync-command-schema'
import { helloSchema, serverProof } from './control-handshake'
import { runImportJob, type JobChannel } from './import-job'
import { readLines } from './line-reader'
import { CONTROL_PROTOCOL_VERSION, MAX_REQUEST_BYTES, controlRequestSchema, errorResponse, type ControlJobMessage, type ControlResponse } from './protocol'
import { controlSocketPath, isNamedPipe } from './socket-path'

/** What the server needs of an open vault; a VaultReplica is one. */
export interface ControlledVault {
  readonly doc: Y.Doc
  readonly lockInfo: { readonly token: string }
  whenFlushed(): Promise<void>
}

export interface ControlServerOptions {
  dataDir: string
  /**
   * The vault if this process has it open, else null. The server never opens a vault for a
   * client: the client reached us because our LOCK names us as the vault's holder.
   */
  resolveVault: (name: VaultName) => Promise<ControlledVault | null>
  /** Runs a sync command on this process's SyncHost; without it they get `sync-not-running`. */
  runSyncCommand?: (vault: VaultName, command: SyncCommand) => Promise<unknown>
  /** Defaults to controlSocketPath(dataDir). */
  path?: string
  /** A connection that sends nothing for this long is closed, in ms. Default 30 s. */
  idleTimeoutMs?: number
  /** An import job's longest run between two turns of the event loop, in ms (default 10). */
  jobSliceMs?: number
}

export interface ControlServer {
  readonly path: string
  close(): Promise<void>
}

export class ControlServerError extends Error {
  override readonly name = 'ControlServerError'
}

function sameToken(given: string, expected: string): boolean {
  const a = Buffer.from(given)
  const b = Buffer.from(expected)
  return a.length === b.length && timingSafeEqual(a, b)
}

/**
 * Answers one request line. Never throws: every failure becomes an error response. With `channel`,
 * an import that asks to be a job is one (import-job.ts): its messages go to the channel before
 * the response.
 */
export async function answerControlRequest(
  line: string,
  resolveVault: ControlServerOptions['resolveVault'],
  runSyncCommand?: ControlServerOptions['runSyncCommand'],
  channel?: JobChannel,
): Promise<ControlResponse> {
  let raw: unknown
  try {
    raw = JSON.parse(line)
  } catch {
    return errorResponse(null, 'malformed', 'the request is not valid JSON')
  }
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return errorResponse(null, 'malformed', 'the request is not a JSON object')
  const fields = raw as Record<string, unknown>
  const id = Number.isSafeInteger(fields.id) && (fields.id as number) >= 0 ? (fields.id as number) : null
  if ('hello' in fields && fields.protocol === CONTROL_PROTOCOL_VERSION) return answerHello(raw, resolveVault)
  if (fields.protocol !== CONTROL_PROTOCOL_VERSION) {
    return errorResponse(
      id,
      'unsupported-protocol',
      `control protocol ${JSON.stringify(fields.protocol) ?? 'missing'} is not supported; this Kizuna speaks protocol ${CONTROL_PROTOCOL_VERSION}`,
    )
  }
  const parsed = controlRequestSchema.safeParse(raw)
  if (!parsed.success) {
    const issue = parsed.error.issues[0]
    return errorResponse(id, 'malformed', `${issue?.path.join('.') || 'request'}: ${issue?.message ?? 'invalid'}`)
  }
  const request = parsed.data
  const vault = await resolveVault(request.vault).catch(() => null)
  if (vault === null) return errorResponse(id, 'vault-not-open', `this process does not have the vault "${request.vault}" open`)
  if (!sameToken(request.token, vault.lockInfo.token)) return errorResponse(id, 'unauthorized', `wrong token for the vault "${request.vault}": use the one in its LOCK file`)
  const command = request.command
  if (isSyncCommandName(command.name)) {
    if (!runSyncCommand) return errorResponse(id, 'sync-not-running', 'the process holding the vault does not run device sync')
    return runSyncCommand(request.vault, command as SyncCommand).then(
      (value) => ({ protocol: CONTROL_PROTOCOL_VERSION, id, ok: true as const, value }),
      (error: unknown) => errorResponse(id, 'sync-failed', error instanceof Error ? error.message : String(error)),
    )
  }
  if (request.job === true && command.name === 'io.import' && channel !== undefined) return runImportJob(vault, command, id ?? 0, channel)
  try {
    const value = runVaultCommand(vault.doc, command as Exclude<typeof command, SyncCommand>, { origin: CLI_ORIGIN })
    await vault.whenFlushed()
    return { protocol: CONTROL_PROTOCOL_VERSION, id, ok: true, value }
  } catch (error) {
    if (error instanceof CommandError) return errorResponse(id, error.code, error.message)
    return errorResponse(id, 'internal', `the command failed in the process holding the vault: ${error instanceof Error ? error.message : String(error)}`)
  }
}

/** The server's half of control-handshake.ts: proves it knows the token of the vault named. */
async function answerHello(raw: unknown, resolveVault: ControlServerOptions['resolveVault']): Promise<ControlResponse> {
  const parsed = helloSchema.safeParse(raw)
  if (!parsed.success) return errorResponse(null, 'malformed', 'a hello needs a vault and a 32-byte base64 nonce')
  const { vault: name, nonce } = parsed.data.hello
  const vault = await resolveVault(name).catch(() => null)
  if (vault === null) return errorResponse(null, 'vault-not-open', `this process does not have the vault "${name}" open`)
  return { protocol: CONTROL_PROTOCOL_VERSION, id: null, ok: true, value: { proof: serverProof(vault.lockInfo.token, name, nonce) } }
}

/** Whether something accepts connections on the Unix socket (or named pipe) at `path` right now. */
export function isServed(path: string): Promise<boolean> {
  return new Promise((done) => {
    const probe = createConnection(path)
    probe.once('connect', () => {
      probe.destroy()
      done(true)
    })
    probe.once('error', () => done(false))
  })
}

/** Makes `path` bindable: its folder exists and is safe, and no dead socket file blocks it. */
async function prepareSocketPath(path: string, dataDir: string): Promise<void> {
  const folder = dirname(path)
  await mkdir(folder, { recursive: true, mode: 0o700 })
  if (folder !== resolve(dataDir)) {
    // The fallback folder under the shared temp dir: it must be ours and closed to others, or
    // another user could serve a fake socket there and collect our token.
    const info = await lstat(folder)
    const uid = typeof process.getuid === 'function' ? process.getuid() : info.uid
    if (!info.isDirectory() || info.uid !== uid || (info.mode & 0o077) !== 0) {
      throw new ControlServerError(`${folder} must be a folder owned by this user with mode 0700`)
    }
  }
  const existing = await lstat(path).catch(() => null)
  if (existing === null) return
  if (!existing.isSocket()) throw new ControlServerError(`${path} exists and is not a socket; move it away`)
  if (await isServed(path)) throw new ControlServerError(`another process already serves ${path}`)
  // A socket file left by a process that crashed.
  await unlink(path).catch(() => undefined)
}

function listen(server: Server, path: string): Promise<void> {
  return new Promise((done, fail) => {
    server.once('error', fail)
    server.listen(path, () => {
      server.off('error', fail)
      done()
    })
  })
}

export async function startControlServer(options: ControlServerOptions): Promise<ControlServer> {
  const path = options.path ?? controlSocketPath(options.dataDir)
  const idleTimeoutMs = options.idleTimeoutMs ?? 30_000
  const sockets = new Set<Socket>()
  const server = createServer((socket) => {
    sockets.add(socket)
    socket.on('close', () => sockets.delete(socket))
    socket.on('error', () => socket.destroy())
    socket.setTimeout(idleTimeoutMs, () => socket.destroy())
    // Requests on one connection are answered in order, one at a time.
    let queue = Promise.resolve()
    const send = (response: ControlResponse | ControlJobMessage): void => {
      if (!socket.destroyed) socket.write(`${JSON.stringify(response)}\n`)
    }
    const channel: JobChannel = { send, isOpen: () => !socket.destroyed, sliceMs: options.jobSliceMs }
    readLines(socket, MAX_REQUEST_BYTES, {
      onLine: (line) => {
        queue = queue.then(async () => {
          // The idle timeout is for a silent client, not for a long command (an import of 100,000
          // cards): the answer must never be dropped after the command was applied.
          socket.setTimeout(0)
          try {
            send(await answerControlRequest(line, options.resolveVault, options.runSyncCommand, channel))
          } finally {
            if (!socket.destroyed) socket.setTimeout(idleTimeoutMs)
          }
        })
      },
      onOverflow: () => {
        queue = queue.then(() => {
          send(errorResponse(null, 'too-large', `a request may be at most ${MAX_REQUEST_BYTES} bytes`))
          socket.end()
        })
      },
    })
  })
  if (!isNamedPipe(path)) await prepareSocketPath(path, options.dataDir)
  await listen(server, path)
  if (!isNamedPipe(path)) await chmod(path, 0o600)

  let closing: Promise<void> | null = null
  return {
    path,
    close() {
      closing ??= new Promise<void>((done) => {
        server.close(() => done())
        for (const socket of sockets) socket.destroy()
      }).then(async () => {
        if (!isNamedPipe(path)) await unlink(path).catch(() => undefined)
      })
      return closing
    },
  }
}
