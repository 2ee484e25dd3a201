/**
 * One writer per store. Two parts:
 * - the OS lock (os-lock.ts): an abstract socket (Linux) or named pipe (Windows) that only one
 *   process can hold and that the OS frees when it dies. It decides who writes; taking over after a
 *   crash is atomic because there is nothing stale to clear.
 * - `<vault>/LOCK`: the holder's VaultLockInfo as JSON (pid, control socket, token), so a command
 *   that finds the vault held knows whom to ask. Written atomically by the holder, so it is never
 *   empty or half-written; the holder re-writes it if it goes missing (`reassert`).
 * A process that finds a live lock gets VaultLockedError and talks to the holder through
 * `holder.controlSocket` instead of opening the files.
 *
 * A LOCK without `osLock` (an older Kizuna, or a platform without an OS lock) is judged by its
 * content: stale when on this host its holder cannot be running:
 * - `process.kill(pid, 0)` fails with ESRCH (no such process; EPERM means alive, other user), or
 * - it was taken before this machine booted (the pid may have been reused since), or
 * - it names our own pid with a token this process never issued (a previous process with our pid).
 * A lock from another host is never judged stale: we cannot see its processes.
 * Without an OS lock (macOS), an unreadable LOCK is treated as live for UNREADABLE_GRACE_MS, and a
 * stale one is taken over by rename-and-check (acquireFileLock).
 *
 * The lock is about real OS processes, so it reads real time (Date.now), not an injected clock.
 */
import { randomBytes } from 'node:crypto'
import { hostname as osHostname, uptime } from 'node:os'
import { link } from 'node:fs/promises'
import { join } from 'node:path'
import { fsyncDir, writeFileAtomic } from './atomic-file'
import { tryOsLock, type OsLock } from './os-lock'
import { VaultLockedError, VaultStoreError, errnoOf } from './store-errors'
import { nodeStoreFs } from './store-fs'
import type { StoreFs } from './store-fs'
import type { VaultLockInfo } from './vault-lock-info'

export type { VaultLockInfo } from './vault-lock-info'

export const LOCK_FILE = 'LOCK'
/** Without an OS lock: how long a lock file may stay unreadable before we assume its writer died, in ms. */
export const UNREADABLE_GRACE_MS = 10_000
/** Slack for clocks when comparing a lock's start with boot time, in ms. */
const BOOT_TIME_SLACK_MS = 60_000

/** Tokens of the locks this process holds right now. */
const heldTokens = new Set<string>()

export interface AcquireVaultLockOptions {
  fs?: StoreFs
  /** Path of this process's control socket, recorded for other processes (a later issue serves it). */
  controlSocket?: string | null
}

export interface VaultLock {
  readonly path: string
  readonly info: VaultLockInfo
  /** The stale lock this acquisition cleared, if any ('unreadable' when its content was garbage). */
  readonly clearedStale: VaultLockInfo | 'unreadable' | null
  /**
   * Checks, before the holder saves, that the vault is still its own: with an OS lock it is (and a
   * LOCK file deleted meanwhile is written again); without one, false when LOCK no longer names it.
   */
  reassert(): Promise<boolean>
  release(): Promise<void>
}

export function isProcessAlive(pid: number): boolean {
  try {
    process.kill(pid, 0)
    return true
  } catch (error) {
    return errnoOf(error) !== 'ESRCH'
  }
}

/** Whether `info` is a lock whose holder cannot be running. Pure apart from the process probe. */
export function isLockStale(info: VaultLockInfo, host = osHostname(), nowMs = Date.now(), bootTimeMs = Date.now() - uptime() * 1000): boolean {
  if (info.hostname !== host) return false
  const startedAt = Date.parse(info.startedAt)
  if (Number.isFinite(startedAt) && startedAt < bootTimeMs - BOOT_TIME_SLACK_MS && startedAt <= nowMs) return true
  if (info.pid === process.pid) return !heldTokens.has(info.token)
  return !isProcessAlive(info.pid)
}

export function parseLockInfo(text: string): VaultLockInfo | null {
  try {
    const value = JSON.parse(text) as Partial<VaultLockInfo>
    if (typeof value.pid !== 'number' || typeof value.hostname !== 'string' || typeof value.startedAt !== 'string' || typeof value.token !== 'string') return null
    const info: VaultLockInfo = { version: 1, pid: value.pid, hostname: value.hostname, startedAt: value.startedAt, controlSocket: value.controlSocket ?? null, token: value.token }
    return value.osLock === true ? { ...info, osLock: true } : info
  } catch {
    return null
  }
}

/** The current lock holder, or null when the vault is not locked or the lock is unreadable. */
export async function readVaultLock(vaultDir: string, fs: StoreFs = nodeStoreFs): Promise<VaultLockInfo | null> {
  try {
    return parseLockInfo(await fs.readFile(join(vaultDir, LOCK_FILE), 'utf8'))
  } catch (error) {
    if (errnoOf(error) === 'ENOENT') return null
    throw error
  }
}

/** Takes the vault's lock or throws VaultLockedError (live holder) / VaultStoreError (I/O). */
export async function acquireVaultLock(vaultDir: string, options: AcquireVaultLockOptions = {}): Promise<VaultLock> {
  const fs = options.fs ?? nodeStoreFs
  const path = join(vaultDir, LOCK_FILE)
  const info: VaultLockInfo = {
    version: 1,
    pid: process.pid,
    hostname: osHostname(),
    startedAt: new Date().toISOString(),
    controlSocket: options.controlSocket ?? null,
    token: randomBytes(12).toString('hex'),
  }
  let osLock: OsLock | 'taken' | 'unsupported'
  try {
    osLock = await tryOsLock(vaultDir)
  } catch (error) {
    throw new VaultStoreError('lock', path, error)
  }
  if (osLock === 'taken') throw new VaultLockedError(path, await readVaultLock(vaultDir, fs).catch(() => null))
  if (osLock === 'unsupported') return acquireFileLock(fs, vaultDir, path, info)
  try {
    return await holdWithOsLock(fs, path, { ...info, osLock: true }, osLock)
  } catch (error) {
    await osLock.release()
    throw error
  }
}

/**
 * We hold the OS lock, so no process of this version holds the vault: LOCK is ours to write. A
 * readable LOCK naming a live process that does not use the OS lock (an older Kizuna) or another
 * host is still respected. Writing LOCK may fail (full disk, read-only mount): the OS lock still
 * keeps every other writer out, and `reassert` writes it once it can.
 */
async function holdWithOsLock(fs: StoreFs, path: string, info: VaultLockInfo, osLock: OsLock): Promise<VaultLock> {
  let clearedStale: VaultLock['clearedStale'] = null
  const text = await fs.readFile(path, 'utf8').catch((error: unknown) => {
    if (errnoOf(error) === 'ENOENT') return null
    throw new VaultStoreError('lock', path, error)
  })
  if (text !== null) {
    const holder = parseLockInfo(text)
    if (holder && !holder.osLock && !isLockStale(holder)) throw new VaultLockedError(path, holder)
    clearedStale = holder ?? 'unreadable'
  }
  heldTokens.add(info.token)
  const writeLockFile = async (): Promise<boolean> => {
    try {
      await writeFileAtomic(fs, path, Buffer.from(`${JSON.stringify(info, null, 2)}\n`, 'utf8'))
      return true
    } catch {
      return false
    }
  }
  // A stale LOCK we could not replace would name a dead process: remove it rather than leave it.
  if (!(await writeLockFile()) && text !== null) await fs.unlink(path).catch(() => undefined)
  return {
    path,
    info,
    clearedStale,
    async reassert() {
      const current = await fs.readFile(path, 'utf8').then(parseLockInfo, () => null)
      if (current?.token !== info.token) await writeLockFile()
      return true
    },
    async release() {
      heldTokens.delete(info.token)
      try {
        const current = await fs.readFile(path, 'utf8').then(parseLockInfo, () => null)
        if (current?.token === info.token) await fs.unlink(path).catch(() => undefined)
      } finally {
        await osLock.release()
      }
    },
  }
}

/**
 * Where there is no OS lock (macOS): the LOCK file alone. A stale LOCK is taken over by renaming
 * it to a name only this attempt uses and checking that what moved is the stale lock that was
 * read; a live lock moved by mistake (another process cleared the stale one and took the vault in
 * between) is put back with link(), which never replaces a file.
 */
async function acquireFileLock(fs: StoreFs, vaultDir: string, path: string, info: VaultLockInfo): Promise<VaultLock> {
  let clearedStale: VaultLock['clearedStale'] = null
  // Each pass either takes the lock, throws, or removes one stale lock; a few passes cover races.
  for (let attempt = 0; attempt < 5; attempt++) {
    if (await tryCreate(fs, path, info)) {
      heldTokens.add(info.token)
      return {
        path,
        info,
        clearedStale,
        reassert: async () => (await fs.readFile(path, 'utf8').then(parseLockInfo, () => null))?.token === info.token,
        release: () => releaseLock(fs, path, info.token),
      }
    }
    const stale = await staleHolder(fs, path)
    if (stale === 'gone') continue
    if (await takeOver(fs, path, stale.text)) clearedStale = stale.holder
  }
  throw new VaultLockedError(path, await readVaultLock(vaultDir, fs).catch(() => null))
}

/** The stale holder to clear; 'gone' when the lock vanished meanwhile; a live holder throws. */
async function staleHolder(fs: StoreFs, path: string): Promise<{ holder: VaultLockInfo | 'unreadable'; text: string } | 'gone'> {
  let text: string
  try {
    text = await fs.readFile(path, 'utf8')
  } catch (error) {
    if (errnoOf(error) === 'ENOENT') return 'gone'
    throw new VaultStoreError('lock', path, error)
  }
  const holder = parseLockInfo(text)
  if (holder) {
    if (isLockStale(holder)) return { holder, text }
    throw new VaultLockedError(path, holder)
  }
  const stat = await fs.stat(path).catch(() => null)
  if (!stat) return 'gone'
  if (Date.now() - stat.mtimeMs < UNREADABLE_GRACE_MS) throw new VaultLockedError(path, null)
  return { holder: 'unreadable', text }
}

/** Moves the stale LOCK (whose content was `staleText`) out of the way; false when it was not the one moved. */
async function takeOver(fs: StoreFs, path: string, staleText: string): Promise<boolean> {
  const aside = `${path}.${randomBytes(6).toString('hex')}.stale`
  try {
    await fs.rename(path, aside)
  } catch (error) {
    if (errnoOf(error) === 'ENOENT') return false
    throw new VaultStoreError('lock', path, error)
  }
  const moved = await fs.readFile(aside, 'utf8').catch(() => null)
  if (moved === staleText) {
    await fs.unlink(aside).catch(() => undefined)
    return true
  }
  // Not the stale lock: a live holder's. Put it back unless a newer lock is already there.
  await link(aside, path).catch(() => undefined)
  await fs.unlink(aside).catch(() => undefined)
  return false
}

async function tryCreate(fs: StoreFs, path: string, info: VaultLockInfo): Promise<boolean> {
  let handle
  try {
    handle = await fs.open(path, 'wx', 0o600)
  } catch (error) {
    if (errnoOf(error) === 'EEXIST') return false
    throw new VaultStoreError('lock', path, error)
  }
  try {
    await handle.writeFile(`${JSON.stringify(info, null, 2)}\n`, 'utf8')
    await handle.sync()
    await handle.close()
    await fsyncDir(fs, join(path, '..'))
  } catch (error) {
    await handle.close().catch(() => undefined)
    await fs.unlink(path).catch(() => undefined)
    throw new VaultStoreError('lock', path, error)
  }
  return true
}

/** Removes the lock only if it is still ours (never a lock another process took after a clear). */
async function releaseLock(fs: StoreFs, path: string, token: string): Promise<void> {
  if (!heldTokens.delete(token)) return
  const current = await fs.readFile(path, 'utf8').then(parseLockInfo, () => null)
  if (current?.token !== token) return
  await fs.unlink(path).catch((error: unknown) => {
    if (errnoOf(error) !== 'ENOENT') throw new VaultStoreError('lock', path, error)
  })
}
