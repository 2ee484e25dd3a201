/**
 * Where a data folder's control socket lives. On POSIX it is `<data>/kizuna.sock`, unless that
 * path is longer than a socket address can hold (sun_path is 108 bytes on Linux, 104 on macOS);
 * then it is `<tmp>/kizuna-<uid>/<hash of the data folder>.sock`, in a folder only the user can
 * enter. On Windows it is a named pipe with a random name, new at every start: pipe names are one
 * namespace for every user of the machine, so a predictable one could be taken first by someone
 * else. Clients never compute it: they read it from the vault's LOCK (`controlSocket`), and the
 * server must prove it knows the LOCK token before they send anything (control-handshake.ts).
 */
import { createHash, randomBytes } from 'node:crypto'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'

export const CONTROL_SOCKET_NAME = 'kizuna.sock'
/** A margin under macOS's 104-byte sun_path, including the terminating NUL. */
const MAX_SOCKET_PATH_BYTES = 100

function folderHash(dataDir: string): string {
  return createHash('sha256').update(resolve(dataDir)).digest('hex').slice(0, 24)
}

export function controlSocketPath(dataDir: string, platform: NodeJS.Platform = process.platform, tempDir: string = tmpdir()): string {
  if (platform === 'win32') return `\\\\.\\pipe\\kizuna-${randomBytes(16).toString('hex')}`
  const inFolder = join(resolve(dataDir), CONTROL_SOCKET_NAME)
  if (Buffer.byteLength(inFolder) < MAX_SOCKET_PATH_BYTES) return inFolder
  const uid = typeof process.getuid === 'function' ? process.getuid() : 0
  return join(tempDir, `kizuna-${uid}`, `${folderHash(dataDir)}.sock`)
}

export function isNamedPipe(path: string): boolean {
  return path.startsWith('\\\\.\\pipe\\')
}
