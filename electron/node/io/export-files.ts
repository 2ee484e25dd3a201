/**
 * Every export format as files to write, for the app's "Export" buttons and `kizuna export`.
 * One format is one file, except egor: three CSVs (egos, alters, alter-alter ties) written next
 * to each other with the chosen name as their common prefix ("kizuna-egos.csv", ...).
 * Files are written atomically (temp file, fsync, rename): a crash never leaves half an export;
 * a symlink at the target is followed and a FIFO or device is written to, never replaced.
 * Text may come as pieces (shared/io json-chunks.ts), written in batches as they are made.
 */
import { lstat, open, readlink, realpath, rename, stat, unlink, type FileHandle } from 'node:fs/promises'
import { basename, dirname, extname, join, resolve } from 'node:path'
import type * as Y from 'yjs'
import { readGraph, type GraphSnapshot } from '../../../shared/graph'
import { exportEgor, exportGexf, exportGraphml, exportPeopleCsv, exportVcard, stringifyVaultJson } from '../../../shared/io'
import { fsyncDir, tempPathFor } from '../store/atomic-file'
import { nodeStoreFs } from '../store'

export const EXPORT_FORMATS = ['json', 'csv', 'vcard', 'gexf', 'graphml', 'egor'] as const
export type ExportFormat = (typeof EXPORT_FORMATS)[number]

/** The file name extension each format is saved with (egor: the suffix of each of its files). */
export const EXPORT_EXTENSIONS: Record<ExportFormat, string> = { json: 'json', csv: 'csv', vcard: 'vcf', gexf: 'gexf', graphml: 'graphml', egor: 'csv' }

export interface ExportFile {
  /** Appended to the chosen path's stem; '' for single-file formats. */
  suffix: string
  text: string
}

/** The files of every format but JSON (which needs the document: trashed ties, genders). */
export function snapshotExportFiles(snapshot: GraphSnapshot, format: Exclude<ExportFormat, 'json'>, now: Date = new Date()): ExportFile[] {
  switch (format) {
    case 'csv':
      return [{ suffix: '', text: exportPeopleCsv(snapshot, { bom: true }) }]
    case 'vcard':
      return [{ suffix: '', text: exportVcard(snapshot) }]
    case 'gexf':
      return [{ suffix: '', text: exportGexf(snapshot, { exportedAt: now }) }]
    case 'graphml':
      return [{ suffix: '', text: exportGraphml(snapshot) }]
    case 'egor': {
      const csv = exportEgor(snapshot)
      return [
        { suffix: '-egos', text: csv.egos },
        { suffix: '-alters', text: csv.alters },
        { suffix: '-aaties', text: csv.aaties },
      ]
    }
  }
}

export function exportFiles(doc: Y.Doc, format: ExportFormat, now: Date = new Date()): ExportFile[] {
  if (format === 'json') return [{ suffix: '', text: stringifyVaultJson(doc, now) }]
  return snapshotExportFiles(readGraph(doc), format, now)
}

/** The paths the files go to: `path` itself for one file, else `<stem><suffix>.<ext>` beside it. */
export function exportPaths(path: string, format: ExportFormat, files: readonly ExportFile[]): string[] {
  if (files.length === 1 && files[0].suffix === '') return [path]
  const ext = extname(path)
  const stem = basename(path, ext)
  return files.map((f) => join(dirname(path), `${stem}${f.suffix}.${EXPORT_EXTENSIONS[format]}`))
}

/** Writes `text` at the handle's position, a batch of about 1 MiB of pieces at a time. */
async function writeText(handle: FileHandle, text: string | Iterable<string>): Promise<void> {
  if (typeof text === 'string') return handle.writeFile(text, 'utf8')
  let batch: string[] = []
  let size = 0
  for (const piece of text) {
    batch.push(piece)
    size += piece.length
    if (size < 1024 * 1024) continue
    await handle.writeFile(batch.join(''), 'utf8')
    batch = []
    size = 0
  }
  if (batch.length > 0) await handle.writeFile(batch.join(''), 'utf8')
}

/**
 * Writes one export file. A symlink at `path` is followed (the link stays, its target gets the
 * export, atomically); a FIFO or device there (a pipe, /dev/stdout) is written to directly, never
 * replaced by a regular file; anything else is written atomically (temp file, fsync, rename).
 */
export async function writeExportFile(path: string, text: string | Iterable<string>): Promise<void> {
  let target = path
  if ((await lstat(path).catch(() => null))?.isSymbolicLink()) {
    // A dangling link: create its target.
    target = await realpath(path).catch(async () => resolve(dirname(path), await readlink(path)))
  }
  const info = await stat(target).catch(() => null)
  if (info && !info.isFile()) {
    if (info.isDirectory()) throw Object.assign(new Error(`${path} is a folder`), { code: 'EISDIR' })
    const handle = await open(target, 'w')
    try {
      await writeText(handle, text)
    } finally {
      await handle.close()
    }
    return
  }
  // Atomic: a temp file beside the target, fsynced, renamed over it, the folder fsynced.
  const temp = tempPathFor(target)
  try {
    const handle = await open(temp, 'w', 0o600)
    try {
      await writeText(handle, text)
      await handle.sync()
    } finally {
      await handle.close()
    }
    await rename(temp, target)
  } catch (error) {
    await unlink(temp).catch(() => undefined)
    throw error
  }
  await fsyncDir(nodeStoreFs, dirname(target))
}

/** Writes the export of `doc` in `format` to `path`; returns the paths written. */
export async function writeExport(doc: Y.Doc, format: ExportFormat, path: string, now?: Date): Promise<string[]> {
  const files = exportFiles(doc, format, now)
  const paths = exportPaths(path, format, files)
  for (let i = 0; i < files.length; i++) await writeExportFile(paths[i], files[i].text)
  return paths
}
