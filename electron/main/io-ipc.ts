/**
 * IPC handlers for import, export and backups. Paths never come from the renderer: main shows
 * the native open/save dialog and reads or writes the file itself. Exports are computed here from
 * the vault main holds (the same code `kizuna export` runs), so no large payload crosses IPC
 * towards main; an import file's bytes cross once, towards the renderer, capped at 100 MB.
 */
import { basename } from 'node:path'
import { readFile, stat } from 'node:fs/promises'
import { dialog } from 'electron'
import type { Language } from '../../shared/i18n'
import { INVOKE_CHANNELS, MAX_IMPORT_FILE_BYTES, type IpcHandlers, type VaultName } from '../../shared/ipc'
import { listBackupEntries, previewBackup, restoreBackup } from '../node/io/backup-service'
import { EXPORT_EXTENSIONS, writeExport } from '../node/io/export-files'
import type { VaultReplica } from '../node/store'
import { IpcUserError, type IpcContext } from './ipc'
import { mainWords, type MainTranslate } from './main-messages'

type IoChannels =
  | typeof INVOKE_CHANNELS.ioChooseImportFile
  | typeof INVOKE_CHANNELS.ioExport
  | typeof INVOKE_CHANNELS.backupsList
  | typeof INVOKE_CHANNELS.backupsRead
  | typeof INVOKE_CHANNELS.backupsRestore

function importFilters(t: MainTranslate): { name: string; extensions: string[] }[] {
  return [
    { name: t('dialog.importFiles'), extensions: ['vcf', 'vcard', 'csv', 'json', 'ics'] },
    { name: t('dialog.allFiles'), extensions: ['*'] },
  ]
}

function storageError(what: string, err: unknown): IpcUserError {
  return new IpcUserError('storage', `${what}: ${(err as Error).message}`)
}

/** `language`: the UI's, for the dialogs' titles and file types. */
export function createIoHandlers(openReplica: (vault: VaultName) => Promise<VaultReplica>, language: () => Language): Pick<IpcHandlers<IpcContext>, IoChannels> {
  return {
    [INVOKE_CHANNELS.ioChooseImportFile]: async () => {
      const t = mainWords(language())
      const answer = await dialog.showOpenDialog({ title: t('dialog.importTitle'), properties: ['openFile'], filters: importFilters(t) })
      const path = answer.canceled ? undefined : answer.filePaths[0]
      if (path === undefined) return null
      const size = (await stat(path).catch((err: unknown) => Promise.reject(storageError(basename(path), err)))).size
      if (size > MAX_IMPORT_FILE_BYTES) throw new IpcUserError('payload-too-large', `${basename(path)}: ${size} bytes is more than an import reads (${MAX_IMPORT_FILE_BYTES})`)
      const bytes = await readFile(path).catch((err: unknown) => Promise.reject(storageError(basename(path), err)))
      return { name: basename(path), bytes: new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength) }
    },
    [INVOKE_CHANNELS.ioExport]: async ({ vault, format }) => {
      const stamp = new Date().toISOString().slice(0, 10)
      const answer = await dialog.showSaveDialog({
        title: mainWords(language())('dialog.exportTitle'),
        defaultPath: `kizuna-${stamp}.${EXPORT_EXTENSIONS[format]}`,
        filters: [{ name: format, extensions: [EXPORT_EXTENSIONS[format]] }],
      })
      if (answer.canceled || answer.filePath === undefined || answer.filePath === '') return null
      const replica = await openReplica(vault)
      try {
        return { paths: await writeExport(replica.doc, format, answer.filePath) }
      } catch (err) {
        throw storageError('Could not write the export', err)
      }
    },
    [INVOKE_CHANNELS.backupsList]: async ({ vault }) => listBackupEntries(await openReplica(vault)),
    [INVOKE_CHANNELS.backupsRead]: async ({ vault, id }) => {
      try {
        return await previewBackup(await openReplica(vault), id)
      } catch (err) {
        throw storageError(`Backup ${id} cannot be read`, err)
      }
    },
    [INVOKE_CHANNELS.backupsRestore]: async ({ vault, id }) => {
      try {
        return await restoreBackup(await openReplica(vault), id)
      } catch (err) {
        throw storageError(`Backup ${id} was not restored`, err)
      }
    },
  }
}
