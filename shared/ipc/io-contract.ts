/**
 * The import, export and backup part of the IPC contract (spread into contract.ts). Files are
 * chosen in main's native dialogs: the renderer never names a path, it only receives the bytes of
 * the file the user picked, or asks main to export the vault main holds.
 */
import { z } from 'zod'
import type { RestoreResult, VaultSummary } from '../io'
import { INVOKE_CHANNELS } from './channels'

/** Largest file an import reads (a 10,000-card vCard file is about 5 MB). */
export const MAX_IMPORT_FILE_BYTES = 100 * 1024 * 1024

export const ExportFormatSchema = z.enum(['json', 'csv', 'vcard', 'gexf', 'graphml', 'egor'])
export type ExportFormatName = z.infer<typeof ExportFormatSchema>

const Vault = z.enum(['default', 'sample'])
const BackupId = z.string().regex(/^\d{4}-\d{2}-\d{2}T\d{2}-\d{2}-\d{2}-\d{3}Z$/)

export const ioRequestSchemas = {
  [INVOKE_CHANNELS.ioChooseImportFile]: z.undefined(),
  [INVOKE_CHANNELS.ioExport]: z.strictObject({ vault: Vault, format: ExportFormatSchema }),
  [INVOKE_CHANNELS.backupsList]: z.strictObject({ vault: Vault }),
  [INVOKE_CHANNELS.backupsRead]: z.strictObject({ vault: Vault, id: BackupId }),
  [INVOKE_CHANNELS.backupsRestore]: z.strictObject({ vault: Vault, id: BackupId }),
} as const

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

export interface IoResponses {
  /** null when the user cancelled the dialog. */
  [INVOKE_CHANNELS.ioChooseImportFile]: ImportFile | null
  /** The files written, or null when the user cancelled. */
  [INVOKE_CHANNELS.ioExport]: { paths: string[] } | null
  [INVOKE_CHANNELS.backupsList]: BackupEntry[]
  [INVOKE_CHANNELS.backupsRead]: VaultSummary
  [INVOKE_CHANNELS.backupsRestore]: RestoreReport
}
