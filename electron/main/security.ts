/**
 * Hardening applied to every window and session: the web preferences every window gets,
 * navigation and window.open decided by `classifyUrl`, webviews refused, permission requests
 * denied.
 */
import type { Session, WebContents, WebPreferences } from 'electron'
import { classifyUrl } from './url-trust'

export function secureWebPreferences(preloadPath: string): WebPreferences {
  return {
    preload: preloadPath,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    webviewTag: false,
    spellcheck: false,
  }
}

export interface HardenOptions {
  devOrigin?: string
  openExternal: (url: string) => void
}

export function hardenWebContents(contents: WebContents, options: HardenOptions): void {
  contents.on('will-navigate', (event, url) => {
    if (classifyUrl(url, options.devOrigin) !== 'app') event.preventDefault()
  })
  contents.on('will-redirect', (event, url) => {
    if (classifyUrl(url, options.devOrigin) !== 'app') event.preventDefault()
  })
  contents.on('will-attach-webview', (event) => event.preventDefault())
  contents.setWindowOpenHandler(({ url }) => {
    // A new app window is never needed; an external link goes to the OS browser, never into the app.
    if (classifyUrl(url, options.devOrigin) === 'external') options.openExternal(url)
    return { action: 'deny' }
  })
}

export function hardenSession(session: Session): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false))
  session.setPermissionCheckHandler(() => false)
}
