/**
 * The bridge between a vault session and React: components read immutable `GraphSnapshot`s
 * (through `useSyncExternalStore`) and call named actions; they never see the Y.Doc.
 * Snapshots are recomputed at most once per animation frame, however many updates arrive.
 */
import { readGraph } from '../../../shared/graph'
import type { GraphSnapshot } from '../../../shared/graph/types'
import type { VaultSession } from './vault-session'

export class VaultStore {
  private snapshot: GraphSnapshot
  private readonly listeners = new Set<() => void>()
  private frame: number | null = null
  private readonly onUpdate = (): void => {
    if (this.frame !== null) return
    this.frame = requestAnimationFrame(() => {
      this.frame = null
      this.snapshot = readGraph(this.session.doc)
      for (const listener of this.listeners) listener()
    })
  }

  constructor(readonly session: VaultSession) {
    this.snapshot = readGraph(session.doc)
    session.doc.on('update', this.onUpdate)
  }

  get vault(): VaultSession['vault'] {
    return this.session.vault
  }

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener)
    return () => this.listeners.delete(listener)
  }

  getSnapshot = (): GraphSnapshot => this.snapshot

  dispose(): void {
    this.session.doc.off('update', this.onUpdate)
    if (this.frame !== null) cancelAnimationFrame(this.frame)
    this.listeners.clear()
  }
}
