/**
 * The file-system surface the store uses. Production code passes node:fs/promises; tests pass a
 * wrapper that injects failures (ENOSPC, EACCES) into chosen calls without touching real disks.
 */
import * as fsp from 'node:fs/promises'

export type StoreFs = Pick<typeof fsp, 'open' | 'readFile' | 'rename' | 'unlink' | 'mkdir' | 'readdir' | 'stat'>

export const nodeStoreFs: StoreFs = fsp

/** Injected time. Every store module reads time and schedules work only through this. */
export interface StoreClock {
  /** Milliseconds since the Unix epoch. */
  now(): number
  /** Runs `callback` once after `delayMs`; returns a function that cancels it. */
  setTimer(callback: () => void, delayMs: number): () => void
}

export const systemClock: StoreClock = {
  now: () => Date.now(),
  setTimer(callback, delayMs) {
    const timer = setTimeout(callback, delayMs)
    // A pending backup or retry timer must never keep a CLI process alive.
    timer.unref()
    return () => clearTimeout(timer)
  },
}

/** Where the store reports what it did (recoveries) and what went wrong. */
export interface StoreLogger {
  info(message: string): void
  warn(message: string): void
}

export const silentLogger: StoreLogger = { info: () => undefined, warn: () => undefined }
