/**
 * vCard import: vCard 2.1, 3.0 (RFC 2426) and 4.0 (RFC 6350), several cards per file.
 *
 * vcard-lines.ts splits cards (keeping card numbers and lines), unfolds, and rewrites 2.1's
 * quoted-printable, charsets and bare parameters; ical.js (`ICAL.parse`) then parses each card's
 * properties, parameters, escapes and structured values. ical.js was chosen over `vcf` because it
 * unescapes values and splits structured values (N, ORG) correctly; neither handles 2.1, hence the
 * rewrite step.
 *
 * Mapping: FN (else N, family first for CJK names) -> name; reading from X-PHONETIC-LAST/FIRST-NAME
 * (Apple, Android), else SOUND;X-IRMC-N (Japanese feature phones), else N's SORT-AS (4.0), else
 * SORT-STRING (3.0); ORG's first component -> organisation, further components -> a
 * "department:" note line; TITLE (else ROLE) -> title; EMAIL, TEL ("tel:" URIs unwrapped), URL ->
 * handles; NOTE -> notes; CATEGORIES -> tags. Photos, addresses and birthdays are not imported.
 */
import ICAL from 'ical.js'
import { ImportError } from './import-error'
import { ITEMS_PER_STEP, type Steps } from './import-steps'
import type { ImportPreview } from './import-types'
import { PersonCollector } from './imported-person'
import { splitCards, type RawCard } from './vcard-lines'

type JCardProperty = [string, Record<string, unknown>, string, ...unknown[]]
const NONE: readonly JCardProperty[] = []
const KNOWN_VERSIONS = new Set(['2.1', '3.0', '4.0'])

/** ical.js leaves "\\;" escaped in single text values (RFC 6350 3.4 says it unescapes to ";"). */
function text(value: unknown): string {
  if (typeof value === 'string') return value.includes('\\') ? value.replace(/\\([;,:])/g, '$1') : value
  if (Array.isArray(value))
    return value
      .map(text)
      .filter((v) => v !== '')
      .join(' ')
  return typeof value === 'number' || typeof value === 'boolean' ? String(value) : ''
}

function components(value: unknown[]): string[] {
  const first = value[0]
  return Array.isArray(first) ? first.map(text) : value.map(text)
}

function parseCard(card: RawCard): JCardProperty[] {
  const body = card.lines.map((l) => l.text).join('\r\n')
  try {
    const parsed = ICAL.parse(`BEGIN:VCARD\r\n${body}\r\nEND:VCARD\r\n`) as unknown
    return (parsed as [string, JCardProperty[]])[1]
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error)
    throw new ImportError('malformed', message, { card: card.card, line: findBadLine(card) })
  }
}

/** Only on the error path: the first line that ical.js rejects on its own. */
function findBadLine(card: RawCard): number {
  const version = card.lines.find((l) => /^VERSION:/i.test(l.text))?.text ?? 'VERSION:4.0'
  for (const line of card.lines) {
    try {
      ICAL.parse(`BEGIN:VCARD\r\n${version}\r\n${line.text}\r\nEND:VCARD\r\n`)
    } catch {
      return line.line
    }
  }
  return card.line
}

/** The cards one by one, a progress step every ITEMS_PER_STEP cards (import-steps.ts). */
export function* importVcardSteps(textIn: string): Steps<ImportPreview> {
  const cards = splitCards(textIn)
  if (cards.length === 0) throw new ImportError('empty', 'the file holds no vCard (BEGIN:VCARD)', { line: 1 })
  const collector = new PersonCollector('vcard')
  for (let i = 0; i < cards.length; i++) {
    if (i % ITEMS_PER_STEP === 0) yield { phase: 'parse', done: i, total: cards.length }
    const card = cards[i]
    const at = { card: card.card, line: card.line }
    for (const w of card.warnings) collector.warn(w.message, { card: card.card, line: w.line })
    if (!KNOWN_VERSIONS.has(card.version)) {
      collector.warn(card.version === '' ? 'no VERSION; read as vCard 2.1' : `unknown VERSION ${card.version}; read as vCard 4.0`, at)
    }
    // One pass over the card's properties; each lookup below is then a map read, not a filter.
    const byName = new Map<string, JCardProperty[]>()
    for (const p of parseCard(card)) {
      const list = byName.get(p[0])
      if (list === undefined) byName.set(p[0], [p])
      else list.push(p)
    }
    const all = (name: string): readonly JCardProperty[] => byName.get(name) ?? NONE
    const one = (name: string) => text(byName.get(name)?.[0].slice(3))
    const n = all('n')[0]
    const [family = '', given = '', middle = ''] = n === undefined ? [] : components(n.slice(3))
    const phonetic = ['x-phonetic-last-name', 'x-phonetic-first-name'].map(one).filter((v) => v !== '')
    const irmc = all('sound').find((p) => 'x-irmc-n' in p[1] || text(p[1].type).toLowerCase().includes('x-irmc-n'))
    const sortAs = n === undefined ? '' : text(n[1]['sort-as']).replace(/,/g, ' ')
    const reading =
      phonetic.join(' ') ||
      (irmc === undefined
        ? ''
        : text(irmc[3])
            .split(';')
            .filter((v) => v.trim() !== '')
            .join(' ')) ||
      sortAs ||
      one('sort-string')
    const org = all('org')[0]
    const [organization = '', ...departments] = org === undefined ? [] : components(org.slice(3))
    const notes = [
      all('note')
        .map((p) => text(p.slice(3)))
        .join('\n\n'),
      ...departments.filter((d) => d !== '').map((d) => `department: ${d}`),
    ]
    collector.add(
      {
        name: one('fn'),
        given,
        middle,
        family,
        reading,
        organization,
        title: one('title') || one('role'),
        emails: all('email').map((p) => text(p.slice(3)).replace(/^mailto:/i, '')),
        phones: all('tel').map((p) => text(p.slice(3)).replace(/^tel:/i, '')),
        urls: all('url').map((p) => text(p.slice(3))),
        tags: all('categories').flatMap((p) => p.slice(3).flatMap((v) => (Array.isArray(v) ? v.map(text) : [text(v)]))),
        notes: notes.filter((s) => s !== '').join('\n'),
      },
      at,
    )
  }
  return { format: 'vcard', entries: collector.entries, people: collector.people, warnings: collector.warnings }
}
