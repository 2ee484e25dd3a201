/**
 * The sync:* IPC handlers: thin calls into the app's SyncHost (sync-controller.ts). Requests are
 * already parsed and the sender frame checked by registerIpcHandlers; a failure the user should
 * read (no such device, port in use, pairing over) comes back as an `IpcUserError('sync')`.
 */
import { dialog } from 'electron'
import type { Language } from '../../shared/i18n'
import { INVOKE_CHANNELS, type InvokeChannel, type IpcHandlers } from '../../shared/ipc'
import { PairingError, SyncHostError, type SyncHost } from '../node/sync'
import { IpcUserError, type IpcContext } from './ipc'
import { mainWords } from './main-messages'
import type { DeviceSync } from './sync-controller'

type SyncChannel = Extract<InvokeChannel, `sync:${string}`>

async function withHost<T>(sync: DeviceSync, use: (host: SyncHost) => T | Promise<T>): Promise<T> {
  try {
    return await use(await sync.host())
  } catch (error) {
    if (error instanceof SyncHostError || error instanceof PairingError) throw new IpcUserError('sync', error.message)
    throw error
  }
}

/** Asks the user for a folder with the native dialog; null when cancelled. */
async function chooseFolder(language: Language): Promise<string | null> {
  const answer = await dialog.showOpenDialog({ properties: ['openDirectory', 'createDirectory'], title: mainWords(language)('dialog.syncFolderTitle') })
  return answer.canceled ? null : (answer.filePaths[0] ?? null)
}

/** `language`: the UI's, for the folder dialog's title. */
export function createSyncHandlers(sync: DeviceSync, language: () => Language): Pick<IpcHandlers<IpcContext>, SyncChannel> {
  return {
    [INVOKE_CHANNELS.syncStatus]: () => sync.status(),
    [INVOKE_CHANNELS.syncPairInvite]: () => withHost(sync, (host) => host.invite()),
    [INVOKE_CHANNELS.syncPairJoin]: ({ code }) => withHost(sync, (host) => host.join(code)),
    [INVOKE_CHANNELS.syncConfirm]: ({ pairingId, accept }) => withHost(sync, (host) => host.desk.confirm(pairingId, accept)),
    [INVOKE_CHANNELS.syncPairCancel]: ({ pairingId }) => withHost(sync, (host) => host.desk.cancel(pairingId)),
    [INVOKE_CHANNELS.syncDevices]: () => withHost(sync, (host) => host.status().devices),
    [INVOKE_CHANNELS.syncRevoke]: ({ deviceId }) =>
      withHost(sync, async (host) => {
        await host.revoke(deviceId)
        return host.status()
      }),
    [INVOKE_CHANNELS.syncNow]: () => withHost(sync, (host) => host.syncNow()),
    [INVOKE_CHANNELS.syncChooseFolder]: () =>
      withHost(sync, async (host) => {
        const folder = await chooseFolder(language())
        if (folder !== null) await host.setFolder(folder)
        return host.status()
      }),
    [INVOKE_CHANNELS.syncClearFolder]: () =>
      withHost(sync, async (host) => {
        await host.setFolder(null)
        return host.status()
      }),
    [INVOKE_CHANNELS.syncRestoreRemoval]: () => withHost(sync, (host) => host.restoreRemoval()),
    [INVOKE_CHANNELS.syncDismissRemoval]: () =>
      withHost(sync, async (host) => {
        await host.dismissRemoval()
        return host.status()
      }),
  }
}
