import { spawn } from 'node:child_process'
import * as fsp from 'node:fs/promises'
import { hostname } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { VaultLockedError, acquireVaultLock, readVaultLock } from '../../../../../electron/node/store'
import type { VaultLockInfo } from '../../../../../electron/node/store'
import { tempVault } from './store-test-helpers'

/** The pid of a process that has exited (and been reaped), so no process has it right now. */
async function deadPid(): Promise<number> {
  const child = spawn(process.execPath, ['-e', ''], { stdio: 'ignore' })
  await new Promise((resolve) => child.once('exit', resolve))
  return child.pid!
}

async function writeLock(dir: string, info: Partial<VaultLockInfo>): Promise<void> {
  const full: VaultLockInfo = { version: 1, pid: 1, hostname: hostname(), startedAt: new Date().toISOString(), controlSocket: null, token: 'x', ...info }
  await fsp.writeFile(join(dir, 'LOCK'), JSON.stringify(full))
}

describe('vault lock', () => {
  it('refuses a second holder with VaultLockedError carrying the holder, and frees on release', async () => {
    const dir = await tempVault()
    const lock = await acquireVaultLock(dir, { controlSocket: join(dir, 'control.sock') })
    expect(lock.info).toMatchObject({ pid: process.pid, hostname: hostname(), controlSocket: join(dir, 'control.sock') })
    expect(await readVaultLock(dir)).toEqual(lock.info)

    const refused = await acquireVaultLock(dir).catch((error: unknown) => error)
    expect(refused).toBeInstanceOf(VaultLockedError)
    expect(refused).toMatchObject({ code: 'VAULT_LOCKED', holder: lock.info, lockFile: join(dir, 'LOCK') })

    await lock.release()
    expect(await readVaultLock(dir)).toBeNull()
    const again = await acquireVaultLock(dir)
    expect(again.clearedStale).toBeNull()
    await again.release()
  })

  it('clears a stale lock whose process has exited', async () => {
    const dir = await tempVault()
    const pid = await deadPid()
    await writeLock(dir, { pid })
    const lock = await acquireVaultLock(dir)
    expect({ cleared: lock.clearedStale, holder: (await readVaultLock(dir))?.pid }).toEqual({
      cleared: expect.objectContaining({ pid }) as unknown,
      holder: process.pid,
    })
    await lock.release()
  })

  it('clears a lock with our own pid that this process never took (a previous process had our pid)', async () => {
    const dir = await tempVault()
    await writeLock(dir, { pid: process.pid, token: 'not-ours' })
    const lock = await acquireVaultLock(dir)
    expect(lock.clearedStale).toMatchObject({ token: 'not-ours' })
    await lock.release()
  })

  it('respects a live holder (our parent process) and a holder on another host', async () => {
    const dir = await tempVault()
    await writeLock(dir, { pid: process.ppid })
    await expect(acquireVaultLock(dir)).rejects.toMatchObject({ code: 'VAULT_LOCKED', holder: { pid: process.ppid } })
    await writeLock(dir, { pid: await deadPid(), hostname: 'some-other-machine' })
    await expect(acquireVaultLock(dir)).rejects.toBeInstanceOf(VaultLockedError)
  })

  it('takes over an empty or half-written LOCK at once: the OS lock says nobody holds the vault', async () => {
    const dir = await tempVault()
    const path = join(dir, 'LOCK')
    for (const content of ['', '{"pid": 12']) {
      await fsp.writeFile(path, content)
      const started = Date.now()
      const lock = await acquireVaultLock(dir)
      expect({ cleared: lock.clearedStale, quick: Date.now() - started < 1000, onDisk: await readVaultLock(dir) }).toEqual({
        cleared: 'unreadable',
        quick: true,
        onDisk: lock.info,
      })
      await lock.release()
    }
  })

  it('refuses a second holder while the first holds the OS lock, even when its LOCK file was deleted, and writes LOCK again', async () => {
    const dir = await tempVault()
    const lock = await acquireVaultLock(dir)
    await fsp.unlink(join(dir, 'LOCK'))
    await expect(acquireVaultLock(dir)).rejects.toMatchObject({ code: 'VAULT_LOCKED', holder: null })
    expect(await lock.reassert()).toBe(true)
    expect(await readVaultLock(dir)).toEqual(lock.info)
    await expect(acquireVaultLock(dir)).rejects.toMatchObject({ code: 'VAULT_LOCKED', holder: lock.info })
    await lock.release()
  })

  it('takes over a LOCK left by a holder that held the OS lock, even when its pid now belongs to a live process', async () => {
    const dir = await tempVault()
    await writeLock(dir, { pid: process.ppid, osLock: true, token: 'old' })
    const lock = await acquireVaultLock(dir)
    expect(lock.clearedStale).toMatchObject({ pid: process.ppid, token: 'old' })
    await lock.release()
  })
})
