/**
 * The renderer's IndexedDB replica in a real Chromium: it must report storage failures instead
 * of losing them (y-indexeddb #42, #44), keep the change in memory when a write fails, and stay
 * bounded when a vault is reopened again and again without edits (y-indexeddb #31).
 */
import { mkdtemp } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import type { Page } from 'playwright-core'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { TEST_COMPACT_AFTER } from '../bench/pages/replica-constants'
import { findChromium } from '../support/chromium'
import { buildTestPages } from '../support/test-pages'
import { ChromiumHost, TEST_ORIGIN } from './support/chromium-host'

type Tool = {
  open(db: string): Promise<{ loadedKeys: string[]; records: number; error: string | null }>
  openAndWriteEarly(db: string, key: string, value: string): Promise<{ loadedKeys: string[]; error: string | null }>
  write(key: string, value: string): { threw: string | null; inMemory: unknown }
  errors(): Promise<string[]>
  close(): Promise<void>
  bareOpenClose(db: string): Promise<number>
  countRecords(db: string): Promise<number>
  failWritesWithQuota(): void
  failOpen(): void
  deleteUnderneath(db: string): Promise<void>
}
const chromium = findChromium()
if (!chromium) console.log('[e2e] local-replica: skipped: no Chromium found (set KIZUNA_CHROMIUM, or install chromium)')

describe.skipIf(!chromium)('local replica in Chromium', () => {
  let host: ChromiumHost
  let page: Page
  /** Calls one of the page tool's functions with at most one string argument. */
  const call = <K extends keyof Tool>(name: K, ...args: Parameters<Tool[K]>): Promise<Awaited<ReturnType<Tool[K]>>> =>
    page.evaluate(
      ([n, a]) => {
        const tool = (window as unknown as { __replicaTool: Record<string, (...x: unknown[]) => unknown> }).__replicaTool
        return tool[n](...a)
      },
      [name, args] as const,
    ) as Promise<Awaited<ReturnType<Tool[K]>>>

  beforeEach(async () => {
    const pages = await buildTestPages()
    host = await ChromiumHost.launch({
      executablePath: chromium!,
      profileDir: await mkdtemp(join(tmpdir(), 'kizuna-replica-')),
      preloadPath: resolve(import.meta.dirname, '../../out/preload/index.cjs'),
    })
    await host.serveTestPages(pages)
    page = await host.context.newPage()
    await page.goto(`${TEST_ORIGIN}/__test/replica.html`)
    await page.waitForFunction(() => '__replicaTool' in window)
  })

  afterEach(async () => {
    await host.dispose()
  })

  it('keeps what was written across reopen and stays bounded over many reopens', async () => {
    expect(await call('open', 'growth')).toMatchObject({ loadedKeys: [], error: null })
    await call('write', 'hanako', 'advisor')
    await call('close')

    const records: number[] = []
    for (let i = 0; i < 60; i++) {
      const opened = await call('open', 'growth')
      expect(opened.loadedKeys).toEqual(['hanako'])
      await call('close')
      records.push(await call('countRecords', 'growth'))
    }
    // It grows by one record per open until the compaction on open folds them back into one.
    expect(Math.max(...records)).toBeLessThanOrEqual(TEST_COMPACT_AFTER + 1)
    expect(records.some((n, i) => i > 0 && n < records[i - 1])).toBe(true)

    // The same 60 reopens with y-indexeddb alone grow by one record each: the bug this guards.
    let bare = 0
    for (let i = 0; i < 60; i++) bare = await call('bareOpenClose', 'bare-growth')
    expect(bare).toBe(60)
  })

  it('stores writes made before, during and after the load (its update handler starts only after the load)', async () => {
    await call('open', 'early')
    await call('write', 'stored', 'before')
    await call('close')
    expect(await call('openAndWriteEarly', 'early', 'early', 'during')).toEqual({ loadedKeys: ['early', 'stored'], error: null })
    await call('write', 'late', 'after')
    await call('close')
    expect(await call('open', 'early')).toMatchObject({ loadedKeys: ['early', 'late', 'stored'], error: null })
  })

  it('reports a full disk instead of losing the write, and keeps the change in memory', async () => {
    await call('open', 'quota')
    await call('failWritesWithQuota')
    expect(await call('write', 'k', 'v')).toEqual({ threw: null, inMemory: 'v' })
    expect(await call('errors')).toEqual(['quota-exceeded'])
  })

  it('reports "connection is closing" when the browser closes the database under it', async () => {
    await call('open', 'closing')
    await call('deleteUnderneath', 'closing')
    expect(await call('write', 'k', 'v')).toEqual({ threw: null, inMemory: 'v' })
    expect(await call('errors')).toContain('connection-closed')
  })

  it('rejects loading with a clear error when IndexedDB cannot open', async () => {
    await call('failOpen')
    expect(await call('open', 'broken')).toEqual({ loadedKeys: [], records: 0, error: 'open-failed' })
  })
})
