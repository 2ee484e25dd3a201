/**
 * One writer per store: `<vault>/LOCK`, created with the exclusive `wx` flag, holds the holder's
 * VaultLockInfo as JSON. A process that finds a live lock gets VaultLockedError and talks to the
 * holder through `holder.controlSocket` instead of opening the files.
 *
 * A lock is stale, and is cleared, when on this host its holder cannot be running:
 * - `process.kill(pid, 0)` fails with ESRCH (no such process; EPERM means alive, other user), or
 * - it was taken before this machine booted (the pid may have been reused since), or
 * - it names our own pid with a token this process never issued (a previous process with our pid).
 * A lock from another host is never judged stale: we cannot see its processes.
 * An unreadable lock file (empty or half-written JSON) is treated as live for UNREADABLE_GRACE_MS,
 * since its holder may be writing it right now, and as stale after that.
 *
 * The lock is about real OS processes, so it reads real time (Date.now), not an injected clock.
 * Known limit: two processes clearing the same stale lock at the same instant can race; the window
 * is a few milliseconds after a crash, which a desktop app and its CLI do not hit in practice.
 */
import { randomBytes } from 'node:crypto'
import { hostname as osHostname, uptime } from 'node:os'
import { join } from 'node:path'
import { fsyncDir } from './atomic-file'
import { VaultLockedError, VaultStoreError, errnoOf } from './store-errors'
import { nodeStoreFs } from './store-fs'
import type { StoreFs } from './store-fs'
import type { VaultLockInfo } from './vault-lock-info'

export type { VaultLockInfo } from './vault-lock-info'

export const LOCK_FILE = 'LOCK'
/** How long a lock file may stay unreadable before we assume its writer died, in ms. */
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
    return { version: 1, pid: value.pid, hostname: value.hostname, startedAt: value.startedAt, controlSocket: value.controlSocket ?? null, token: value.token }
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
  let clearedStale: VaultLock['clearedStale'] = null
  // Each pass either takes the lock, throws, or removes one stale lock; a few passes cover races.
  for (let attempt = 0; attempt < 5; attempt++) {
    if (await tryCreate(fs, path, info)) {
      heldTokens.add(info.token)
      return { path, info, clearedStale, release: () => releaseLock(fs, path, info.token) }
    }
    const stale = await staleHolder(fs, path)
    if (stale === 'gone') continue
    clearedStale = stale
    try {
      await fs.unlink(path)
    } catch (error) {
      if (errnoOf(error) !== 'ENOENT') throw new VaultStoreError('lock', path, error)
    }
  }
  throw new VaultLockedError(path, await readVaultLock(vaultDir, fs).catch(() => null))

  /** The stale holder to clear; 'gone' when the lock vanished meanwhile; a live holder throws. */
  async function staleHolder(fs: StoreFs, path: string): Promise<VaultLockInfo | 'unreadable' | 'gone'> {
    let text: string
    try {
      text = await fs.readFile(path, 'utf8')
    } catch (error) {
      if (errnoOf(error) === 'ENOENT') return 'gone'
      throw new VaultStoreError('lock', path, error)
    }
    const holder = parseLockInfo(text)
    if (holder) {
      if (isLockStale(holder)) return holder
      throw new VaultLockedError(path, holder)
    }
    const stat = await fs.stat(path).catch(() => null)
    if (!stat) return 'gone'
    if (Date.now() - stat.mtimeMs < UNREADABLE_GRACE_MS) throw new VaultLockedError(path, null)
    return 'unreadable'
  }
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
