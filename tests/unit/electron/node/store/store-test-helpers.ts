/** Shared fixtures for the store tests: fresh temp vaults, a manual clock, and an fs that fails on demand. */
import * as fsp from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach } from 'vitest'
import type * as Y from 'yjs'
import { VaultReplica, nodeStoreFs, silentLogger } from '../../../../../electron/node/store'
import type { StoreClock, StoreFs, VaultReplicaOptions } from '../../../../../electron/node/store'

const created: string[] = []
afterEach(async () => {
  for (const dir of created.splice(0)) await fsp.rm(dir, { recursive: true, force: true, maxRetries: 3 })
})

/** A fresh, empty folder under the OS temp dir, removed after the test. */
export async function tempVault(): Promise<string> {
  const dir = await fsp.mkdtemp(join(tmpdir(), 'kizuna-store-'))
  created.push(dir)
  return dir
}

export interface ManualClock extends StoreClock {
  /** Moves time forward by `ms`, firing due timers in time order. */
  advance(ms: number): void
}

export function manualClock(startMs = Date.UTC(2026, 0, 15, 12, 0, 0)): ManualClock {
  let now = startMs
  let nextId = 0
  const timers = new Map<number, { at: number; callback: () => void }>()
  return {
    now: () => now,
    setTimer(callback, delayMs) {
      const id = nextId++
      timers.set(id, { at: now + delayMs, callback })
      return () => timers.delete(id)
    },
    advance(ms) {
      const end = now + ms
      for (;;) {
        const due = [...timers.entries()].filter(([, t]) => t.at <= end).sort((a, b) => a[1].at - b[1].at)[0]
        if (!due) break
        timers.delete(due[0])
        now = Math.max(now, due[1].at)
        due[1].callback()
      }
      now = end
    },
  }
}

/** Options every replica test uses: quiet, manual time, no surprise compaction. */
export function testOptions(overrides: VaultReplicaOptions = {}): VaultReplicaOptions {
  return { clock: manualClock(), log: silentLogger, ...overrides }
}

export interface FaultyFs {
  fs: StoreFs
  /** From now on, writes/fsyncs/renames touching a path that `match`es fail with errno `code`. */
  fail(match: (path: string) => boolean, code: string): void
  heal(): void
}

export function faultyFs(): FaultyFs {
  let fault: { match: (path: string) => boolean; code: string } | null = null
  const injected = (path: string): Error | null => (fault?.match(path) ? Object.assign(new Error(`${fault.code}: injected failure on ${path}`), { code: fault.code }) : null)
  const open = (async (path: string, flags?: string, mode?: number) => {
    const handle = await fsp.open(path, flags, mode)
    return new Proxy(handle, {
      get(target, property) {
        if (property === 'write' || property === 'sync' || property === 'writeFile') {
          const error = injected(path)
          if (error) return () => Promise.reject(error)
        }
        const value: unknown = Reflect.get(target, property)
        return typeof value === 'function' ? (value as (...args: unknown[]) => unknown).bind(target) : value
      },
    })
  }) as StoreFs['open']
  const rename: StoreFs['rename'] = async (from, to) => {
    const error = injected(String(from)) ?? injected(String(to))
    if (error) throw error
    return fsp.rename(from, to)
  }
  return {
    fs: { ...nodeStoreFs, open, rename },
    fail: (match, code) => (fault = { match, code }),
    heal: () => (fault = null),
  }
}

/** Plain-data view of the test map, for one whole-value comparison. */
export function readEntries(doc: Y.Doc): Record<string, unknown> {
  return doc.getMap('entries').toJSON()
}

export function setEntry(doc: Y.Doc, key: string, value: unknown): void {
  doc.transact(() => doc.getMap('entries').set(key, value), 'test')
}

/** An open vault of three generations: snapshot.prev holds {a: 1}, snapshot.bin {a: 1, b: 2}, the log {c: 3}. */
export async function openThreeGenerations(): Promise<{ dir: string; replica: VaultReplica }> {
  const dir = await tempVault()
  const replica = await VaultReplica.open(dir, testOptions({ backups: false }))
  setEntry(replica.doc, 'a', 1)
  await replica.compact()
  setEntry(replica.doc, 'b', 2)
  await replica.compact()
  setEntry(replica.doc, 'c', 3)
  return { dir, replica }
}
