/**
 * Playwright bindings carry JSON, not structured clones; Electron's IPC carries Uint8Array.
 * The test bridge encodes bytes as base64 on both sides so the real handlers see real bytes.
 * `BROWSER_CODEC_SOURCE` is the same codec as a script for the page.
 */
export type Encoded = unknown

export function encode(value: unknown): Encoded {
  if (value instanceof Uint8Array) return { __u8: Buffer.from(value.buffer, value.byteOffset, value.byteLength).toString('base64') }
  if (Array.isArray(value)) return value.map(encode)
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, encode(v)]))
  return value
}

export function decode(value: Encoded): unknown {
  if (Array.isArray(value)) return value.map(decode)
  if (value && typeof value === 'object') {
    const record = value as Record<string, unknown>
    if (typeof record.__u8 === 'string' && Object.keys(record).length === 1) return new Uint8Array(Buffer.from(record.__u8, 'base64'))
    return Object.fromEntries(Object.entries(record).map(([k, v]) => [k, decode(v)]))
  }
  return value
}

export const BROWSER_CODEC_SOURCE = `
const __toB64 = (u8) => { let s = ''; for (let i = 0; i < u8.length; i += 0x8000) s += String.fromCharCode.apply(null, u8.subarray(i, i + 0x8000)); return btoa(s) }
const __fromB64 = (b64) => { const s = atob(b64); const u8 = new Uint8Array(s.length); for (let i = 0; i < s.length; i++) u8[i] = s.charCodeAt(i); return u8 }
const __encode = (v) => v instanceof Uint8Array ? { __u8: __toB64(v) } : Array.isArray(v) ? v.map(__encode) : v && typeof v === 'object' ? Object.fromEntries(Object.entries(v).map(([k, x]) => [k, __encode(x)])) : v
const __decode = (v) => Array.isArray(v) ? v.map(__decode) : v && typeof v === 'object' ? (typeof v.__u8 === 'string' && Object.keys(v).length === 1 ? __fromB64(v.__u8) : Object.fromEntries(Object.entries(v).map(([k, x]) => [k, __decode(x)]))) : v
`
