/**
 * The app's own origin. It NEVER changes once shipped: IndexedDB (the renderer's replica) is keyed
 * by origin, so a new scheme or host would strand every user's data. tests/unit/electron/main
 * pins these values.
 */
export const APP_SCHEME = 'app'
export const APP_HOST = 'kizuna'
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`

/** Privileges the scheme needs: `standard` for relative URLs and an origin, `secure` for IndexedDB and workers. */
export const APP_SCHEME_PRIVILEGES = {
  standard: true,
  secure: true,
  supportFetchAPI: true,
  corsEnabled: false,
  stream: true,
  codeCache: true,
} as const
