import { BrowserWindow, nativeTheme, shell } from 'electron'
import { APP_ENTRY_URL } from './app-origin'
import { hardenWebContents, secureWebPreferences } from './security'

export interface WindowOptions {
  preloadPath: string
  /** The dev server URL in `npm run dev`; absent in built apps. */
  devUrl?: string
}

export function createMainWindow(options: WindowOptions): BrowserWindow {
  const window = new BrowserWindow({
    width: 1280,
    height: 820,
    minWidth: 720,
    minHeight: 520,
    show: false,
    title: 'Kizuna',
    backgroundColor: nativeTheme.shouldUseDarkColors ? '#16181d' : '#ffffff',
    webPreferences: secureWebPreferences(options.preloadPath),
  })
  const devOrigin = options.devUrl ? new URL(options.devUrl).origin : undefined
  hardenWebContents(window.webContents, {
    devOrigin,
    openExternal: (url) => void shell.openExternal(url),
  })
  window.once('ready-to-show', () => window.show())
  void window.loadURL(options.devUrl ?? APP_ENTRY_URL)
  return window
}

/**
 * Resolves once `contents` has finished loading its page (at once if it has): a message sent to
 * a window that is still loading is dropped by Electron, so a window opened just to show
 * something is sent that something only then.
 */
/** The part of Electron's WebContents `whenLoaded` needs. */
export interface LoadingContents {
  isLoading(): boolean
  once(event: 'did-finish-load', listener: () => void): unknown
}

export function whenLoaded(contents: LoadingContents): Promise<void> {
  if (!contents.isLoading()) return Promise.resolve()
  return new Promise((resolve) => contents.once('did-finish-load', () => resolve()))
}
