/**
 * `kizuna import FILE [--format F] [--dry-run] [--on-duplicate P] [--merge-suggestions] [--since DATE]` and
 * `kizuna export --format F PATH`.
 *
 * Certain duplicates (a shared key, email or phone) follow --on-duplicate (default merge);
 * suggestions (a similar name, a shared line) stay new people unless --merge-suggestions.
 * A calendar (.ics) reads the meetings from --since (default a year ago) up to now.
 *
 * Import runs as the `io.import` vault command, so it goes through the holder's control socket
 * when the app (or `sync serve`) has the vault open; a dry run reads and matches but writes
 * nothing. Export reads the vault (`vault.export` for JSON, `graph.read` otherwise, both also
 * through the holder) and writes the files here, atomically; egor writes three CSVs beside PATH
 * with its name as their common prefix.
 */
import { resolve } from 'node:path'
import type { ParseArgsConfig } from 'node:util'
import { exportPaths, EXPORT_FORMATS, snapshotExportFiles, writeExportFile, type ExportFile, type ExportFormat } from '../node/io/export-files'
import { DUPLICATE_POLICIES, IMPORT_FORMAT_NAMES } from '../node/commands/io-command-schema'
import { CliDataError, CliUsageError } from './cli-errors'
import { resolveDataDir } from './data-dir'
import { formatImportSummary } from './format-import'
import { importProgressView } from './import-progress'
import { runOnVault, type VaultTarget } from './vault-session'

export type IoInvocation =
  | {
      kind: 'import'
      dataDir: string | undefined
      file: string
      format?: (typeof IMPORT_FORMAT_NAMES)[number]
      dryRun: boolean
      onDuplicate: (typeof DUPLICATE_POLICIES)[number]
      mergeSuggestions: boolean
      since?: string
      json: boolean
      /** Progress lines on stderr even when it is not a terminal. */
      progress: boolean
    }
  | { kind: 'io-export'; dataDir: string | undefined; format: ExportFormat; file: string }

export const IMPORT_SPEC: { positionals: string[]; options: NonNullable<ParseArgsConfig['options']> } = {
  positionals: ['FILE'],
  options: {
    format: { type: 'string' },
    'dry-run': { type: 'boolean' },
    'on-duplicate': { type: 'string' },
    'merge-suggestions': { type: 'boolean' },
    since: { type: 'string' },
    json: { type: 'boolean' },
    progress: { type: 'boolean' },
  },
}

function oneOf<T extends string>(what: string, value: string, allowed: readonly T[]): T {
  if (!(allowed as readonly string[]).includes(value)) throw new CliUsageError(`${what}: unknown value "${value}" (supported: ${allowed.join(', ')})`)
  return value as T
}

function isoDay(what: string, value: string): string {
  const day = new Date(`${value}T00:00:00Z`)
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value) || Number.isNaN(day.getTime()) || day.toISOString().slice(0, 10) !== value)
    throw new CliUsageError(`${what}: "${value}" is not a date (YYYY-MM-DD)`)
  return value
}

export function importInvocation(
  dataDir: string | undefined,
  file: string,
  values: { format?: string; dryRun: boolean; onDuplicate?: string; mergeSuggestions?: boolean; since?: string; json: boolean; progress?: boolean },
): IoInvocation {
  return {
    kind: 'import',
    dataDir,
    file,
    ...(values.format === undefined ? {} : { format: oneOf('import: --format', values.format, IMPORT_FORMAT_NAMES) }),
    dryRun: values.dryRun,
    onDuplicate: values.onDuplicate === undefined ? 'merge' : oneOf('import: --on-duplicate', values.onDuplicate, DUPLICATE_POLICIES),
    mergeSuggestions: values.mergeSuggestions === true,
    ...(values.since === undefined ? {} : { since: isoDay('import: --since', values.since) }),
    json: values.json,
    progress: values.progress === true,
  }
}

export function exportInvocation(dataDir: string | undefined, format: string | undefined, file: string): IoInvocation {
  if (format === undefined) throw new CliUsageError(`export: --format is required (${EXPORT_FORMATS.join(', ')})`)
  return { kind: 'io-export', dataDir, format: oneOf('export: --format', format, EXPORT_FORMATS), file }
}

function targetOf(dataDir: string | undefined): VaultTarget {
  return { dataDir: resolveDataDir(dataDir), vault: 'default' }
}

async function runImport(invocation: Extract<IoInvocation, { kind: 'import' }>, io: IoOutput): Promise<void> {
  const { out } = io
  const path = resolve(invocation.file)
  const progress = importProgressView(io.err, io.errIsTerminal === true ? 'terminal' : invocation.progress ? 'lines' : 'quiet')
  let summary
  try {
    summary = await runOnVault(
      targetOf(invocation.dataDir),
      {
        name: 'io.import',
        path,
        ...(invocation.format === undefined ? {} : { format: invocation.format }),
        dryRun: invocation.dryRun,
        onDuplicate: invocation.onDuplicate,
        mergeSuggestions: invocation.mergeSuggestions,
        ...(invocation.since === undefined ? {} : { since: invocation.since }),
      },
      progress,
    )
  } finally {
    progress.finish()
  }
  out(invocation.json ? `${JSON.stringify(summary, null, 2)}\n` : formatImportSummary(invocation.file, summary))
}

async function exportFilesOf(target: VaultTarget, format: ExportFormat): Promise<{ files: ExportFile[]; people: number; ties: number }> {
  if (format === 'json') {
    const exported = await runOnVault(target, { name: 'vault.export' })
    return { files: [{ suffix: '', text: `${JSON.stringify(exported, null, 2)}\n` }], people: exported.graph.people.length, ties: exported.graph.ties.length }
  }
  const { graph } = await runOnVault(target, { name: 'graph.read' })
  return { files: snapshotExportFiles(graph, format), people: graph.people.length, ties: graph.ties.length }
}

async function runExport(invocation: Extract<IoInvocation, { kind: 'io-export' }>, out: (text: string) => void): Promise<void> {
  const { files, people, ties } = await exportFilesOf(targetOf(invocation.dataDir), invocation.format)
  if (invocation.file === '-') {
    if (files.length > 1) throw new CliUsageError('export: egor writes three files; give a PATH, not "-"')
    return out(files[0].text)
  }
  const paths = exportPaths(resolve(invocation.file), invocation.format, files)
  for (let i = 0; i < files.length; i++) {
    try {
      await writeExportFile(paths[i], files[i].text)
    } catch (error) {
      throw new CliDataError(`could not write ${paths[i]}: ${error instanceof Error ? error.message : String(error)}`)
    }
  }
  out(`Exported ${people} people and ${ties} ties as ${invocation.format} to ${paths.join(', ')}.\n`)
}

/** Where a command's output goes: its result to `out`, progress to `err` (redrawn in place on a terminal). */
export interface IoOutput {
  out: (text: string) => void
  err: (text: string) => void
  errIsTerminal?: boolean
}

export function runIoInvocation(invocation: IoInvocation, io: IoOutput): Promise<void> {
  return invocation.kind === 'import' ? runImport(invocation, io) : runExport(invocation, io.out)
}
