/**
 * Runs one vault command where the vault is: on a replica this command opens and locks itself,
 * or, when another live process holds the vault's lock, through that process's control socket
 * (one writer per store). Every failure becomes a CliDataError with a message naming the vault.
 */
import { stat } from 'node:fs/promises'
import { join } from 'node:path'
import { CLI_ORIGIN } from '../../shared/graph'
import type { VaultName } from '../../shared/ipc'
import { CommandError, encodeWithoutDocument, runVaultCommand, type CommandResults, type VaultCommand, type VaultCommandName } from '../node/commands'
import { ControlProtocolError, ControlUnreachableError, isServed, sendControlRequest, type JobEvents } from '../node/control'
import type { ImportProgress } from '../../shared/io'
import { LOCK_FILE, VaultLockedError, VaultReplica, VaultStoreError, readVaultLock, type BlindWrite, type VaultLockInfo } from '../node/store'
import { CliDataError } from './cli-errors'
import { vaultDirOf } from './data-dir'

export interface VaultTarget {
  dataDir: string
  vault: VaultName
  /** How long to wait for a holder that has no control socket (another short command), in ms. */
  lockWaitMs?: number
  /** Whether a missing vault folder may be created (only `init`). */
  create?: boolean
}

export type VaultSession = { kind: 'local'; replica: VaultReplica } | { kind: 'remote'; holder: VaultLockInfo & { controlSocket: string } }

/** What `openVaultSession` gives when it could append the write without loading the vault. */
export interface AppendedWrite<T> {
  kind: 'appended'
  value: T
}

/** Commands whose time grows with the input or the vault: no client-side timeout through a holder. */
const LONG_COMMANDS: ReadonlySet<VaultCommandName> = new Set<VaultCommandName>(['io.import', 'vault.export', 'graph.read'])

/** Writes that can be appended without loading the vault (run-command.ts encodeWithoutDocument). */
const APPENDABLE_COMMANDS: ReadonlySet<VaultCommandName> = new Set<VaultCommandName>(['person.add'])

const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms))

async function isDirectory(path: string): Promise<boolean> {
  return (await stat(path).catch(() => null))?.isDirectory() ?? false
}

/** The holder named in LOCK, if it has a control socket that answers: then the files are its alone. */
async function liveHolder(dir: string): Promise<(VaultLockInfo & { controlSocket: string }) | null> {
  const holder = await readVaultLock(dir).catch(() => null)
  if (!holder?.controlSocket || !(await isServed(holder.controlSocket))) return null
  return { ...holder, controlSocket: holder.controlSocket }
}

/**
 * Opens the vault or finds the process that holds it. With `write`, a write that needs nothing of
 * the vault but its index is appended without loading it (store/vault-append.ts) when that is safe.
 */
export async function openVaultSession(target: VaultTarget): Promise<VaultSession>
export async function openVaultSession<T>(target: VaultTarget, write: BlindWrite<T>): Promise<VaultSession | AppendedWrite<T>>
export async function openVaultSession<T>(target: VaultTarget, write?: BlindWrite<T>): Promise<VaultSession | AppendedWrite<T>> {
  const dir = vaultDirOf(target.dataDir, target.vault)
  if (!target.create && !(await isDirectory(dir))) {
    throw new CliDataError(`there is no vault in ${target.dataDir} (no folder ${dir}); create one with \`kizuna --data ${target.dataDir} init\` or open the app once`)
  }
  const deadline = Date.now() + (target.lockWaitMs ?? 5000)
  for (;;) {
    // Ask a live holder before touching any file of the vault.
    const live = await liveHolder(dir)
    if (live) return { kind: 'remote', holder: live }
    try {
      // A short-lived command takes no backups and leaves compaction to the holder or the log's
      // threshold: its write is one appended record.
      const options = { backups: false, shortLived: true } as const
      if (!write) return { kind: 'local', replica: await VaultReplica.open(dir, options) }
      const opened = await VaultReplica.openOrAppend(dir, options, write)
      return 'appended' in opened ? { kind: 'appended', value: opened.appended } : { kind: 'local', replica: opened.replica }
    } catch (error) {
      if (error instanceof CommandError) throw new CliDataError(error.message)
      if (error instanceof VaultStoreError) {
        throw new CliDataError(
          error.operation === 'append' ? `could not store the change, nothing was written: ${error.message}` : `cannot open the vault ${dir}: ${error.message}`,
        )
      }
      if (!(error instanceof VaultLockedError)) throw new CliDataError(`cannot read the vault ${dir}: ${error instanceof Error ? error.message : String(error)}`)
      const holder = error.holder
      if (holder?.controlSocket) return { kind: 'remote', holder: { ...holder, controlSocket: holder.controlSocket } }
      // No socket: another `kizuna` command that will be done in a moment, or a lock being written.
      if (Date.now() >= deadline) {
        const who = holder ? `process ${holder.pid} on ${holder.hostname}` : 'another process'
        throw new CliDataError(`the vault ${dir} is in use by ${who}, which takes no commands; try again when it has finished (lock file ${join(dir, LOCK_FILE)})`)
      }
      await sleep(100)
    }
  }
}

/** How a long command through a holder tells its progress (only `io.import` runs as a job). */
export type JobWatcher = Partial<JobEvents>

/** Runs `command` on the vault and returns its result; nothing is written when it fails. */
export async function runOnVault<K extends VaultCommandName>(target: VaultTarget, command: Extract<VaultCommand, { name: K }>, watcher?: JobWatcher): Promise<CommandResults[K]> {
  const now = Date.now()
  const session = APPENDABLE_COMMANDS.has(command.name)
    ? await openVaultSession(target, (index) => encodeWithoutDocument(command, index, { origin: CLI_ORIGIN, now }))
    : await openVaultSession(target)
  if (session.kind === 'appended') return session.value
  if (session.kind === 'remote') return command.name === 'io.import' ? runRemoteJob(target, session.holder, command, watcher ?? {}) : runRemote(target, session.holder, command)
  const { replica } = session
  let value: CommandResults[K]
  try {
    value = runVaultCommand(replica.doc, command, { origin: CLI_ORIGIN })
    await replica.whenFlushed()
  } catch (error) {
    // Nothing of this command was acknowledged: give the vault up without saving, lock released.
    await replica.abandon().catch(() => undefined)
    if (error instanceof CommandError) throw new CliDataError(error.message)
    if (error instanceof VaultStoreError) throw new CliDataError(`could not store the change, nothing was written: ${error.message}`)
    throw error
  }
  try {
    await replica.close()
  } catch (error) {
    // The change is durable in the log already; only the tidy-up failed.
    await replica.abandon().catch(() => undefined)
    if (!(error instanceof VaultStoreError)) throw error
  }
  return value
}

/**
 * Reads the vault while it is open in this process: `read.local` gets the doc and may write its
 * result out as it reads (an export of 100,000 people, one person at a time), then the vault is
 * closed unchanged. When a holder has the vault, `command` runs there and `read.remote` gets its result.
 */
export async function readOnVault<K extends VaultCommandName, R>(
  target: VaultTarget,
  command: Extract<VaultCommand, { name: K }>,
  read: { local: (doc: VaultReplica['doc']) => Promise<R>; remote: (value: CommandResults[K]) => Promise<R> },
): Promise<R> {
  const session = await openVaultSession(target)
  if (session.kind === 'remote') return read.remote(await runRemote(target, session.holder, command))
  const { replica } = session
  let value: R
  try {
    value = await read.local(replica.doc)
  } catch (error) {
    await replica.abandon().catch(() => undefined)
    throw error
  }
  await replica.close().catch(async (error: unknown) => {
    await replica.abandon().catch(() => undefined)
    if (!(error instanceof VaultStoreError)) throw error
  })
  return value
}

async function runRemote<K extends VaultCommandName>(
  target: VaultTarget,
  holder: VaultLockInfo & { controlSocket: string },
  command: Extract<VaultCommand, { name: K }>,
): Promise<CommandResults[K]> {
  let response
  // An import can take minutes on a large vault: wait for its answer as long as the holder is
  // connected, so the exit status says whether it was applied.
  const long = LONG_COMMANDS.has(command.name)
  try {
    response = await sendControlRequest(holder.controlSocket, { token: holder.token, vault: target.vault, command }, long ? 0 : undefined)
  } catch (error) {
    if (error instanceof ControlUnreachableError) {
      if (long)
        throw new CliDataError(
          `the Kizuna process holding the vault (pid ${holder.pid}) stopped before answering, so whether the ${command.name} was applied is unknown; check with \`kizuna person list\`: ${error.message}`,
        )
      throw new CliDataError(`the vault is open in another Kizuna process (pid ${holder.pid}) that does not answer: ${error.message}`)
    }
    if (error instanceof ControlProtocolError)
      throw new CliDataError(`the Kizuna process holding the vault (pid ${holder.pid}) answered in a way this version does not understand: ${error.message}`)
    throw error
  }
  if (!response.ok) throw new CliDataError(response.error.message)
  return response.value as CommandResults[K]
}

/** What the CLI knows of a job it lost: its id and the last progress the holder reported. */
function lastSeen(job: string | null, progress: ImportProgress | null): string {
  const parts = [job === null ? 'before it acknowledged the job' : `job ${job}`]
  if (progress !== null) parts.push(`last at ${progress.phase} ${progress.done} of ${progress.total}`)
  return parts.join(', ')
}

/**
 * An import through the holder, as a job (control/protocol.ts): acknowledged, with progress, and
 * an exit status that says what happened: applied, or failed with nothing written. When the
 * connection goes before the outcome, the outcome is unknown, and the message says how to find out.
 */
async function runRemoteJob<K extends VaultCommandName>(
  target: VaultTarget,
  holder: VaultLockInfo & { controlSocket: string },
  command: Extract<VaultCommand, { name: K }>,
  watcher: JobWatcher,
): Promise<CommandResults[K]> {
  let job: string | null = null
  let progress: ImportProgress | null = null
  const events: JobEvents = {
    onAccepted: (id) => {
      job = id
      watcher.onAccepted?.(id)
    },
    onProgress: (p) => {
      progress = p
      watcher.onProgress?.(p)
    },
  }
  let response
  try {
    response = await sendControlRequest(holder.controlSocket, { token: holder.token, vault: target.vault, command }, undefined, events)
    // A holder from before jobs refuses the field, and ran nothing: ask it the old way.
    if (!response.ok && response.error.code === 'malformed' && response.error.message.includes('"job"')) return await runRemote(target, holder, command)
  } catch (error) {
    if (error instanceof ControlUnreachableError) {
      const path = 'path' in command ? String(command.path) : 'FILE'
      throw new CliDataError(
        `lost the connection to the Kizuna process holding the vault (pid ${holder.pid}) during the import (${lastSeen(job, progress)}): ${error.message}. ` +
          `Whether the import was applied is UNKNOWN. To find out, run \`kizuna import ${path} --dry-run\`: if it was applied, it finds every entry already there and adds no one. ` +
          'Importing the same file again is safe: entries already imported are matched by their import keys.',
      )
    }
    if (error instanceof ControlProtocolError)
      throw new CliDataError(`the Kizuna process holding the vault (pid ${holder.pid}) answered in a way this version does not understand: ${error.message}`)
    throw error
  }
  if (!response.ok) throw new CliDataError(response.error.code === 'cancelled' ? response.error.message : `${response.error.message}; nothing was written`)
  return response.value as CommandResults[K]
}
