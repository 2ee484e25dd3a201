/**
 * vCard 4.0 export (RFC 6350), UTF-8, CRLF line ends, one card per live person.
 *
 *  - Text values escape "\", ",", ";" and newlines (RFC 6350 3.4); CATEGORIES joins escaped tags
 *    with ","; N and ORG are structured (";" separates components).
 *  - Lines are folded at 75 octets (RFC 6350 3.2) with CRLF + one space, never inside a UTF-8
 *    sequence (code points are never split; surrogate pairs count as one).
 *  - UID is "urn:uuid:"-free on purpose: "kizuna:<id>" keeps the vault id; FN is the name; N
 *    carries the name as the family component so N-only readers show it; the reading goes to
 *    X-PHONETIC-LAST-NAME / X-PHONETIC-FIRST-NAME (Apple and Android read these; the first
 *    word as family name, the rest as given name), which importVcard reads back.
 */
import type { GraphSnapshot, Person } from '../graph'

const FOLD_AT = 75

export function escapeText(value: string): string {
  return value
    .replace(/\\/g, '\\\\')
    .replace(/,/g, '\\,')
    .replace(/;/g, '\\;')
    .replace(/\r\n|\r|\n/g, '\\n')
}

/** Folds one content line into chunks of at most 75 UTF-8 octets (continuations start with a space). */
export function foldLine(line: string): string {
  const encoder = new TextEncoder()
  const out: string[] = []
  let current = ''
  let octets = 0
  let limit = FOLD_AT
  for (const ch of line) {
    const size = encoder.encode(ch).length
    if (octets + size > limit) {
      out.push(current)
      current = ''
      octets = 0
      limit = FOLD_AT - 1
    }
    current += ch
    octets += size
  }
  out.push(current)
  return out.join('\r\n ')
}

function card(p: Person): string[] {
  const lines = ['BEGIN:VCARD', 'VERSION:4.0', `UID:kizuna:${p.id}`, `FN:${escapeText(p.name)}`, `N:${escapeText(p.name)};;;;`]
  if (p.reading !== null) {
    const [family, ...given] = p.reading.split(/\s+/u)
    lines.push(`X-PHONETIC-LAST-NAME:${escapeText(family)}`)
    if (given.length > 0) lines.push(`X-PHONETIC-FIRST-NAME:${escapeText(given.join(' '))}`)
  }
  if (p.organization !== null) lines.push(`ORG:${escapeText(p.organization)}`)
  for (const h of p.handles) {
    if (h.kind === 'email') lines.push(`EMAIL:${escapeText(h.value)}`)
    else if (h.kind === 'phone') lines.push(`TEL;VALUE=text:${escapeText(h.value)}`)
    else lines.push(`URL:${escapeText(h.value)}`)
  }
  if (p.tags.length > 0) lines.push(`CATEGORIES:${p.tags.map(escapeText).join(',')}`)
  if (p.notes !== '') lines.push(`NOTE:${escapeText(p.notes)}`)
  lines.push(
    `REV:${new Date(p.updatedAt)
      .toISOString()
      .replace(/[-:]/g, '')
      .replace(/\.\d{3}/, '')}`,
  )
  lines.push('END:VCARD')
  return lines
}

export function exportVcard(snapshot: Pick<GraphSnapshot, 'people'>): string {
  return snapshot.people.flatMap(card).map(foldLine).join('\r\n') + '\r\n'
}
