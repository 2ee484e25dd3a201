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
