/**
 * The import, export and backup tables of the IPC contract (contract.ts composes them). Files are
 * chosen in main's native dialogs: the renderer never names a path, it only receives the bytes of
 * the file the user picked, or asks main to export the vault main holds.
 */
import { z } from 'zod'
import type { RestoreResult, VaultSummary } from '../io'
import { method, VaultNameSchema, type NamespaceContract } from './contract-table'

/** Largest file an import reads (a 10,000-card vCard file is about 5 MB). */
export const MAX_IMPORT_FILE_BYTES = 100 * 1024 * 1024

export const ExportFormatSchema = z.enum(['json', 'csv', 'vcard', 'gexf', 'graphml', 'egor'])
export type ExportFormatName = z.infer<typeof ExportFormatSchema>

const BackupId = z.string().regex(/^\d{4}-\d{2}-\d{2}T\d{2}-\d{2}-\d{2}-\d{3}Z$/)

export interface ImportFile {
  /** The file's name without its folder, for messages ("contacts.vcf: card 3, line 12: ..."). */
  name: string
  bytes: Uint8Array
}

export interface BackupEntry {
  id: string
  /** ISO 8601 instant. */
  takenAt: string
  /** Bytes on disk. */
  size: number
}

export interface RestoreReport extends RestoreResult {
  /** The backup holding the state from just before the restore ("restore back" restores it). */
  keptAs: BackupEntry
}

export const ioContract = {
  /** null when the user cancelled the dialog. */
  chooseImportFile: method<ImportFile | null>()(z.undefined()),
  /** Shows main's save dialog and writes the vault in `format` there: the files written, or null when cancelled. */
  export: method<{ paths: string[] } | null>()(z.strictObject({ vault: VaultNameSchema, format: ExportFormatSchema })),
} satisfies NamespaceContract<'io'>

export const backupsContract = {
  list: method<BackupEntry[]>()(z.strictObject({ vault: VaultNameSchema })),
  read: method<VaultSummary>()(z.strictObject({ vault: VaultNameSchema, id: BackupId })),
  restore: method<RestoreReport>()(z.strictObject({ vault: VaultNameSchema, id: BackupId })),
} satisfies NamespaceContract<'backups'>
