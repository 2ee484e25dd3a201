/**
 * Hosts the stand-in Electron's windows in a real Chromium, so the whole path
 * renderer -> preload -> IPC -> main services -> disk runs for real:
 * - the page is the built renderer, served through the app's own protocol handler
 *   (https://kizuna.test/* is routed to the handler registered for app://kizuna/*);
 * - the preload is the built out/preload/index.cjs, run before the page's scripts with a
 *   `require('electron')` whose ipcRenderer reaches the real ipcMain handlers;
 * - main's webContents.send is delivered to the page's ipcRenderer listeners.
 * The browser profile is persistent, so IndexedDB survives a restart of both sides.
 */
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { chromium, type BrowserContext, type Page } from 'playwright-core'
import { standIn, type BrowserWindow, type WindowHost } from '../../support/electron-stand-in'
import { CHROMIUM_ARGS } from '../../support/chromium'
import { BROWSER_CODEC_SOURCE, decode, encode } from './ipc-codec'

/** A stable https origin for the page: IndexedDB is keyed by origin, so it must not change between runs. */
export const TEST_ORIGIN = 'https://kizuna.test'
const APP_ORIGIN = 'app://kizuna'

const toAppUrl = (url: string): string => (url.startsWith(TEST_ORIGIN) ? APP_ORIGIN + url.slice(TEST_ORIGIN.length) : url)
const toTestUrl = (url: string): string => (url.startsWith(APP_ORIGIN) ? TEST_ORIGIN + url.slice(APP_ORIGIN.length) : url)

function preloadScript(preloadCode: string): string {
  return `(() => {
${BROWSER_CODEC_SOURCE}
const listeners = new Map()
window.__kizunaDispatch = (channel, payload) => {
  for (const listener of [...(listeners.get(channel) ?? [])]) listener({}, __decode(payload))
}
const electron = {
  contextBridge: { exposeInMainWorld: (name, api) => Object.defineProperty(window, name, { value: Object.freeze(api) }) },
  ipcRenderer: {
    invoke: async (channel, ...args) => __decode(await window.__kizunaIpc(channel, __encode(args))),
    on(channel, listener) { if (!listeners.has(channel)) listeners.set(channel, new Set()); listeners.get(channel).add(listener); return this },
    removeListener(channel, listener) { listeners.get(channel)?.delete(listener); return this },
  },
}
// A sandboxed preload can require nothing but electron; so can this one.
const require = (name) => { if (name === 'electron') return electron; throw new Error('a sandboxed preload cannot require ' + name) }
const module = { exports: {} }
;(function (require, module, exports) {
${preloadCode}
})(require, module, module.exports)
})()`
}

export interface ChromiumHostOptions {
  executablePath: string
  profileDir: string
  preloadPath: string
  locale?: string
  colorScheme?: 'light' | 'dark'
}

export class ChromiumHost implements WindowHost {
  readonly pages = new Map<BrowserWindow, Page>()
  private pageWaiters: ((page: Page) => void)[] = []

  private constructor(
    readonly context: BrowserContext,
    private readonly preloadCode: string,
  ) {}

  static async launch(options: ChromiumHostOptions): Promise<ChromiumHost> {
    const context = await chromium.launchPersistentContext(options.profileDir, {
      executablePath: options.executablePath,
      headless: true,
      args: CHROMIUM_ARGS,
      locale: options.locale ?? 'en-US',
      colorScheme: options.colorScheme ?? 'light',
      viewport: { width: 1280, height: 820 },
    })
    const host = new ChromiumHost(context, await readFile(options.preloadPath, 'utf8'))
    await context.route(`${TEST_ORIGIN}/**`, async (route) => {
      const handler = standIn.protocolHandlers.get('app')
      if (!handler) return route.abort('connectionrefused')
      const request = route.request()
      const response = await handler(new Request(toAppUrl(request.url()), { method: request.method(), headers: await request.allHeaders() }))
      await route.fulfill({
        status: response.status,
        headers: Object.fromEntries(response.headers.entries()),
        body: Buffer.from(await response.arrayBuffer()),
      })
    })
    return host
  }

  /**
   * Serves a folder at `${TEST_ORIGIN}/__test/` (helper pages for tests and benchmarks). Routes
   * added later take precedence, so this wins over the app route for that prefix only.
   */
  async serveTestPages(dir: string): Promise<void> {
    await this.context.route(`${TEST_ORIGIN}/__test/**`, async (route) => {
      const path = new URL(route.request().url()).pathname.slice('/__test/'.length) || 'index.html'
      if (path.split('/').includes('..')) return route.abort('accessdenied')
      const file = join(dir, path)
      const type = file.endsWith('.html') ? 'text/html; charset=utf-8' : file.endsWith('.js') ? 'text/javascript; charset=utf-8' : 'application/octet-stream'
      try {
        await route.fulfill({ status: 200, headers: { 'content-type': type }, body: await readFile(file) })
      } catch {
        await route.fulfill({ status: 404, body: 'not found' })
      }
    })
  }

  /** The page of the next window that opens (or the first one already open). */
  nextPage(): Promise<Page> {
    const open = [...this.pages.values()][0]
    if (open) return Promise.resolve(open)
    return new Promise((resolve) => this.pageWaiters.push(resolve))
  }

  async open(window: BrowserWindow, url: string): Promise<void> {
    const page = await this.context.newPage()
    this.pages.set(window, page)
    page.on('close', () => window.webContents.destroy())
    await page.exposeBinding('__kizunaIpc', async (source, channel: string, args: unknown) => {
      const result = await standIn.invoke(channel, { sender: window.webContents, senderFrame: { url: toAppUrl(source.frame.url()) } }, ...(decode(args) as unknown[]))
      return encode(result)
    })
    await page.addInitScript({ content: preloadScript(this.preloadCode) })
    await page.goto(toTestUrl(url))
    for (const resolve of this.pageWaiters.splice(0)) resolve(page)
  }

  send(target: BrowserWindow, channel: string, payload: unknown): void {
    const page = this.pages.get(target)
    if (!page || page.isClosed()) return
    page
      // Runs in the page, where the shim installed __kizunaDispatch on the global.
      .evaluate(([c, p]) => (globalThis as unknown as { __kizunaDispatch: (c: string, p: unknown) => void }).__kizunaDispatch(c, p), [channel, encode(payload)] as const)
      .catch(() => undefined) // the page may be closing; main keeps no state about delivery
  }

  async close(window: BrowserWindow): Promise<void> {
    const page = this.pages.get(window)
    this.pages.delete(window)
    if (page && !page.isClosed()) await page.close()
  }

  async dispose(): Promise<void> {
    await this.context.close()
  }
}
