/**
 * A lock the operating system holds for us and drops when the process dies, however it dies:
 * a listening socket in a namespace that has no files. On Linux it is an abstract Unix socket
 * (`\0kizuna-vault-<hash>`), on Windows a named pipe; binding either is atomic and exclusive, so two
 * processes can never both hold it, and a SIGKILL or a crash frees it at once (no stale state).
 * macOS has neither, so there `tryOsLock` returns 'unsupported' and vault-lock.ts falls back to the
 * LOCK file alone.
 *
 * The name is a hash of the folder's real path, so two paths to one folder share one lock.
 * Limit: abstract sockets are per network namespace; two containers sharing a vault folder
 * without sharing a network namespace do not see each other's locks.
 */
import { createHash } from 'node:crypto'
import { realpath } from 'node:fs/promises'
import { createServer, type Server } from 'node:net'

export interface OsLock {
  readonly name: string
  release(): Promise<void>
}

export function osLockName(realDir: string, platform: NodeJS.Platform = process.platform): string | null {
  const hash = createHash('sha256').update(realDir).digest('hex').slice(0, 32)
  if (platform === 'linux') return `\0kizuna-vault-${hash}`
  if (platform === 'win32') return `\\\\.\\pipe\\kizuna-vault-${hash}`
  return null
}

function listen(server: Server, name: string): Promise<'bound' | 'taken'> {
  return new Promise((done, fail) => {
    const onError = (error: NodeJS.ErrnoException): void => {
      if (error.code === 'EADDRINUSE') done('taken')
      else fail(error)
    }
    server.once('error', onError)
    server.listen(name, () => {
      server.off('error', onError)
      done('bound')
    })
  })
}

/** Takes the folder's OS lock: the lock, 'taken' when another live process holds it, or 'unsupported'. */
export async function tryOsLock(dir: string): Promise<OsLock | 'taken' | 'unsupported'> {
  const name = osLockName(await realpath(dir))
  if (name === null) return 'unsupported'
  // Nobody is meant to connect; anyone who does is hung up on.
  const server = createServer((socket) => socket.destroy())
  if ((await listen(server, name)) === 'taken') return 'taken'
  // The lock must never keep a short command alive.
  server.unref()
  let released: Promise<void> | null = null
  return {
    name,
    release: () => (released ??= new Promise<void>((done) => server.close(() => done()))),
  }
}
