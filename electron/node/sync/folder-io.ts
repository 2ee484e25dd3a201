/**
 * File I/O inside a sync folder that other people's tools (Syncthing, cloud drives) also write to,
 * so every name in it may be a planted symlink, FIFO or device file.
 *
 * Invariants:
 * - Nothing here follows a symlink at the last path component: writes go to a random temp name
 *   opened with O_CREAT | O_EXCL | O_NOFOLLOW (a planted link or file at that name makes the open
 *   fail, never write through it), then rename(2), which replaces a link at the final name instead
 *   of writing through it. Reads open with O_NOFOLLOW | O_NONBLOCK (a FIFO cannot block the open)
 *   and fstat the open descriptor: anything that is not a regular file is skipped unread.
 * - Reads are capped: a file above `maxBytes` is refused from its fstat size, and at most
 *   `maxBytes + 1` bytes are ever read (a file that grows while we read is refused too), so a link
 *   to /dev/zero or a huge file costs no memory.
 * - A subfolder is used only if lstat says it is a real directory (not a link to one): we never
 *   list, write or delete through a planted directory link. (Node has no openat(2), so a link
 *   swapped in between the lstat and the open is the remaining race; the O_NOFOLLOW on the file
 *   itself still holds.)
 */
import { randomBytes } from 'node:crypto'
import { constants } from 'node:fs'
import { lstat, mkdir, open, readdir, rename, unlink } from 'node:fs/promises'
import { join } from 'node:path'

/** A full state of a very large vault still fits (the same cap as one sync frame). */
export const MAX_FOLDER_FILE_BYTES = 64 * 1024 * 1024

export type FolderReadResult = { status: 'ok'; bytes: Uint8Array } | { status: 'missing' | 'not-a-file' | 'too-large' }

const errno = (error: unknown): string | undefined => (error as NodeJS.ErrnoException).code

/** Writes `bytes` as `dir/name` durably (temp + fsync + rename) without following any link. */
export async function writeFolderFile(dir: string, name: string, bytes: Uint8Array): Promise<void> {
  const temp = join(dir, `.${randomBytes(12).toString('hex')}.tmp`)
  const flags = constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL | constants.O_NOFOLLOW
  const handle = await open(temp, flags, 0o600)
  try {
    await handle.writeFile(bytes)
    await handle.sync()
  } catch (error) {
    await handle.close()
    await unlink(temp).catch(() => undefined)
    throw error
  }
  await handle.close()
  await rename(temp, join(dir, name))
}

/** Reads a regular file of at most `maxBytes`; links, FIFOs, devices and directories are skipped. */
export async function readFolderFile(path: string, maxBytes = MAX_FOLDER_FILE_BYTES): Promise<FolderReadResult> {
  let handle
  try {
    handle = await open(path, constants.O_RDONLY | constants.O_NOFOLLOW | constants.O_NONBLOCK)
  } catch (error) {
    const code = errno(error)
    if (code === 'ENOENT') return { status: 'missing' }
    if (code === 'ELOOP' || code === 'EISDIR' || code === 'ENXIO' || code === 'EACCES' || code === 'EPERM') return { status: 'not-a-file' }
    throw error
  }
  try {
    const stats = await handle.stat()
    if (!stats.isFile()) return { status: 'not-a-file' }
    if (stats.size > maxBytes) return { status: 'too-large' }
    const buffer = Buffer.alloc(Math.min(stats.size, maxBytes) + 1)
    let filled = 0
    for (;;) {
      const { bytesRead } = await handle.read(buffer, filled, buffer.byteLength - filled, null)
      if (bytesRead === 0) break
      filled += bytesRead
      if (filled === buffer.byteLength) return { status: 'too-large' }
    }
    return { status: 'ok', bytes: buffer.subarray(0, filled) }
  } finally {
    await handle.close()
  }
}

/** True iff `path` is a real directory (a symlink to one is not). */
export async function isRealDirectory(path: string): Promise<boolean> {
  try {
    return (await lstat(path)).isDirectory()
  } catch (error) {
    if (errno(error) === 'ENOENT') return false
    throw error
  }
}

/** Creates `path` as a real directory; refuses if something else (a link) already sits there. */
export async function ensureRealDirectory(path: string): Promise<void> {
  await mkdir(path, { recursive: true, mode: 0o700 })
  if (!(await isRealDirectory(path))) throw new Error(`${path} is not a plain folder (a link or a file sits there); remove it and sync again`)
}

/** Names in a real directory, or [] if it is missing or not a real directory. */
export async function listRealDirectory(path: string): Promise<string[]> {
  if (!(await isRealDirectory(path))) return []
  try {
    return await readdir(path)
  } catch (error) {
    if (errno(error) === 'ENOENT') return []
    throw error
  }
}
