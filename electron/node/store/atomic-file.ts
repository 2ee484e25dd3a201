/**
 * Crash-safe whole-file writes: write a temp file in the same folder, fsync it, rename it over the
 * target, fsync the folder. After a crash at any point the target holds either the old bytes or the
 * new bytes, never a mix; a leftover temp file is garbage that `removeTempFiles` clears on open.
 */
import { randomBytes } from 'node:crypto'
import { basename, dirname, join } from 'node:path'
import type { StoreFs } from './store-fs'

/** Suffix of every temp file the store creates; nothing else in a vault folder ends with it. */
export const TEMP_SUFFIX = '.tmp'

export function tempPathFor(target: string): string {
  return join(dirname(target), `${basename(target)}.${randomBytes(6).toString('hex')}${TEMP_SUFFIX}`)
}

/** Writes `bytes` to `path` atomically and durably. Resolves only after the rename is on disk. */
export async function writeFileAtomic(fs: StoreFs, path: string, bytes: Uint8Array): Promise<void> {
  const temp = tempPathFor(path)
  await writeFileDurable(fs, temp, bytes)
  try {
    await fs.rename(temp, path)
  } catch (error) {
    await fs.unlink(temp).catch(() => undefined)
    throw error
  }
  await fsyncDir(fs, dirname(path))
}

/** Creates (or replaces) `path` with `bytes` and fsyncs the file, not the folder. */
export async function writeFileDurable(fs: StoreFs, path: string, bytes: Uint8Array, flags = 'w'): Promise<void> {
  const handle = await fs.open(path, flags, 0o600)
  try {
    let offset = 0
    while (offset < bytes.length) {
      const { bytesWritten } = await handle.write(bytes, offset, bytes.length - offset, offset)
      offset += bytesWritten
    }
    await handle.sync()
  } finally {
    await handle.close()
  }
}

/**
 * Makes a rename or file creation in `dir` durable. Windows cannot open a folder for fsync (and
 * NTFS journals renames itself), so there the failure is expected and ignored.
 */
export async function fsyncDir(fs: StoreFs, dir: string): Promise<void> {
  if (process.platform === 'win32') return
  const handle = await fs.open(dir, 'r')
  try {
    await handle.sync()
  } finally {
    await handle.close()
  }
}

/** Renames `from` to `to` if `from` exists; returns whether it did. */
export async function renameIfExists(fs: StoreFs, from: string, to: string): Promise<boolean> {
  try {
    await fs.rename(from, to)
    return true
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return false
    throw error
  }
}

/** Deletes temp files a crash left behind in `dir`. Only safe while holding the vault lock. */
export async function removeTempFiles(fs: StoreFs, dir: string): Promise<string[]> {
  const names = await fs.readdir(dir)
  const temps = names.filter((name) => name.endsWith(TEMP_SUFFIX))
  for (const name of temps) await fs.unlink(join(dir, name)).catch(() => undefined)
  return temps
}

/** Reads a whole file, or returns null when it does not exist. */
export async function readFileIfExists(fs: StoreFs, path: string): Promise<Uint8Array | null> {
  try {
    return await fs.readFile(path)
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null
    throw error
  }
}

/** A file name fragment for a time that is valid on every OS (no colons). */
export function fileTimestamp(ms: number): string {
  return new Date(ms).toISOString().replace(/:/g, '-').replace('.', '-')
}
