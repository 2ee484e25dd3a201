/**
 * Keeps the renderer's document in sync with the main process's durable replica, over the
 * preload API, with y-protocols sync messages: our state vector (step 1), what the other side
 * lacks (step 2), then live updates both ways. Updates that came from main carry `MAIN_ORIGIN`
 * and are never sent back. A failed send is retried by a fresh state-vector exchange, so
 * nothing is lost while main is briefly unable to store.
 */
import * as decoding from 'lib0/decoding'
import * as encoding from 'lib0/encoding'
import * as syncProtocol from 'y-protocols/sync'
import type * as Y from 'yjs'
import type { IpcError, KizunaApi, VaultName } from '../../../shared/ipc'

/** Origin of changes applied from the main process. */
export const MAIN_ORIGIN = Symbol('kizuna:main')

export interface MainLink {
  /** Resolves after the first full exchange: both replicas then hold the union of both. */
  whenSynced: Promise<void>
  /** Number of sends not yet acknowledged as durable by main. */
  pending(): number
  /** Resolves when every send so far has been acknowledged. */
  whenIdle(): Promise<void>
  onError(listener: (error: IpcError) => void): () => void
  /** Called with true when sends start waiting for main, false when all are acknowledged. */
  onDidChangePending(listener: (pending: boolean) => void): () => void
  destroy(): void
}

function step1(doc: Y.Doc): Uint8Array {
  const encoder = encoding.createEncoder()
  syncProtocol.writeSyncStep1(encoder, doc)
  return encoding.toUint8Array(encoder)
}

export function linkToMain(doc: Y.Doc, vault: VaultName, api: KizunaApi): MainLink {
  const errorListeners = new Set<(error: IpcError) => void>()
  const pendingListeners = new Set<(pending: boolean) => void>()
  let destroyed = false
  let inFlight: Promise<void> = Promise.resolve()
  let pendingCount = 0
  let needsResync = false

  const report = (error: IpcError): void => {
    for (const listener of errorListeners) listener(error)
  }

  /** Applies one message from main; returns our reply, if the message asked for one. */
  const receive = (message: Uint8Array): Uint8Array | null => {
    const decoder = decoding.createDecoder(message)
    const encoder = encoding.createEncoder()
    syncProtocol.readSyncMessage(decoder, encoder, doc, MAIN_ORIGIN)
    return encoding.length(encoder) > 0 ? encoding.toUint8Array(encoder) : null
  }

  // Sends are chained so main sees them in order; each resolves once main made it durable.
  const setPending = (delta: 1 | -1): void => {
    pendingCount += delta
    if ((delta === 1 && pendingCount === 1) || pendingCount === 0) for (const listener of pendingListeners) listener(pendingCount > 0)
  }

  const send = (message: Uint8Array): Promise<void> => {
    setPending(1)
    const run = async (): Promise<void> => {
      if (destroyed) return
      const result = await api.vault.sync({ vault, message })
      if (!result.ok) {
        needsResync = true
        report(result.error)
        return
      }
      for (const reply of result.value.replies) {
        const answer = receive(reply)
        // Queued behind this send, never awaited here: awaiting our own queue would deadlock.
        if (answer) void send(answer)
      }
    }
    const next = inFlight.then(run).finally(() => setPending(-1))
    inFlight = next.catch((err: unknown) => {
      needsResync = true
      report({ code: 'internal', message: String(err) })
    })
    return inFlight
  }

  const onUpdate = (update: Uint8Array, origin: unknown): void => {
    if (origin === MAIN_ORIGIN || destroyed) return
    const encoder = encoding.createEncoder()
    syncProtocol.writeUpdate(encoder, update)
    void send(encoding.toUint8Array(encoder))
    if (needsResync) {
      // A previous send failed: a state-vector exchange brings main up to date again.
      needsResync = false
      void send(step1(doc))
    }
  }
  doc.on('update', onUpdate)
  const unsubscribe = api.vault.onDidReceive((event) => {
    if (event.vault !== vault || destroyed) return
    const answer = receive(event.message)
    if (answer) void send(answer)
  })

  const whenIdle = async (): Promise<void> => {
    let last: Promise<void> | null = null
    while (last !== inFlight) {
      last = inFlight
      await last
    }
  }
  void send(step1(doc))
  const whenSynced = whenIdle()

  return {
    whenSynced,
    pending: () => pendingCount,
    whenIdle,
    onError(listener) {
      errorListeners.add(listener)
      return () => errorListeners.delete(listener)
    },
    onDidChangePending(listener) {
      pendingListeners.add(listener)
      return () => pendingListeners.delete(listener)
    },
    destroy() {
      destroyed = true
      doc.off('update', onUpdate)
      unsubscribe()
    },
  }
}
