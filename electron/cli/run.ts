/**
 * The `kizuna` command: parse, run on the vault (locally or through its holder), print.
 * Exit status: 0 done, 1 usage error (bad command line), 2 data error (unknown id, invalid value,
 * vault locked by a process that does not answer, unreadable store). Output goes through `io`
 * so tests can run the real command in-process.
 */
import { stat } from 'node:fs/promises'
import { resolve } from 'node:path'
import { readGraphIds } from '../../shared/graph'
import { jsonChunks, lazyPeople, streamVaultJson, type KizunaJson, type StreamedKizunaJson } from '../../shared/io'
import type { CommandResults, VaultCommand } from '../node/commands'
import { writeExportFile } from '../node/io/export-files'
import { CliDataError, CliUsageError } from './cli-errors'
import { resolveDataDir, vaultDirOf } from './data-dir'
import { formatPeople, formatPerson, formatTies } from './format-people'
import { runIoInvocation } from './io-commands'
import { runConsultInvocation } from './consult-commands'
import { parseCommandLine, type Invocation } from './parse-args'
import { USAGE, readVersion, usageOf } from './usage'
import { formatWorkflowResult, isWorkflowCommandName } from './workflow-format'
import { terminalSafe } from './terminal-text'
import { readOnVault, runOnVault, type VaultTarget } from './vault-session'

export { USAGE } from './usage'

export interface CliIo {
  out(text: string): void
  err(text: string): void
  /** Whether `err` is a terminal: progress is then one line redrawn in place. */
  errIsTerminal?: boolean
}

const processIo: CliIo = {
  out: (text) => void process.stdout.write(text),
  err: (text) => void process.stderr.write(text),
  errIsTerminal: process.stderr.isTTY === true,
}

const toJson = (value: unknown): string => `${JSON.stringify(value, null, 2)}\n`

export async function runCli(argv: readonly string[], io: CliIo = processIo): Promise<number> {
  let invocation: Invocation
  try {
    invocation = parseCommandLine(argv)
  } catch (error) {
    if (!(error instanceof CliUsageError)) throw error
    io.err(`kizuna: ${error.message}\n\n${USAGE}`)
    return error.exitCode
  }
  try {
    await execute(invocation, io)
    return 0
  } catch (error) {
    if (error instanceof CliDataError || error instanceof CliUsageError) {
      io.err(`kizuna: ${terminalSafe(error.message, { newlines: true })}\n`)
      return error.exitCode
    }
    io.err(`kizuna: unexpected error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`)
    return 2
  }
}

function targetOf(dataDir: string | undefined): VaultTarget {
  return { dataDir: resolveDataDir(dataDir), vault: 'default' }
}

async function execute(invocation: Invocation, io: CliIo): Promise<void> {
  switch (invocation.kind) {
    case 'help':
      return io.out(usageOf(invocation.topic))
    case 'version':
      return io.out(`${readVersion()}\n`)
    case 'init':
      return init(targetOf(invocation.dataDir), io)
    case 'vault':
      if (invocation.command.name === 'person.list' && invocation.json) return listPeopleJson(targetOf(invocation.dataDir), invocation.command.trash ?? false, io)
      return printResult(invocation.command, await runOnVault(targetOf(invocation.dataDir), invocation.command), invocation.json, io)
    case 'export':
      return exportJson(targetOf(invocation.dataDir), invocation.file, io)
    case 'analyze': {
      // Loaded when used: a command's start-up time is paid by every command (sync, analysis).
      const [{ analyzeNetwork }, { formatReport }] = await Promise.all([import('../../shared/analysis'), import('./format-report')])
      const { graph, genders } = await runOnVault(targetOf(invocation.dataDir), { name: 'graph.read' })
      const report = analyzeNetwork(graph, { genders })
      return io.out(invocation.json ? toJson(report) : formatReport(report, graph))
    }
    case 'consult':
    case 'reach': {
      const { graph } = await runOnVault(targetOf(invocation.dataDir), { name: 'graph.read' })
      return io.out(runConsultInvocation(invocation, graph, invocation.now ?? Date.now()))
    }
    case 'sync-serve':
      return (await import('./sync-serve')).serveSync(invocation, io)
    case 'import':
    case 'io-export':
      return runIoInvocation(invocation, io)
    default:
      return (await import('./sync-commands')).runSyncInvocation(invocation, io)
  }
}

async function init(target: VaultTarget, io: CliIo): Promise<void> {
  const dir = vaultDirOf(target.dataDir, target.vault)
  const existed = (await stat(dir).catch(() => null))?.isDirectory() ?? false
  const info = await runOnVault({ ...target, create: true }, { name: 'vault.info' })
  io.out(existed ? `A vault already exists in ${dir} (${info.people} people, ${info.ties} ties); left as it is.\n` : `Created an empty vault in ${dir}.\n`)
}

/**
 * `value` as two-space indented JSON and a newline, in pieces (containers `depth` levels deep come
 * whole): 100,000 people are never one string.
 */
function* jsonPieces(value: unknown, depth: number): Generator<string> {
  yield* jsonChunks(value, depth)
  yield '\n'
}

/** Writes pieces to `io.out` in batches of about 1 MiB. */
function outPieces(pieces: Iterable<string>, io: CliIo): void {
  let batch: string[] = []
  let size = 0
  for (const piece of pieces) {
    batch.push(piece)
    size += piece.length
    if (size < 1024 * 1024) continue
    io.out(batch.join(''))
    batch = []
    size = 0
  }
  if (batch.length > 0) io.out(batch.join(''))
}

/** `export --format json`: read from the doc one person at a time as the file is written. */
async function exportJson(target: VaultTarget, file: string, io: CliIo): Promise<void> {
  const write = async (exported: KizunaJson | StreamedKizunaJson): Promise<void> => {
    const text = jsonPieces(exported, 3)
    if (file === '-') return outPieces(text, io)
    const path = resolve(file)
    try {
      await writeExportFile(path, text)
    } catch (error) {
      throw new CliDataError(`could not write ${path}: ${error instanceof Error ? error.message : String(error)}`)
    }
    io.out(`Exported ${exported.graph.people.length} people, ${exported.graph.ties.length} ties and ${exported.graph.trash.length} in the trash to ${path}.\n`)
  }
  await readOnVault(target, { name: 'vault.export' }, { local: (doc) => write(streamVaultJson(doc)), remote: write })
}

/** `person list --json`: like the export, one person at a time. */
async function listPeopleJson(target: VaultTarget, trash: boolean, io: CliIo): Promise<void> {
  await readOnVault(
    target,
    { name: 'person.list', trash },
    {
      local: (doc) => {
        const ids = readGraphIds(doc)
        return Promise.resolve(outPieces(jsonPieces(lazyPeople(doc, trash ? ids.trash : ids.people), 1), io))
      },
      remote: (people) => Promise.resolve(outPieces(jsonPieces(people, 1), io)),
    },
  )
}

function printResult(command: VaultCommand, result: CommandResults[keyof CommandResults], json: boolean, io: CliIo): void {
  const as = <K extends keyof CommandResults>(_name: K) => result as CommandResults[K]
  if (isWorkflowCommandName(command.name)) return io.out(formatWorkflowResult(command.name, result, json))
  switch (command.name) {
    case 'person.add':
      return io.out(`${as('person.add').id}\n`)
    case 'person.list':
      // With --json: listPeopleJson.
      return io.out(formatPeople(as('person.list'), command.trash ?? false))
    case 'person.show':
      return io.out(json ? toJson(result) : formatPerson(as('person.show')))
    case 'person.delete': {
      const person = as('person.delete')
      return io.out(`Moved ${terminalSafe(person.name)} (${person.id}) to the trash.\n`)
    }
    case 'person.restore': {
      const person = as('person.restore')
      return io.out(`Restored ${terminalSafe(person.name)} (${person.id}).\n`)
    }
    case 'tie.add': {
      const tie = as('tie.add')
      return io.out(`Linked ${tie.a} and ${tie.b}: ${tie.kind}, strength ${tie.strength}.\n`)
    }
    case 'tie.list': {
      const { ties, names } = as('tie.list')
      return io.out(json ? toJson(ties) : formatTies(ties, names))
    }
    default:
      return io.out(toJson(result))
  }
}
