/**
 * `io.import`: reads a contacts file, previews it, matches duplicates against the vault, and
 * (unless a dry run) writes it all or nothing with the command's origin. A file that cannot be
 * read or parsed is a CommandError whose message starts with "FILE:LINE:", and nothing is written.
 */
import { readFileSync, statSync } from 'node:fs'
import type * as Y from 'yjs'
import { readGraph } from '../../../shared/graph'
import { applyImport, findDuplicates, ImportError, parseImport, suggestDecisions, type ImportFormat } from '../../../shared/io'
import { MAX_IMPORT_FILE_BYTES } from '../../../shared/ipc'
import { CommandError } from './command-error'
import type { IMPORT_FORMAT_NAMES, DUPLICATE_POLICIES } from './io-command-schema'

export interface ImportSummary {
  format: ImportFormat
  /** People in the file. */
  people: number
  /** Incoming people matched to someone in the vault or earlier in the file. */
  duplicates: number
  created: number
  merged: number
  skipped: number
  ties: number
  /** Interactions, events, projects and opportunities written (Kizuna JSON only). */
  records: number
  warnings: string[]
  dryRun: boolean
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
  const bytes = readImportFile(command.path)
  try {
    const preview = parseImport(bytes, command.format === undefined ? {} : { format: command.format === 'json' ? 'kizuna-json' : command.format })
    const candidates = findDuplicates(preview, readGraph(doc))
    const decisions = suggestDecisions(preview, candidates, command.onDuplicate)
    const warnings = preview.warnings.map((w) => `${command.path}:${w.at.line}: ${w.message}`)
    const duplicates = new Set(candidates.map((c) => c.index)).size
    if (command.dryRun) {
      const count = (action: string) => decisions.filter((d) => d.action === action).length
      return { format: preview.format, people: preview.people.length, duplicates, created: count('new'), merged: count('merge'), skipped: count('skip'), ties: 0, records: 0, warnings, dryRun: true }
    }
    const result = applyImport(doc, preview, decisions, { origin: options.origin, now: options.now })
    return {
      format: preview.format, people: preview.people.length, duplicates, created: result.created.length, merged: result.merged.length, skipped: result.skipped,
      ties: result.ties, records: result.records, warnings: [...warnings, ...result.warnings], dryRun: false,
    }
  } catch (error) {
    if (error instanceof ImportError) throw new CommandError('invalid-input', `${command.path}:${error.at?.line ?? 1}: ${error.message}`)
    throw error
  }
}

export const ioHandlers = {
  'io.import': runImportCommand,
}
