/**
 * What every importer returns: a preview of the people a file holds, before anything is written.
 * Importers are pure (text or bytes in, plain data out); `applyImport` (apply-import.ts) is the
 * only step that writes, after the user has decided what to do with each duplicate.
 */
import type { ParsedKizunaJson } from './kizuna-json'

export type ImportFormat = 'vcard' | 'linkedin' | 'google' | 'kizuna-json' | 'ics'
export const IMPORT_FORMATS: readonly ImportFormat[] = ['vcard', 'linkedin', 'google', 'kizuna-json', 'ics']

/** Where in the file a person or a problem is: 1-based line, and the card (vCard) or data row (CSV). */
export interface SourcePosition {
  line: number
  card?: number
  row?: number
}

export interface ImportedPerson {
  /**
   * A deterministic id derived from the format and the person's identifying content (see
   * imported-person.ts), so re-importing the same file yields the same keys; for Kizuna JSON the
   * person's own id.
   */
  key: string
  source: SourcePosition
  name: string
  reading: string | null
  organization: string | null
  /** Job title; Kizuna has no title field, so applyImport writes it as a "title: ..." note line. */
  title: string | null
  emails: string[]
  phones: string[]
  urls: string[]
  tags: string[]
  notes: string
  /** ISO date `YYYY-MM-DD`: when we met (LinkedIn "Connected On"). */
  metAt: string | null
  /** Where we met, e.g. "LinkedIn". */
  metWhere: string | null
}

export interface ImportWarning {
  message: string
  at: SourcePosition
}

export interface ImportPreview {
  format: ImportFormat
  /**
   * Entries the file holds: cards (vCard), data rows (CSV), live people (Kizuna JSON). The reader
   * drops an entry with nothing to name it by (with a warning), so `entries - people.length` were
   * skipped before any decision; the import report counts them.
   */
  entries: number
  people: ImportedPerson[]
  warnings: ImportWarning[]
  /** Only for Kizuna JSON: the whole parsed backup (ties, records, trash), for a full restore. */
  vault?: ParsedKizunaJson
  /** Only for a calendar (.ics): the meetings; `people` are their attendees (ics-import.ts). */
  calendar?: ParsedCalendar
}

/** One past meeting of a calendar: an occurrence with at least one attendee besides me. */
export interface CalendarMeeting {
  /** "cal-" + a hash of the event's UID and the occurrence's original start: stable across imports. */
  id: string
  title: string
  where: string | null
  /** ISO date on the user's calendar. */
  date: string
  /** Start, ms since the epoch (an all-day event: midnight of its date where the user is). */
  start: number
  /** Indexes into `ImportPreview.people`. */
  attendees: number[]
  /** The line of its BEGIN:VEVENT. */
  at: SourcePosition
}

export interface ParsedCalendar {
  /** The window, ISO dates on the user's calendar: meetings from `since` up to `today`. */
  since: string
  today: string
  timeZone: string
  /** In start order. */
  meetings: CalendarMeeting[]
  counts: {
    /** VEVENT blocks in the file (series, single events and exceptions). */
    events: number
    /** Occurrences in the window that were not cancelled. */
    occurrences: number
    cancelled: number
    /** Occurrences before the window or after now. */
    outsideWindow: number
    /** Occurrences I declined. */
    declined: number
    /** Occurrences with nobody but me. */
    alone: number
  }
}
