/**
 * Electron entry point. Only ordering lives here: the app scheme must be registered as
 * privileged BEFORE `ready` (or IndexedDB, workers and relative URLs silently fail), then the
 * composition root starts once the app is ready.
 */
import { join } from 'node:path'
import { app, protocol } from 'electron'
import { APP_SCHEME, APP_SCHEME_PRIVILEGES } from './app-origin'
import { startApp, type RunningApp } from './app'

protocol.registerSchemesAsPrivileged([{ scheme: APP_SCHEME, privileges: APP_SCHEME_PRIVILEGES }])

const here = import.meta.dirname
// KIZUNA_DATA_DIR lets tests and power users point the app at another data folder.
const dataDir = process.env.KIZUNA_DATA_DIR ?? app.getPath('userData')
if (process.env.KIZUNA_DATA_DIR) app.setPath('userData', dataDir)

let running: RunningApp | null = null

if (!app.requestSingleInstanceLock()) {
  app.quit()
} else {
  app.on('second-instance', () => running?.openWindow().focus())
  app
    .whenReady()
    .then(async () => {
      running = await startApp({
        dataDir,
        rendererDir: join(here, '../renderer'),
        preloadPath: join(here, '../preload/index.cjs'),
        // A packaged build never loads another origin (it would get the preload and pass the IPC sender check).
        devUrl: app.isPackaged ? undefined : process.env.ELECTRON_RENDERER_URL,
      })
      running.openWindow()
      app.on('activate', () => running?.openWindow())
    })
    .catch((err: unknown) => {
      console.error('Kizuna failed to start', err)
      app.exit(1)
    })

  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit()
  })

  // Flush every store and release its lock before exiting; quit again once that is done.
  let disposed = false
  app.on('will-quit', (event) => {
    if (disposed || !running) return
    event.preventDefault()
    const current = running
    running = null
    current
      .dispose()
      .catch((err: unknown) => console.error('Kizuna could not close its stores cleanly', err))
      .finally(() => {
        disposed = true
        app.quit()
      })
  })
}
