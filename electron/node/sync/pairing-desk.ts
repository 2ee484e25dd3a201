/**
 * Turns the SyncService's callback-shaped pairing (pairInvite/pairJoin with a `confirm` callback)
 * into a state that can be polled and answered in separate requests: the Devices page (IPC) and
 * `kizuna pair ...` through a control socket both show the words, then answer `confirm(id, yes)`.
 *
 *   invite:  waiting (code shown) -> confirm (words shown) -> paired | failed
 *   join:    waiting (connecting) -> confirm (words shown) -> paired | failed
 *
 * Invariants: one pairing at a time (a new one cancels the old); an unanswered confirmation is
 * refused when the pairing is cancelled or replaced; nothing here weakens the handshake, which
 * still needs both users' yes (pairing.ts).
 */
import { randomUUID } from 'node:crypto'
import type { PairingRole, PairingStatus } from '../../../shared/sync'
import type { PairingPeer } from './pairing'
import type { SyncService } from './sync-service'

export class PairingError extends Error {
  override readonly name = 'PairingError'
}

interface Current {
  status: PairingStatus
  answer: ((accept: boolean) => void) | null
  cancel: () => void
}

export class PairingDesk {
  private current: Current | null = null
  private readonly listeners = new Set<() => void>()

  constructor(private readonly service: SyncService) {}

  status(): PairingStatus | null {
    return this.current ? { ...this.current.status } : null
  }

  /** The status of pairing `pairingId`; throws when it is over and another one began. */
  statusOf(pairingId: string): PairingStatus {
    return { ...this.entry(pairingId).status }
  }

  onDidChange(listener: () => void): () => void {
    this.listeners.add(listener)
    return () => this.listeners.delete(listener)
  }

  /** Opens an invite; the service must be listening. */
  async invite(ttlMs?: number): Promise<PairingStatus> {
    const entry = this.begin('invite')
    try {
      const invite = await this.service.pairInvite({ confirm: (peer) => this.ask(entry, peer), ttlMs })
      entry.cancel = () => invite.cancel()
      Object.assign(entry.status, { code: invite.code, qrPayload: invite.qrPayload, expiresAt: invite.expiresAt })
      this.changed()
      invite.completion.then(
        () => this.finish(entry, null),
        (error: unknown) => this.finish(entry, error),
      )
    } catch (error) {
      this.finish(entry, error)
    }
    return { ...entry.status }
  }

  /** Starts joining with a code; resolves at once (follow the progress with `status`). */
  join(code: string): PairingStatus {
    const entry = this.begin('join')
    this.service.pairJoin(code, { confirm: (peer) => this.ask(entry, peer) }).then(
      () => this.finish(entry, null),
      (error: unknown) => this.finish(entry, error),
    )
    return { ...entry.status }
  }

  /** The local user's answer to the confirmation words. */
  confirm(pairingId: string, accept: boolean): PairingStatus {
    const entry = this.entry(pairingId)
    if (entry.status.phase !== 'confirm' || !entry.answer) throw new PairingError('there are no confirmation words to answer yet')
    entry.status.confirmed = true
    const answer = entry.answer
    entry.answer = null
    answer(accept)
    this.changed()
    return { ...entry.status }
  }

  cancel(pairingId: string): PairingStatus {
    const entry = this.entry(pairingId)
    this.stop(entry, 'pairing was cancelled')
    return { ...entry.status }
  }

  dispose(): void {
    if (this.current) this.stop(this.current, 'sync stopped')
  }

  private entry(pairingId: string): Current {
    if (this.current?.status.pairingId !== pairingId) throw new PairingError('this pairing is over or was replaced by another one')
    return this.current
  }

  private begin(role: PairingRole): Current {
    if (this.current) this.stop(this.current, 'replaced by a new pairing')
    const entry: Current = {
      status: { pairingId: randomUUID(), role, phase: 'waiting', code: null, qrPayload: null, expiresAt: null, words: null, peer: null, confirmed: false, error: null },
      answer: null,
      cancel: () => undefined,
    }
    this.current = entry
    this.changed()
    return entry
  }

  private ask(entry: Current, peer: PairingPeer): Promise<boolean> {
    if (this.current !== entry || entry.status.phase !== 'waiting') return Promise.resolve(false)
    return new Promise<boolean>((resolve) => {
      entry.answer = resolve
      Object.assign(entry.status, { phase: 'confirm', words: peer.words, peer: { deviceId: peer.deviceId, fingerprint: peer.fingerprint, name: peer.name } })
      this.changed()
    })
  }

  private stop(entry: Current, reason: string): void {
    entry.answer?.(false)
    entry.answer = null
    entry.cancel()
    if (entry.status.phase !== 'paired' && entry.status.phase !== 'failed') Object.assign(entry.status, { phase: 'failed', error: reason })
    this.changed()
  }

  private finish(entry: Current, error: unknown): void {
    entry.answer = null
    if (entry.status.phase === 'failed') return
    if (error === null) Object.assign(entry.status, { phase: 'paired', error: null })
    else Object.assign(entry.status, { phase: 'failed', error: error instanceof Error ? error.message : 'unknown error' })
    this.changed()
  }

  private changed(): void {
    for (const listener of this.listeners) listener()
  }
}
