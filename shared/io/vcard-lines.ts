/**
 * vCard content lines, before a property parser sees them: cards split with their line numbers,
 * lines unfolded, and vCard 2.1's peculiarities rewritten into vCard 3.0 syntax.
 *
 * Formats: vCard 2.1 (versit 1996), vCard 3.0 (RFC 2425/2426), vCard 4.0 (RFC 6350).
 *  - Folding: a line starting with a space or tab continues the previous one (RFC 6350 3.2).
 *  - quoted-printable (RFC 2045 6.7; 2.1, and Outlook's 3.0 cards): "=XX" bytes, "=" at the end of a line continues it on
 *    the next line (phones do not indent that line). Bytes are decoded with the CHARSET parameter
 *    (UTF-8, Shift_JIS, ISO-8859-1...; unknown charsets fall back to UTF-8 with a warning).
 *  - 2.1 bare parameters ("TEL;HOME;VOICE:") become TYPE parameters.
 *  - 2.1 BASE64 values (photos) run on unindented lines until a blank line; they are dropped.
 *  - 2.1 values are not escaped; they are escaped here so the 3.0 parser reads them literally
 *    (except the commas of CATEGORIES, which separate its values in every version).
 */
import { ImportError } from './import-error'

export interface RawCard {
  /** 1-based number of the card in the file. */
  card: number
  /** Line of BEGIN:VCARD. */
  line: number
  version: string
  /** Logical (unfolded) lines between BEGIN and END, rewritten for a vCard 3.0/4.0 parser. */
  lines: { text: string; line: number }[]
  warnings: { message: string; line: number }[]
}

interface Logical {
  text: string
  line: number
}

/**
 * A logical line being unfolded: its pieces are joined once at the end, and whether it is
 * quoted-printable is decided once its parameters are complete, so unfolding stays linear in the
 * line's length (a folded 1 MB photo or note is thousands of continuation lines).
 */
interface Unfolding extends Logical {
  parts: string[]
  quotedPrintable: boolean
  /** The parameters may still continue on the next physical line (no ':' seen yet). */
  headOpen: boolean
}

function startLine(raw: string, line: number): Unfolding {
  return { text: raw, line, parts: [raw], quotedPrintable: isQuotedPrintable(raw), headOpen: !raw.includes(':') }
}

/** Appends a continuation; a quoted-printable soft break ("=" ending the line so far) is dropped. */
function continueLine(logical: Unfolding, piece: string): void {
  const parts = logical.parts
  const tail = parts[parts.length - 1]
  if (logical.quotedPrintable && tail.endsWith('=')) parts[parts.length - 1] = tail.slice(0, -1)
  if (piece !== '') parts.push(piece)
  if (logical.headOpen) {
    const joined = parts.join('')
    parts.splice(0, parts.length, joined)
    logical.quotedPrintable = isQuotedPrintable(joined)
    logical.headOpen = !joined.includes(':')
  }
}

function finishLine(logical: Unfolding): Logical {
  return { text: logical.parts.join(''), line: logical.line }
}

const PROPERTY_START = /^[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)?[;:]/
const STRUCTURED = new Set(['N', 'ADR', 'ORG', 'SOUND', 'GENDER', 'CLIENTPIDMAP'])

export function splitCards(text: string): RawCard[] {
  const physical = text.split(/\r\n|\r|\n/)
  const cards: RawCard[] = []
  let current: { card: number; line: number; lines: Unfolding[] } | null = null
  let inBase64 = false
  for (let i = 0; i < physical.length; i++) {
    const raw = physical[i]
    const line = i + 1
    if (current === null) {
      const trimmed = raw.trim()
      if (isMarker(trimmed, 'BEGIN:VCARD')) current = { card: cards.length + 1, line, lines: [] }
      else if (trimmed !== '') throw new ImportError('malformed', `"${preview(raw)}" is outside any BEGIN:VCARD ... END:VCARD`, { line, card: cards.length + 1 })
      continue
    }
    const last = current.lines[current.lines.length - 1]
    if (inBase64) {
      if (raw.trim() === '') inBase64 = false
      else if (!PROPERTY_START.test(raw)) continue
      else inBase64 = false
    }
    if (mayBeMarker(raw) && isMarker(raw.trim(), 'END:VCARD')) {
      cards.push(rewriteCard({ ...current, lines: current.lines.map(finishLine) }))
      current = null
      continue
    }
    if (mayBeMarker(raw) && isMarker(raw.trim(), 'BEGIN:VCARD'))
      throw new ImportError('malformed', 'a new card begins before this one has END:VCARD', { line: current.line, card: current.card })
    const first = raw.charCodeAt(0)
    if ((first === SPACE || first === TAB) && last !== undefined) {
      // A folded line after a quoted-printable soft break ("=" at the end): the "=" goes too.
      continueLine(last, raw.slice(1))
    } else if (last !== undefined && last.quotedPrintable && last.parts[last.parts.length - 1].endsWith('=')) {
      continueLine(last, raw)
    } else if (raw.trim() !== '') {
      current.lines.push(startLine(raw, line))
      if (hasParameters(raw) && /;(?:ENCODING=)?BASE64[;:]/i.test(raw.slice(0, raw.indexOf(':') + 1))) inBase64 = true
    }
  }
  if (current !== null) throw new ImportError('malformed', 'the card has no END:VCARD (is the file cut short?)', { line: current.line, card: current.card })
  return cards
}

const SPACE = 0x20
const TAB = 0x09

/** `trimmed` is `marker` in any case; the length test spares an upper-case copy of every line. */
function isMarker(trimmed: string, marker: string): boolean {
  return trimmed.length === marker.length && trimmed.toUpperCase() === marker
}

/**
 * Whether a line can be BEGIN:/END:VCARD once trimmed: it starts with B or E, or with a character
 * that trim() might remove (controls, space, anything non-ASCII). Spares a trim and an upper-case
 * copy of nearly every line.
 */
function mayBeMarker(raw: string): boolean {
  const c = raw.charCodeAt(0)
  return c <= SPACE || c >= 0x80 || (c | 0x20) === 0x62 || (c | 0x20) === 0x65
}

/** A ";" before the first ":": only such lines can carry ENCODING or BASE64 parameters. */
function hasParameters(line: string): boolean {
  const semicolon = line.indexOf(';')
  if (semicolon < 0) return false
  const colon = line.indexOf(':')
  return colon < 0 || semicolon < colon
}

function preview(text: string): string {
  return text.length > 40 ? `${text.slice(0, 40)}...` : text
}

function isQuotedPrintable(line: string): boolean {
  if (!hasParameters(line)) return false
  const colon = line.indexOf(':')
  return /;(?:ENCODING=)?QUOTED-PRINTABLE(?=[;:])/i.test(colon < 0 ? line : line.slice(0, colon + 1))
}

/** Splits `s` on `separator` outside double quotes. */
function splitOutsideQuotes(s: string, separator: string): string[] {
  const out: string[] = []
  let quoted = false
  let start = 0
  for (let i = 0; i < s.length; i++) {
    if (s[i] === '"') quoted = !quoted
    else if (s[i] === separator && !quoted) {
      out.push(s.slice(start, i))
      start = i + 1
    }
  }
  out.push(s.slice(start))
  return out
}

function colonOutsideQuotes(s: string): number {
  let quoted = false
  for (let i = 0; i < s.length; i++) {
    if (s[i] === '"') quoted = !quoted
    else if (s[i] === ':' && !quoted) return i
  }
  return -1
}

function rewriteCard(card: { card: number; line: number; lines: Logical[] }): RawCard {
  const versionLine = card.lines.find((l) => l.text.length >= 8 && /^VERSION:/i.test(l.text))
  const version = versionLine === undefined ? '' : versionLine.text.slice(8).trim()
  const out: RawCard = { card: card.card, line: card.line, version, lines: [], warnings: [] }
  for (const logical of card.lines) {
    const colon = colonOutsideQuotes(logical.text)
    if (colon <= 0) throw new ImportError('malformed', `"${preview(logical.text)}" is not a property (NAME:value)`, { line: logical.line, card: card.card })
    // Outlook writes quoted-printable into 3.0 cards too (NOTE;ENCODING=QUOTED-PRINTABLE:...=0D=0A=);
    // 3.0 has no such encoding, so those lines get the 2.1 treatment.
    if (version === '2.1' || version === '' || isQuotedPrintable(logical.text)) {
      const text = rewriteLegacyLine(logical.text.slice(0, colon), logical.text.slice(colon + 1), (message) => out.warnings.push({ message, line: logical.line }))
      if (text !== null) out.lines.push({ text, line: logical.line })
    } else {
      out.lines.push(logical)
    }
  }
  return out
}

function quoteParam(value: string): string {
  return /[;:,]/.test(value) ? `"${value.replace(/"/g, "'")}"` : value
}

function rewriteLegacyLine(head: string, value: string, warn: (message: string) => void): string | null {
  const [name, ...rawParams] = splitOutsideQuotes(head, ';')
  const params: string[] = []
  let encoding = ''
  let charset = 'utf-8'
  for (const param of rawParams) {
    const eq = param.indexOf('=')
    const key = (eq < 0 ? 'TYPE' : param.slice(0, eq)).toUpperCase()
    const val = eq < 0 ? param : param.slice(eq + 1)
    if (key === 'ENCODING' || (eq < 0 && /^(QUOTED-PRINTABLE|BASE64|8BIT|7BIT|B)$/i.test(val))) encoding = val.toUpperCase()
    else if (key === 'CHARSET') charset = val.toLowerCase()
    else params.push(`${key}=${quoteParam(val)}`)
  }
  if (encoding === 'BASE64' || encoding === 'B') return null
  const property = name.split('.').pop()!.toUpperCase()
  let text = value
  if (encoding === 'QUOTED-PRINTABLE') text = decodeQuotedPrintable(value, charset, warn)
  else if (charset !== 'utf-8' && charset !== 'us-ascii') warn(`CHARSET=${charset} on an unencoded value is ignored; the file is read as UTF-8`)
  const escaped = text
    .replace(/\\(?![;,])/g, '\\\\')
    .replace(/\r\n|\r|\n/g, '\\n')
    .replace(/(?<!\\),/g, property === 'CATEGORIES' ? ',' : '\\,')
  const finalValue = STRUCTURED.has(property) ? escaped : escaped.replace(/(?<!\\);/g, '\\;')
  return `${name}${params.map((p) => `;${p}`).join('')}:${finalValue}`
}

export function decodeQuotedPrintable(value: string, charset: string, warn: (message: string) => void): string {
  const bytes: number[] = []
  for (let i = 0; i < value.length; i++) {
    const ch = value[i]
    if (ch === '=' && /^[0-9A-Fa-f]{2}$/.test(value.slice(i + 1, i + 3))) {
      bytes.push(parseInt(value.slice(i + 1, i + 3), 16))
      i += 2
    } else {
      for (const byte of new TextEncoder().encode(ch)) bytes.push(byte)
    }
  }
  let decoder: InstanceType<typeof TextDecoder>
  try {
    decoder = new TextDecoder(charset, { fatal: true })
  } catch {
    warn(`unknown CHARSET=${charset}; read as UTF-8`)
    decoder = new TextDecoder('utf-8', { fatal: true })
  }
  try {
    return decoder.decode(new Uint8Array(bytes))
  } catch {
    warn(`a quoted-printable value is not valid ${charset}; unreadable characters were replaced`)
    return new TextDecoder(decoder.encoding).decode(new Uint8Array(bytes))
  }
}
