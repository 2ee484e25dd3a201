/**
 * The one decision about where app web contents may go. Pure, so it has an adversarial test
 * (tests/unit/electron/main/url-trust.test.ts) with a list of hostile URLs.
 *
 * - `app`: a page of the app itself (exactly the app origin; no credentials, no port).
 * - `external`: a link the user clicked that we hand to the OS (https and mailto only);
 *   never loaded inside the app.
 * - `deny`: everything else (javascript:, file:, data:, other custom schemes, look-alike hosts...).
 */
import { APP_HOST, APP_SCHEME } from './app-origin'

export type UrlVerdict = 'app' | 'external' | 'deny'

const MAX_URL_LENGTH = 8 * 1024

function parse(raw: string): URL | null {
  if (typeof raw !== 'string' || raw.length === 0 || raw.length > MAX_URL_LENGTH) return null
  // The URL parser silently strips surrounding spaces; a URL that needs stripping is not trusted.
  if (raw !== raw.trim()) return null
  // Control characters and backslashes are how parsers get confused into disagreeing.
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u001f\u007f\\]/.test(raw)) return null
  try {
    return new URL(raw)
  } catch {
    return null
  }
}

/** True when `raw` is a page of the app itself. `devOrigin` is the dev server, only in development. */
export function isAppUrl(raw: string, devOrigin?: string): boolean {
  const url = parse(raw)
  if (!url) return false
  if (url.username || url.password) return false
  if (url.protocol === `${APP_SCHEME}:`) return url.hostname === APP_HOST && !url.port
  if (devOrigin) {
    const dev = parse(devOrigin)
    return dev !== null && url.origin === dev.origin
  }
  return false
}

export function classifyUrl(raw: string, devOrigin?: string): UrlVerdict {
  if (isAppUrl(raw, devOrigin)) return 'app'
  const url = parse(raw)
  if (!url || url.username || url.password) return 'deny'
  if (url.protocol === 'https:' && url.hostname.includes('.')) return 'external'
  if (url.protocol === 'mailto:' && url.pathname.includes('@')) return 'external'
  return 'deny'
}
