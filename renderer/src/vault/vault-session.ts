/**
 * One open vault in the renderer: the Y.Doc, its IndexedDB replica, and its link to the main
 * process's file store. The UI waits on `openVaultSession` and never shows an empty vault before
 * both local data and the main replica's data are in the doc.
 *
 * If one copy was lost (IndexedDB cleared, or the file store deleted) the other restores it
 * through the normal sync exchange, and the session reports a notice saying which way it went.
 * Performance marks (`kizuna:*`) time each step; the cold-open benchmark reports them.
 */
import * as Y from 'yjs'
import type { IpcError, KizunaApi, StatusEvent, VaultName } from '../../../shared/ipc'
import { vaultDbName } from '../../../shared/ipc/vault-db'
import { openLocalReplica, type LocalReplica, type LocalReplicaError } from './local-replica'
import { linkToMain, type MainLink } from './main-link'

export interface VaultSession {
  readonly vault: VaultName
  readonly doc: Y.Doc
  /**
   * Resolves once this window and the main process's replica hold the same state, with notices
   * to show once (restorations, repairs); rejects when the main replica cannot be reached.
   */
  readonly whenSynced: Promise<StatusEvent[]>
  /** Resolves when every local change so far is durable in the main process's store. */
  whenPersisted(): Promise<void>
  onError(listener: (error: LocalReplicaError | IpcError) => void): () => void
  /** true while local changes wait to be stored by the main process, false once all are. */
  onDidChangeSaving(listener: (saving: boolean) => void): () => void
  close(): Promise<void>
}

export class VaultOpenError extends Error {
  constructor(
    readonly reason: 'main' | 'local',
    message: string,
  ) {
    super(message)
    this.name = 'VaultOpenError'
  }
}

const isEmpty = (doc: Y.Doc): boolean => Y.encodeStateVector(doc).byteLength <= 1

/** Resolves when the window is next idle, or after `timeoutMs` at the latest. */
const whenIdle = (timeoutMs: number): Promise<void> =>
  new Promise((resolve) => {
    if (typeof requestIdleCallback === 'function') requestIdleCallback(() => resolve(), { timeout: timeoutMs })
    else setTimeout(resolve, 0)
  })

const LAST_VAULT_KEY = 'kizuna:last-vault'
let preloaded: { vault: VaultName; doc: Y.Doc; local: LocalReplica; errors: LocalReplicaError[] } | null = null

/**
 * Starts loading the vault this window had open last time, before the app itself has loaded.
 * Nothing happens on a first run (no vault was opened yet, and none is created here).
 */
export function preloadLastVault(): void {
  let vault: string | null = null
  try {
    vault = localStorage.getItem(LAST_VAULT_KEY)
  } catch {
    return
  }
  if (vault !== 'default' && vault !== 'sample') return
  const doc = new Y.Doc()
  const local = openLocalReplica(vaultDbName(vault), doc)
  const errors: LocalReplicaError[] = []
  local.onError((e) => errors.push(e))
  preloaded = { vault, doc, local, errors }
}

/** The preloaded replica for `vault`, once; a preload for another vault is discarded. */
function takePreloaded(vault: VaultName): { doc: Y.Doc; local: LocalReplica; errors: LocalReplicaError[] } | null {
  const taken = preloaded
  preloaded = null
  if (!taken) return null
  if (taken.vault === vault) return taken
  void taken.local.destroy().finally(() => taken.doc.destroy())
  return null
}

export async function openVaultSession(api: KizunaApi, vault: VaultName): Promise<VaultSession> {
  const early = takePreloaded(vault)
  const doc = early?.doc ?? new Y.Doc()
  const errorListeners = new Set<(error: LocalReplicaError | IpcError) => void>()
  const emit = (error: LocalReplicaError | IpcError): void => {
    for (const listener of errorListeners) listener(error)
  }
  const savingListeners = new Set<(saving: boolean) => void>()
  let local: LocalReplica | null = null
  let link: MainLink | null = null
  try {
    local = early?.local ?? openLocalReplica(vaultDbName(vault), doc)
    local.onError(emit)
    for (const error of early?.errors ?? []) emit(error)
    let localFailed: LocalReplicaError | null = null
    await local.whenLoaded.catch((err: LocalReplicaError) => {
      // The main replica still has everything: carry on from it, and say the local copy is unusable.
      localFailed = err
    })
    performance.mark('kizuna:local-replica-loaded')
    const localWasEmpty = isEmpty(doc)
    // Only now ask the main process to read its replica: reading a large vault takes a core, and
    // on a small machine doing both at once slows the load the window is waiting for. With local
    // data to show, the window paints first and asks once it is idle (within a second at most).
    const opening = (localWasEmpty ? Promise.resolve() : whenIdle(1_000)).then(() => api.vault.open({ vault })).finally(() => performance.mark('kizuna:main-replica-open'))

    // The exchange with the main process's replica. Changes made before it starts are not lost:
    // main's state vector makes this side send everything main lacks.
    const syncing = (async (): Promise<StatusEvent[]> => {
      const opened = await opening
      if (!opened.ok) throw new VaultOpenError('main', opened.error.message)
      const { store } = opened.value
      link = linkToMain(doc, vault, api)
      link.onError(emit)
      link.onDidChangePending((pending) => {
        for (const listener of savingListeners) listener(pending)
      })
      await link.whenSynced
      performance.mark('kizuna:replicas-synced')
      const notices: StatusEvent[] = []
      if (localFailed) notices.push({ kind: 'error', code: 'store-write-failed', detail: (localFailed as LocalReplicaError).message })
      if (store.wasEmpty && !localWasEmpty) notices.push({ kind: 'notice', code: 'restored-from-window', detail: vault })
      else if (localWasEmpty && !store.wasEmpty && !isEmpty(doc)) notices.push({ kind: 'notice', code: 'restored-from-disk', detail: vault })
      for (const repair of store.repairs) notices.push({ kind: 'notice', code: 'store-repaired', detail: repair })
      return notices
    })()

    // With data of its own, the window opens at once and syncs in the background. With none (a
    // first open, or a lost IndexedDB) it waits, so it never shows an empty vault that is not empty.
    if (localWasEmpty) await syncing
    else syncing.catch((err: unknown) => emit({ code: 'storage', message: err instanceof Error ? err.message : String(err) }))

    try {
      localStorage.setItem(LAST_VAULT_KEY, vault)
    } catch {
      // Without localStorage the next start simply loads without the head start.
    }

    const openLocal = local
    const linked = (): Promise<MainLink | null> =>
      syncing.then(
        () => link,
        () => null,
      )
    return {
      vault,
      doc,
      whenSynced: syncing,
      whenPersisted: async () => {
        await (await linked())?.whenIdle()
      },
      onError(listener) {
        errorListeners.add(listener)
        return () => errorListeners.delete(listener)
      },
      onDidChangeSaving(listener) {
        savingListeners.add(listener)
        return () => savingListeners.delete(listener)
      },
      async close() {
        const openLink = await linked()
        await openLink?.whenIdle()
        openLink?.destroy()
        await openLocal.destroy()
        doc.destroy()
      },
    }
  } catch (err) {
    ;(link as MainLink | null)?.destroy()
    await local?.destroy()
    doc.destroy()
    throw err instanceof VaultOpenError ? err : new VaultOpenError('local', String(err))
  }
}
