/**
 * The API the preload exposes to the renderer as `window.kizuna`, derived from the IPC contract.
 * Every call returns an `IpcResult`; every `on...` returns its unsubscribe function.
 */
import type { INVOKE_CHANNELS } from './channels'
import type { EventPayloads, IpcRequests, IpcResponses, IpcResult, Settings, VaultName } from './contract'
import type { ExportFormatName } from './io-contract'

type Res<C extends keyof IpcResponses> = Promise<IpcResult<IpcResponses[C]>>

export interface KizunaApi {
  vault: {
    open(vault: VaultName): Res<typeof INVOKE_CHANNELS.vaultOpen>
    sync(vault: VaultName, message: Uint8Array): Res<typeof INVOKE_CHANNELS.vaultSync>
    onDidReceive(listener: (event: EventPayloads['vault:didReceive']) => void): () => void
  }
  settings: {
    get(): Res<typeof INVOKE_CHANNELS.settingsGet>
    set(patch: IpcRequests[typeof INVOKE_CHANNELS.settingsSet]): Res<typeof INVOKE_CHANNELS.settingsSet>
  }
  app: {
    info(): Res<typeof INVOKE_CHANNELS.appInfo>
    onDidRequestOpen(listener: (event: EventPayloads['app:didRequestOpen']) => void): () => void
  }
  status: {
    onDidChange(listener: (event: EventPayloads['status:didChange']) => void): () => void
  }
  sync: {
    status(): Res<typeof INVOKE_CHANNELS.syncStatus>
    pairInvite(): Res<typeof INVOKE_CHANNELS.syncPairInvite>
    pairJoin(code: string): Res<typeof INVOKE_CHANNELS.syncPairJoin>
    confirm(pairingId: string, accept: boolean): Res<typeof INVOKE_CHANNELS.syncConfirm>
    pairCancel(pairingId: string): Res<typeof INVOKE_CHANNELS.syncPairCancel>
    devices(): Res<typeof INVOKE_CHANNELS.syncDevices>
    revoke(deviceId: string): Res<typeof INVOKE_CHANNELS.syncRevoke>
    now(): Res<typeof INVOKE_CHANNELS.syncNow>
    chooseFolder(): Res<typeof INVOKE_CHANNELS.syncChooseFolder>
    clearFolder(): Res<typeof INVOKE_CHANNELS.syncSetFolder>
    onDidChange(listener: (status: EventPayloads['sync:didChange']) => void): () => void
  }
  io: {
    /** Shows main's open dialog; the chosen file's name and bytes, or null when cancelled. */
    chooseImportFile(): Res<typeof INVOKE_CHANNELS.ioChooseImportFile>
    /** Shows main's save dialog and writes the vault in `format` there; null when cancelled. */
    exportVault(vault: VaultName, format: ExportFormatName): Res<typeof INVOKE_CHANNELS.ioExport>
  }
  backups: {
    list(vault: VaultName): Res<typeof INVOKE_CHANNELS.backupsList>
    read(vault: VaultName, id: string): Res<typeof INVOKE_CHANNELS.backupsRead>
    restore(vault: VaultName, id: string): Res<typeof INVOKE_CHANNELS.backupsRestore>
  }
}

export type { Settings }
export const API_GLOBAL_NAME = 'kizuna'
