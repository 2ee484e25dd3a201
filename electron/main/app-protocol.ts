/**
 * Serves the built renderer at app://kizuna/ from one folder, and nothing outside it.
 * `resolveAppPath` is pure and carries the traversal checks; the handler adds the CSP.
 */
import { readFile, realpath } from 'node:fs/promises'
import { extname, resolve, sep } from 'node:path'
import { APP_HOST, APP_SCHEME } from './app-origin'

/** Strict CSP: only the app's own scripts, no inline script, no eval, no remote content. */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self'",
  "manifest-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
  "object-src 'none'",
].join('; ')

const MIME_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
}

/**
 * Maps an app:// URL to a file path inside `rootDir`, or null when the URL is not ours or would
 * leave the folder (`..`, encoded separators, NUL bytes, absolute paths).
 */
export function resolveAppPath(rootDir: string, rawUrl: string): string | null {
  let url: URL
  try {
    url = new URL(rawUrl)
  } catch {
    return null
  }
  if (url.protocol !== `${APP_SCHEME}:` || url.hostname !== APP_HOST || url.username || url.password || url.port) {
    return null
  }
  let pathname: string
  try {
    pathname = decodeURIComponent(url.pathname)
  } catch {
    return null
  }
  if (pathname.includes('\0') || pathname.includes('\\')) return null
  const segments = pathname.split('/').filter((s) => s.length > 0)
  if (segments.some((s) => s === '..' || s === '.' || s.includes(':'))) return null
  const relative = segments.length === 0 ? 'index.html' : segments.join('/')
  const root = resolve(rootDir)
  const full = resolve(root, relative)
  if (full !== root && !full.startsWith(root + sep)) return null
  return full
}

export function mimeTypeOf(path: string): string {
  return MIME_TYPES[extname(path).toLowerCase()] ?? 'application/octet-stream'
}

const securityHeaders = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Referrer-Policy': 'no-referrer',
}

/** A `protocol.handle` handler (Fetch API Request in, Response out) for the app scheme. */
export function createAppProtocolHandler(rootDir: string): (request: Request) => Promise<Response> {
  const root = resolve(rootDir)
  return async (request) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      return new Response('Method not allowed', { status: 405, headers: securityHeaders })
    }
    const path = resolveAppPath(root, request.url)
    if (!path) return new Response('Forbidden', { status: 403, headers: securityHeaders })
    try {
      // A symlink inside the folder must not lead outside it either.
      const real = await realpath(path)
      const realRoot = await realpath(root)
      if (real !== realRoot && !real.startsWith(realRoot + sep)) {
        return new Response('Forbidden', { status: 403, headers: securityHeaders })
      }
      const body = await readFile(real)
      return new Response(request.method === 'HEAD' ? null : body, {
        status: 200,
        headers: { ...securityHeaders, 'Content-Type': mimeTypeOf(real) },
      })
    } catch {
      return new Response('Not found', { status: 404, headers: securityHeaders })
    }
  }
}
