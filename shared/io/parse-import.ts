/**
 * The importers' entry point: bytes or text in, a preview out, the format detected from content
 * unless the caller names it (the CLI's --format).
 *
 * Detection, on the decoded text without leading whitespace:
 *   "BEGIN:VCARD" (any case)                                          vcard
 *   "{" and a "format": "kizuna" member                               kizuna-json
 *   a CSV line with "First Name", "Last Name" and "Connected On"      linkedin
 *   a CSV line with "First Name"/"Last Name" or "Given Name"/"Family Name" and a Google column
 *     ("E-mail 1 - Value", "Phone 1 - Value", "Labels", "Organization Name", "Group Membership"...)
 *                                                                     google
 *   "BEGIN:VCALENDAR" (any case)                                      ics
 *
 * A calendar needs a clock and a window (`calendar`, ics-import.ts); without one it is read with
 * the runtime's clock and zone, the default window (the last 12 months) and no address of mine.
 */
import { importGoogle } from './google-import'
import { importIcs, type CalendarImportOptions } from './ics-import'
import { ImportError } from './import-error'
import { oneStep, runSteps, type Steps } from './import-steps'
import type { ImportFormat, ImportPreview } from './import-types'
import { importKizunaJson } from './kizuna-json-import'
import { importLinkedIn } from './linkedin-import'
import { decodeText } from './text-decoding'
import { importVcardSteps } from './vcard-import'

const GOOGLE_COLUMNS = /(^|,)"?(E-mail 1 - Value|Phone 1 - Value|Labels|Organization Name|Organization 1 - Name|Group Membership|Phonetic First Name|Given Name Yomi)"?(,|$)/m

export function detectFormat(text: string): ImportFormat | null {
  const head = text.trimStart()
  if (/^BEGIN:VCARD/i.test(head)) return 'vcard'
  if (/^BEGIN:VCALENDAR/i.test(head)) return 'ics'
  if (head.startsWith('{')) return 'kizuna-json'
  const sample = text.slice(0, 8192)
  const lines = sample.split(/\r\n|\r|\n/)
  if (lines.some((l) => /First Name/.test(l) && /Last Name/.test(l) && /Connected On/.test(l))) return 'linkedin'
  const named = lines.some((l) => (/First Name/.test(l) && /Last Name/.test(l)) || (/Given Name/.test(l) && /Family Name/.test(l)))
  if (named && GOOGLE_COLUMNS.test(sample)) return 'google'
  return null
}

/** vCard files, the large ones, are read card by card; the others in one piece. */
const IMPORTERS: Record<ImportFormat, (text: string, options: ParseImportOptions) => Steps<ImportPreview>> = {
  vcard: importVcardSteps,
  linkedin: (text) => oneStep('parse', () => importLinkedIn(text)),
  google: (text) => oneStep('parse', () => importGoogle(text)),
  'kizuna-json': (text) => oneStep('parse', () => importKizunaJson(text)),
  ics: (text, options) => oneStep('parse', () => importIcs(text, options.calendar ?? { now: Date.now() })),
}

export interface ParseImportOptions {
  /** Skip detection and read the file as this format. */
  format?: ImportFormat
  /** For a calendar: the clock, the window, the user's zone and own addresses. */
  calendar?: CalendarImportOptions
}

/** Throws ImportError for anything it cannot read; any other exception is a bug. */
export function parseImport(input: Uint8Array | string, options: ParseImportOptions = {}): ImportPreview {
  return runSteps(parseImportSteps(input, options))
}

/** parseImport as steps (import-steps.ts). */
export function* parseImportSteps(input: Uint8Array | string, options: ParseImportOptions = {}): Steps<ImportPreview> {
  yield { phase: 'parse', done: 0, total: 1 }
  const text = decodeText(input)
  if (text.trim() === '') throw new ImportError('empty', 'the file is empty', { line: 1 })
  const format = options.format ?? detectFormat(text)
  if (format === null) {
    throw new ImportError('unknown-format', 'not a vCard, LinkedIn Connections CSV, Google Contacts CSV, Kizuna JSON or iCalendar (.ics) file', { line: 1 })
  }
  return yield* IMPORTERS[format](text, options)
}
