/**
 * An import sent through the control socket as a job (protocol.ts): acknowledged at once, its
 * progress sent as it goes (at most every PROGRESS_EVERY_MS, and at each new phase), and its
 * outcome last. It runs in slices (commands/drive-steps.ts), so the holder keeps serving its sync
 * sessions and other commands meanwhile; the write is one transaction, durable before the outcome
 * is sent. One import job runs at a time per vault: the next one waits, so it matches against the
 * people the one before added. A job whose client has gone is stopped before it writes.
 */
import { randomUUID } from 'node:crypto'
import type * as Y from 'yjs'
import { CLI_ORIGIN, GraphError } from '../../../shared/graph'
import type { ImportProgress } from '../../../shared/io'
import { CommandError } from '../commands'
import { asCommandError } from '../commands/command-error'
import { driveSteps, StepsCancelled } from '../commands/drive-steps'
import { importCommandSteps } from '../commands/io-commands'
import { CONTROL_PROTOCOL_VERSION, errorResponse, type ControlJobMessage, type ControlResponse } from './protocol'

export const PROGRESS_EVERY_MS = 250

/** Where a job's messages go: the client's connection. */
export interface JobChannel {
  send(message: ControlJobMessage): void
  /** False once the client disconnected. */
  isOpen(): boolean
  /** Longest run between two turns of the event loop (drive-steps.ts; default 10 ms). */
  sliceMs?: number
}

interface JobVault {
  readonly doc: Y.Doc
  whenFlushed(): Promise<void>
}

type ImportCommand = Parameters<typeof importCommandSteps>[1]

/** The tail of each vault's queue of import jobs. */
const queues = new WeakMap<Y.Doc, Promise<unknown>>()

export async function runImportJob(vault: JobVault, command: ImportCommand, id: number, channel: JobChannel): Promise<ControlResponse> {
  channel.send({ protocol: CONTROL_PROTOCOL_VERSION, id, accepted: { job: randomUUID() } })
  const before = queues.get(vault.doc) ?? Promise.resolve()
  const job = before.catch(() => undefined).then(() => run(vault, command, id, channel))
  queues.set(vault.doc, job)
  return job
}

async function run(vault: JobVault, command: ImportCommand, id: number, channel: JobChannel): Promise<ControlResponse> {
  let lastPhase: string | null = null
  let lastSent = 0
  const report = (progress: ImportProgress) => {
    const now = performance.now()
    if (progress.phase === lastPhase && now - lastSent < PROGRESS_EVERY_MS) return
    lastPhase = progress.phase
    lastSent = now
    channel.send({ protocol: CONTROL_PROTOCOL_VERSION, id, progress })
  }
  try {
    const value = await driveSteps(importCommandSteps(vault.doc, command, { origin: CLI_ORIGIN }), {
      onProgress: report,
      cancelled: () => !channel.isOpen(),
      sliceMs: channel.sliceMs,
    })
    await vault.whenFlushed()
    return { protocol: CONTROL_PROTOCOL_VERSION, id, ok: true, value }
  } catch (error) {
    if (error instanceof StepsCancelled) return errorResponse(id, 'cancelled', `the client left, so the import was stopped before it wrote anything (${error.message})`)
    if (error instanceof CommandError || error instanceof GraphError) {
      const failure = asCommandError(error)
      return errorResponse(id, failure.code, failure.message)
    }
    return errorResponse(id, 'internal', `the import failed in the process holding the vault: ${error instanceof Error ? error.message : String(error)}`)
  }
}
