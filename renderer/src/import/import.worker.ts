/**
 * The import's heavy part, off the UI thread: decode and parse the file, then match every
 * incoming person against the vault's people. Reports a stage before each step; the window
 * cancels by terminating the worker, which has written nothing (it never sees the document).
 */
import type { Person } from '../../../shared/graph'
import { findDuplicates, ImportError, parseImport, type CalendarImportOptions, type ImportFormat } from '../../../shared/io'
import type { ImportWorkerMessage, ImportWorkerReply } from './import-client'

interface Request {
  id: number
  bytes: Uint8Array
  format?: ImportFormat
  people: Person[]
  /** For a calendar: the clock, the window and my own addresses. */
  calendar?: CalendarImportOptions
}

self.onmessage = (event: MessageEvent<Request>) => {
  const { id, bytes, format, people, calendar } = event.data
  const post = (reply: ImportWorkerMessage) => (self as unknown as { postMessage(m: ImportWorkerReply): void }).postMessage({ id, ...reply })
  try {
    post({ type: 'progress', stage: 'parsing' })
    const preview = parseImport(bytes, { ...(format === undefined ? {} : { format }), ...(calendar === undefined ? {} : { calendar }) })
    post({ type: 'progress', stage: 'matching', people: preview.people.length })
    const candidates = findDuplicates(preview, { people })
    post({ type: 'done', preview, candidates })
  } catch (error) {
    if (error instanceof ImportError) post({ type: 'error', message: error.message, at: error.at })
    else post({ type: 'error', message: error instanceof Error ? error.message : String(error), at: null })
  }
}
