/**
 * Bytes to text for importers (WHATWG Encoding Standard, TextDecoder with `fatal: true`).
 *
 * Accepted: UTF-8 with or without a BOM, UTF-16 LE/BE with a BOM (what Outlook and old Windows
 * tools write). Rejected with the byte offset: invalid UTF-8, and text without a BOM that looks
 * like UTF-16 (NUL every other byte). Legacy encodings (Shift_JIS) are not guessed for whole
 * files: a wrong guess silently garbles names, so the user re-saves the file as UTF-8 instead.
 * Inside vCard 2.1 a CHARSET parameter on a quoted-printable value is honoured (vcard-lines.ts).
 */
import { ImportError } from './import-error'

export function decodeText(input: Uint8Array | string): string {
  if (typeof input === 'string') return input.charCodeAt(0) === 0xfeff ? input.slice(1) : input
  const [b0, b1, b2] = [input[0], input[1], input[2]]
  if (b0 === 0xef && b1 === 0xbb && b2 === 0xbf) return decodeWith('utf-8', input.subarray(3))
  if (b0 === 0xff && b1 === 0xfe) return decodeWith('utf-16le', input.subarray(2))
  if (b0 === 0xfe && b1 === 0xff) return decodeWith('utf-16be', input.subarray(2))
  if (looksLikeUtf16(input)) {
    throw new ImportError('encoding', 'the file looks like UTF-16 without a byte order mark; save it as UTF-8', { line: 1 })
  }
  return decodeWith('utf-8', input)
}

function looksLikeUtf16(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, 64)
  if (n < 4) return false
  let zeros = 0
  for (let i = 0; i < n; i++) if (bytes[i] === 0) zeros++
  return zeros >= n / 4
}

function decodeWith(label: 'utf-8' | 'utf-16le' | 'utf-16be', bytes: Uint8Array): string {
  try {
    return new TextDecoder(label, { fatal: true, ignoreBOM: true }).decode(bytes)
  } catch {
    const offset = label === 'utf-8' ? firstInvalidUtf8(bytes) : -1
    const line = offset < 0 ? 1 : countLines(bytes, offset)
    const where = offset < 0 ? '' : ` at byte ${offset}`
    throw new ImportError('encoding', `not valid ${label.toUpperCase()}${where}; save the file as UTF-8`, { line })
  }
}

function countLines(bytes: Uint8Array, end: number): number {
  let line = 1
  for (let i = 0; i < end; i++) if (bytes[i] === 0x0a) line++
  return line
}

/** Offset of the first byte that breaks UTF-8 (RFC 3629 section 4), or -1. */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0
  while (i < bytes.length) {
    const b = bytes[i]
    const need = b < 0x80 ? 0 : b >= 0xc2 && b <= 0xdf ? 1 : b >= 0xe0 && b <= 0xef ? 2 : b >= 0xf0 && b <= 0xf4 ? 3 : -1
    if (need < 0) return i
    if (need > 0) {
      for (let k = 1; k <= need; k++) if (i + k >= bytes.length || (bytes[i + k] & 0xc0) !== 0x80) return i
      const b1 = bytes[i + 1]
      if ((b === 0xe0 && b1 < 0xa0) || (b === 0xed && b1 > 0x9f) || (b === 0xf0 && b1 < 0x90) || (b === 0xf4 && b1 > 0x8f)) return i
    }
    i += need + 1
  }
  return -1
}

/** Offsets where each 1-based line starts, for turning a character offset into a line number. */
export function lineStarts(text: string): number[] {
  const starts = [0]
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) starts.push(i + 1)
  return starts
}

export function lineAt(starts: readonly number[], offset: number): number {
  let lo = 0
  let hi = starts.length - 1
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1
    if (starts[mid] <= offset) lo = mid
    else hi = mid - 1
  }
  return lo + 1
}
