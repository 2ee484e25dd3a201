/**
 * Starts Kizuna for an end-to-end spec, on one of two targets behind one interface:
 * - `chromium`: the real renderer and preload in real Chromium, the real main-process services
 *   through the Electron stand-in (runs everywhere a Chromium is installed, CI included);
 * - `electron`: the built app in the real Electron through Playwright's `_electron` (runs where
 *   the Electron binary is installed, i.e. on a developer's machine after `npm install`).
 * Each spec passes its own data and profile folders, so specs never share state.
 */
import { existsSync, readFileSync } from 'node:fs'
import { rm } from 'node:fs/promises'
import { createRequire } from 'node:module'
import { dirname, join, resolve } from 'node:path'
import { _electron, type Page } from 'playwright-core'
import { startApp, type RunningApp } from '../../../electron/main/app'
import { standIn } from '../../support/electron-stand-in'
import { findChromium } from '../../support/chromium'
import { ChromiumHost } from './chromium-host'

export type Target = 'chromium' | 'electron'
export const TARGETS: readonly Target[] = ['chromium', 'electron']

const root = resolve(import.meta.dirname, '../../..')
const built = {
  main: join(root, 'out/main/index.js'),
  preload: join(root, 'out/preload/index.cjs'),
  renderer: join(root, 'out/renderer'),
}

export interface LaunchOptions {
  dataDir: string
  /** The browser profile (chromium target); the electron target keeps its profile in dataDir. */
  profileDir: string
  locale?: string
}

export interface KizunaApp {
  target: Target
  page: Page
  close(): Promise<void>
  /** Deletes the renderer's IndexedDB replica (call while closed). */
  deleteRendererStorage(): Promise<void>
}

/**
 * The installed Electron binary, found the way the `electron` package finds it (path.txt), but
 * without requiring the package: its index.js tries to download a missing binary.
 */
function electronBinary(): string | null {
  try {
    const packageDir = dirname(createRequire(import.meta.url).resolve('electron/package.json'))
    const pathFile = join(packageDir, 'path.txt')
    if (!existsSync(pathFile)) return null
    const relative = readFileSync(pathFile, 'utf8')
    const full = process.env.ELECTRON_OVERRIDE_DIST_PATH ? join(process.env.ELECTRON_OVERRIDE_DIST_PATH, relative) : join(packageDir, 'dist', relative)
    return existsSync(full) ? full : null
  } catch {
    return null
  }
}

/** Why a target cannot run here, or null when it can. */
export function unavailableReason(target: Target): string | null {
  if (!existsSync(built.preload) || !existsSync(join(built.renderer, 'index.html'))) return 'the app is not built: run `npm run build` first'
  if (target === 'chromium') {
    return findChromium() ? null : 'no Chromium found (set KIZUNA_CHROMIUM, or install chromium)'
  }
  return electronBinary() ? null : 'the Electron binary is not installed here (installed with ELECTRON_SKIP_BINARY_DOWNLOAD=1)'
}

async function launchChromium(options: LaunchOptions): Promise<KizunaApp> {
  standIn.reset()
  standIn.paths.userData = options.dataDir
  standIn.locale = options.locale ?? 'en-US'
  standIn.markReady()
  const host = await ChromiumHost.launch({
    executablePath: findChromium()!,
    profileDir: options.profileDir,
    preloadPath: built.preload,
    locale: options.locale,
  })
  standIn.host = host
  let running: RunningApp | null = null
  try {
    running = await startApp({ dataDir: options.dataDir, rendererDir: built.renderer, preloadPath: built.preload })
    running.openWindow()
    const page = await host.nextPage()
    const app = running
    return {
      target: 'chromium',
      page,
      async close() {
        await host.dispose()
        await app.dispose()
        standIn.reset()
      },
      deleteRendererStorage: () => rm(options.profileDir, { recursive: true, force: true }),
    }
  } catch (err) {
    await host.dispose()
    await running?.dispose()
    standIn.reset()
    throw err
  }
}

async function launchElectron(options: LaunchOptions): Promise<KizunaApp> {
  const app = await _electron.launch({
    executablePath: electronBinary()!,
    args: [built.main],
    env: { ...process.env, KIZUNA_DATA_DIR: options.dataDir, LANG: options.locale?.replace('-', '_') ?? 'en_US' },
  })
  const page = await app.firstWindow()
  return {
    target: 'electron',
    page,
    close: () => app.close(),
    deleteRendererStorage: () => rm(join(options.dataDir, 'IndexedDB'), { recursive: true, force: true }),
  }
}

export function launchKizuna(target: Target, options: LaunchOptions): Promise<KizunaApp> {
  return target === 'chromium' ? launchChromium(options) : launchElectron(options)
}
