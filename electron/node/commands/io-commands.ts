/**
 * `io.import`: reads a contacts file, previews it, matches duplicates against the vault, and
 * (unless a dry run) writes it all or nothing with the command's origin. A file that cannot be
 * read or parsed is a CommandError whose message starts with "FILE:LINE:", and nothing is written.
 *
 * Certain matches follow `onDuplicate`; suggestions stay new people unless `mergeSuggestions`.
 * The summary counts every entry of the file once (reportImport) and lists each merge with its
 * reasons and each suggestion with what was done, for a dry run the same as for a real one.
 * A calendar (.ics) is read in this machine's time zone, within `since` .. now, without the
 * vault's own addresses; its attendees follow suggestCalendarDecisions and its meetings are
 * counted (calendar-records.ts) the same way for a dry run.
 */
import { readFileSync, statSync } from 'node:fs'
import type * as Y from 'yjs'
import { readGraph, readLivePeopleInSlices, readMe, type Person } from '../../../shared/graph'
import {
  applyImport,
  findDuplicatesSteps,
  ImportError,
  ITEMS_PER_STEP,
  parseImportSteps,
  planCalendar,
  runSteps,
  plannedIds,
  reportImport,
  suggestCalendarDecisions,
  suggestDecisions,
  type CalendarCounts,
  type DuplicateReason,
  type ImportCounts,
  type ImportFormat,
  type ReportedMatch,
  type SourcePosition,
  type Steps,
} from '../../../shared/io'
import { MAX_IMPORT_FILE_BYTES } from '../../../shared/ipc'
import { CommandError } from './command-error'
import type { IMPORT_FORMAT_NAMES, DUPLICATE_POLICIES } from './io-command-schema'

/** One entry matched to someone: where it is in the file, whom it matched, why, and what was done. */
export interface ImportMatchLine {
  name: string
  at: SourcePosition
  into: { kind: 'vault'; id: string; name: string } | { kind: 'file'; at: SourcePosition; name: string }
  reasons: DuplicateReason[]
  /** Evidence (a shared key, email or phone, nothing contradicting it); false for a suggestion. */
  certain: boolean
  action: 'new' | 'merge' | 'skip'
}

export interface ImportSummary {
  format: ImportFormat
  /** Every entry of the file once: entries = added + mergedIntoVault + mergedInFile + skipped. */
  counts: ImportCounts
  /** Each merge (done, or for a dry run planned) with its reasons. */
  merges: ImportMatchLine[]
  /** Entries whose best match is only a suggestion, with what was done (by default kept as new). */
  suggestions: ImportMatchLine[]
  ties: number
  /** Interactions, events, projects and opportunities written (Kizuna JSON only). */
  records: number
  warnings: string[]
  dryRun: boolean
  /** A calendar's meetings (planned for a dry run) and the window they were read in. */
  calendar?: CalendarCounts & { since: string; today: string }
}

export interface IoCommandResults {
  'io.import': ImportSummary
}

type ImportCommand = {
  name: 'io.import'
  path: string
  format?: (typeof IMPORT_FORMAT_NAMES)[number]
  dryRun: boolean
  onDuplicate: (typeof DUPLICATE_POLICIES)[number]
  mergeSuggestions: boolean
  since?: string
}

function readImportFile(path: string): Uint8Array {
  try {
    const size = statSync(path).size
    if (size > MAX_IMPORT_FILE_BYTES) throw new CommandError('invalid-input', `${path}: ${size} bytes is more than an import reads (${MAX_IMPORT_FILE_BYTES})`)
    return readFileSync(path)
  } catch (error) {
    if (error instanceof CommandError) throw error
    throw new CommandError('not-found', `${path}: cannot read the file (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`)
  }
}

export function runImportCommand(doc: Y.Doc, command: ImportCommand, options: { origin: unknown; now?: number }): ImportSummary {
  return runSteps(importCommandSteps(doc, command, options))
}

/**
 * The import as steps (shared/io/import-steps.ts): parse, read the vault's people, match, then one
 * write. Everything before the write only reads, so stopping at any step leaves the vault as it
 * was; the write reads the doc as it is then (applyImport), so a change that arrived meanwhile (a
 * synced device) is merged with, never overwritten. Matching is against the people there when
 * the read step ran.
 */
export function* importCommandSteps(doc: Y.Doc, command: ImportCommand, options: { origin: unknown; now?: number }): Steps<ImportSummary> {
  const bytes = readImportFile(command.path)
  try {
    const selfEmails = readMe(doc)
      .handles.filter((h) => h.kind === 'email')
      .map((h) => h.value)
    const calendar = { now: options.now ?? Date.now(), selfEmails, ...(command.since === undefined ? {} : { since: command.since }) }
    const preview = yield* parseImportSteps(bytes, { calendar, ...(command.format === undefined ? {} : { format: command.format === 'json' ? 'kizuna-json' : command.format }) })
    const people = yield* readPeopleSteps(doc)
    const candidates = yield* findDuplicatesSteps(preview, { people })
    const decisions =
      preview.calendar !== undefined
        ? suggestCalendarDecisions(preview, candidates, { mergeSuggestions: command.mergeSuggestions })
        : suggestDecisions(preview, candidates, command.onDuplicate, { mergeSuggestions: command.mergeSuggestions })
    const names = new Map(people.map((p) => [p.id, p.name]))
    const report = reportImport(preview, candidates, decisions, (id) => names.get(id))
    const line = (m: ReportedMatch): ImportMatchLine => ({
      name: m.name,
      at: m.at,
      into:
        m.target.kind === 'vault' ? { kind: 'vault', id: m.target.personId, name: m.targetName } : { kind: 'file', at: preview.people[m.target.index].source, name: m.targetName },
      reasons: m.reasons,
      certain: m.certain,
      action: m.decision,
    })
    const summary = { format: preview.format, counts: report.counts, merges: report.merges.map(line), suggestions: report.suggestions.map(line) }
    const warnings = preview.warnings.map((w) => `${command.path}:${w.at.line}: ${w.message}`)
    const window = preview.calendar === undefined ? null : { since: preview.calendar.since, today: preview.calendar.today }
    if (command.dryRun) {
      const planned =
        preview.calendar === undefined || window === null
          ? {}
          : { calendar: { ...planCalendar(preview.calendar, plannedIds(preview, decisions), readGraph(doc)).counts, ...window } }
      return { ...summary, ties: 0, records: 0, warnings, dryRun: true, ...planned }
    }
    yield { phase: 'write', done: 0, total: preview.entries }
    const result = applyImport(doc, preview, decisions, { origin: options.origin, now: options.now })
    const done = result.calendar === undefined || window === null ? {} : { calendar: { ...result.calendar, ...window } }
    return { ...summary, ties: result.ties, records: result.records, warnings: [...warnings, ...result.warnings], dryRun: false, ...done }
  } catch (error) {
    if (error instanceof ImportError) throw new CommandError('invalid-input', `${command.path}:${error.at?.line ?? 1}: ${error.message}`)
    throw error
  }
}

function* readPeopleSteps(doc: Y.Doc): Steps<Person[]> {
  const reading = readLivePeopleInSlices(doc, ITEMS_PER_STEP * 4)
  for (;;) {
    const next = reading.next()
    if (next.done === true) return next.value
    yield { phase: 'read', ...next.value }
  }
}

export const ioHandlers = {
  'io.import': runImportCommand,
}
