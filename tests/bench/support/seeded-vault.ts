/**
 * Puts one vault's data, as the same sequence of Yjs updates, into both replicas: the main
 * process's file store (through VaultReplica, so it compacts as it would in use) and the
 * renderer's IndexedDB (one y-indexeddb record per update, trimmed by y-indexeddb itself, ending
 * with a compacted record plus a tail of separate updates).
 */
import { mkdir, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { Page } from 'playwright-core'
import * as Y from 'yjs'
import { VaultReplica } from '../../../electron/node/store'
import { vaultDbName, type VaultName } from '../../../shared/ipc'
import { ChromiumHost, TEST_ORIGIN } from '../../e2e/support/chromium-host'
import { buildTestPages } from '../../support/test-pages'

export interface SeedOptions {
  dataDir: string
  profileDir: string
  chromiumPath: string
  preloadPath: string
  vault?: VaultName
  updates: Uint8Array[]
  /** Updates left as separate IndexedDB records after the compacted one. */
  tail?: number
  log?: (message: string) => void
}

/** Records every update `write` makes, one per transaction, as an app session would persist them. */
export function captureUpdates(write: (doc: Y.Doc) => void): { doc: Y.Doc; updates: Uint8Array[] } {
  const doc = new Y.Doc()
  const updates: Uint8Array[] = []
  doc.on('update', (update: Uint8Array) => updates.push(update))
  write(doc)
  return { doc, updates }
}

const toBase64 = (bytes: Uint8Array) => Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('base64')

/** A fresh browser on `profileDir` with the IndexedDB tool page (tests/bench/pages/idb-tool.ts) open; dispose the host when done. */
async function openIdbTool(options: { profileDir: string; chromiumPath: string; preloadPath: string }): Promise<{ host: ChromiumHost; page: Page }> {
  const pages = await buildTestPages()
  const host = await ChromiumHost.launch({ executablePath: options.chromiumPath, profileDir: options.profileDir, preloadPath: options.preloadPath })
  try {
    await host.serveTestPages(pages)
    const page = await host.context.newPage()
    await page.goto(`${TEST_ORIGIN}/__test/index.html`)
    await page.waitForFunction(() => '__idbTool' in window)
    return { host, page }
  } catch (err) {
    await host.dispose()
    throw err
  }
}

export async function seedVault(options: SeedOptions): Promise<{ idbRecords: number }> {
  const vault = options.vault ?? 'default'
  const log = options.log ?? (() => undefined)
  const tail = Math.min(options.tail ?? 400, options.updates.length)

  await mkdir(options.dataDir, { recursive: true })
  await writeFile(join(options.dataDir, 'settings.json'), JSON.stringify({ language: 'en', theme: 'light', firstRunDone: true }))
  const replica = await VaultReplica.open(join(options.dataDir, 'vaults', vault), { backups: false, compactEvery: { records: 30_000 } })
  for (const update of options.updates) Y.applyUpdate(replica.doc, update, 'bench-seed')
  await replica.close()
  log(`file store seeded with ${options.updates.length} updates`)

  const { host, page } = await openIdbTool(options)
  try {
    const dbName = vaultDbName(vault)
    await page.evaluate((name) => (window as unknown as { __idbTool: { seedOpen(n: string): Promise<void> } }).__idbTool.seedOpen(name), dbName)
    type Tool = { __idbTool: { seedUpdates(u: string[]): number; seedCompact(): Promise<number> } }
    // Chunks of 500 updates, each followed by a compaction: the shape y-indexeddb's trim gives in use.
    const send = async (batch: Uint8Array[], compact: boolean) => {
      for (let i = 0; i < batch.length; i += 500) {
        const chunk = batch.slice(i, i + 500).map(toBase64)
        await page.evaluate((c) => (window as unknown as Tool).__idbTool.seedUpdates(c), chunk)
        if (compact) await page.evaluate(() => (window as unknown as Tool).__idbTool.seedCompact())
      }
    }
    await send(options.updates.slice(0, options.updates.length - tail), true)
    await send(options.updates.slice(options.updates.length - tail), false)
    await page.evaluate(() => (window as unknown as { __idbTool: { seedClose(): Promise<void> } }).__idbTool.seedClose())
    const idbRecords = await page.evaluate((name) => (window as unknown as { __idbTool: { countRecords(n: string): Promise<number> } }).__idbTool.countRecords(name), dbName)
    log(`IndexedDB holds ${idbRecords} records (compacted + tail)`)
    return { idbRecords }
  } finally {
    await host.dispose()
  }
}

/** The baseline: a bare y-indexeddb load of the same database in a fresh browser, in ms from navigation start. */
export async function measureBareLoad(options: {
  profileDir: string
  chromiumPath: string
  preloadPath: string
  vault?: VaultName
  rootName: string
}): Promise<{ ms: number; size: number }> {
  const { host, page } = await openIdbTool(options)
  try {
    return await page.evaluate(
      ([name, rootName]) => (window as unknown as { __idbTool: { bareLoad(n: string, r: string): Promise<{ ms: number; size: number }> } }).__idbTool.bareLoad(name, rootName),
      [vaultDbName(options.vault ?? 'default'), options.rootName] as const,
    )
  } finally {
    await host.dispose()
  }
}

export { median } from './stats'
