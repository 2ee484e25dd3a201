/**
 * The command line -> what to do. Pure: no I/O, so every usage error is testable in-process.
 * Global options come before the command (`kizuna --data DIR person list`); `--data` is also
 * accepted after it, because people type it wherever they remember it.
 */
import type { ParseArgsConfig } from 'node:util'
import { parseOptions } from './parse-options'
import type { VaultCommand } from '../node/commands'
import { CliUsageError } from './cli-errors'
import { CONSULT_COMMANDS, parseConsultCommandLine, type ConsultInvocation } from './consult-args'
import { exportInvocation, importInvocation, IMPORT_SPEC, type IoInvocation } from './io-commands'
import { parseSyncCommandLine, SYNC_GROUPS, type SyncInvocation } from './sync-args'
import { parseWorkflowCommandLine, WORKFLOW_GROUPS } from './workflow-args'

export type Invocation =
  /** `topic`: the command or group asked about (`interaction add --help`), none for the whole help. */
  | { kind: 'help'; topic?: string }
  | { kind: 'version' }
  | { kind: 'init'; dataDir: string | undefined }
  | { kind: 'vault'; dataDir: string | undefined; command: VaultCommand; json: boolean }
  | { kind: 'export'; dataDir: string | undefined; format: 'json'; file: string }
  | { kind: 'analyze'; dataDir: string | undefined; json: boolean }
  | SyncInvocation
  | IoInvocation
  | ConsultInvocation

type Options = NonNullable<ParseArgsConfig['options']>

interface CommandSpec {
  positionals: string[]
  options: Options
}

const json = { json: { type: 'boolean' } } as const satisfies Options

const SPECS: Record<string, CommandSpec> = {
  init: { positionals: [], options: {} },
  'person add': {
    positionals: [],
    options: {
      name: { type: 'string' },
      reading: { type: 'string' },
      role: { type: 'string', multiple: true },
      occupation: { type: 'string' },
      industry: { type: 'string' },
      value: { type: 'string', multiple: true },
      'birth-year': { type: 'string' },
      gender: { type: 'string' },
      tag: { type: 'string', multiple: true },
    },
  },
  'person list': { positionals: [], options: { ...json, trash: { type: 'boolean' } } },
  'person show': { positionals: ['ID'], options: json },
  'person delete': { positionals: ['ID'], options: {} },
  'person restore': { positionals: ['ID'], options: {} },
  'tie add': { positionals: ['ID1', 'ID2'], options: { kind: { type: 'string' }, strength: { type: 'string' } } },
  'tie list': { positionals: [], options: json },
  export: { positionals: ['FILE'], options: { format: { type: 'string' } } },
  import: IMPORT_SPEC,
  analyze: { positionals: [], options: json },
}

const GROUPS = new Set(['person', 'tie'])

function usage(message: string): never {
  throw new CliUsageError(message)
}

interface Globals {
  data?: string
  help: boolean
  version: boolean
}

/** Reads the global options before the command; returns them and where the command starts. */
function readGlobals(argv: readonly string[]): { globals: Globals; rest: string[] } {
  const globals: Globals = { help: false, version: false }
  let i = 0
  for (; i < argv.length && argv[i].startsWith('-'); i++) {
    const arg = argv[i]
    if (arg === '--data') {
      if (i + 1 >= argv.length) usage('--data needs a folder')
      globals.data = argv[++i]
    } else if (arg.startsWith('--data=')) globals.data = arg.slice('--data='.length)
    else if (arg === '--help' || arg === '-h') globals.help = true
    else if (arg === '--version' || arg === '-V') globals.version = true
    else usage(`unknown option "${arg}" before the command`)
  }
  return { globals, rest: argv.slice(i) }
}

/**
 * `--help` (or `-h`) after a command or group: the help of that command, before any other check,
 * so `kizuna interaction add --help` works without the required options. The topic is the words
 * before the first option, at most two (`person`, `person add`).
 */
function helpTopic(rest: readonly string[]): string | null {
  if (!rest.some((arg) => arg === '--help' || arg === '-h')) return null
  const words: string[] = []
  for (const arg of rest) {
    if (arg.startsWith('-') || words.length === 2) break
    words.push(arg)
  }
  return words.join(' ')
}

export function parseCommandLine(argv: readonly string[]): Invocation {
  const { globals, rest } = readGlobals(argv)
  if (globals.version) return { kind: 'version' }
  if (globals.help || rest[0] === 'help') return { kind: 'help', ...(rest[0] === 'help' && rest.length > 1 ? { topic: rest.slice(1, 3).join(' ') } : {}) }
  const topic = helpTopic(rest)
  if (topic !== null) return { kind: 'help', topic }
  const [first, second] = rest
  if (first === undefined) usage('no command given')
  if (SYNC_GROUPS.has(first)) return parseSyncCommandLine(rest, globals.data)
  if (WORKFLOW_GROUPS.has(first)) return parseWorkflowCommandLine(rest, globals.data)
  if (CONSULT_COMMANDS.has(first)) return parseConsultCommandLine(rest, globals.data)
  const name = GROUPS.has(first) ? `${first} ${second ?? ''}`.trim() : first
  const spec = SPECS[name]
  if (spec === undefined) usage(GROUPS.has(first) ? `"${name}" needs a known subcommand` : `unknown command "${first}"`)
  const args = rest.slice(name.split(' ').length)

  const { values, positionals } = parseOptions(name, args, spec.options)
  if (values.help === true) return { kind: 'help' }
  if (positionals.length < spec.positionals.length) usage(`${name}: missing ${spec.positionals.slice(positionals.length).join(' ')}`)
  if (positionals.length > spec.positionals.length) usage(`${name}: unexpected argument "${positionals[spec.positionals.length]}"`)
  const dataDir = (values.data as string | undefined) ?? globals.data
  const str = (key: string) => values[key] as string | undefined
  const list = (key: string) => values[key] as string[] | undefined
  const flag = (key: string) => values[key] === true

  switch (name) {
    case 'init':
      return { kind: 'init', dataDir }
    case 'person add': {
      const personName = str('name')
      if (personName === undefined) usage('person add: --name is required')
      const args = {
        name: personName,
        reading: str('reading'),
        roles: list('role'),
        occupation: str('occupation'),
        industry: str('industry'),
        values: list('value'),
        birthYear: str('birth-year'),
        gender: str('gender'),
        tags: list('tag'),
      }
      // Leave out what was not given: the command writes only the fields present.
      const given = Object.fromEntries(Object.entries(args).filter(([, v]) => v !== undefined)) as typeof args
      return { kind: 'vault', dataDir, json: false, command: { name: 'person.add', args: given } }
    }
    case 'person list':
      return { kind: 'vault', dataDir, json: flag('json'), command: { name: 'person.list', trash: flag('trash') } }
    case 'person show':
    case 'person delete':
    case 'person restore':
      return { kind: 'vault', dataDir, json: flag('json'), command: { name: name.replace(' ', '.') as 'person.show', id: positionals[0] } }
    case 'tie add': {
      const [a, b] = positionals as [string, string]
      const tie = { a, b, kind: str('kind'), strength: str('strength') }
      return { kind: 'vault', dataDir, json: false, command: { name: 'tie.add', args: Object.fromEntries(Object.entries(tie).filter(([, v]) => v !== undefined)) as typeof tie } }
    }
    case 'tie list':
      return { kind: 'vault', dataDir, json: flag('json'), command: { name: 'tie.list' } }
    case 'export': {
      const format = str('format')
      if (format !== 'json') return exportInvocation(dataDir, format, positionals[0])
      return { kind: 'export', dataDir, format, file: positionals[0] }
    }
    case 'import':
      return importInvocation(dataDir, positionals[0], {
        format: str('format'),
        dryRun: flag('dry-run'),
        onDuplicate: str('on-duplicate'),
        mergeSuggestions: flag('merge-suggestions'),
        since: str('since'),
        json: flag('json'),
        progress: flag('progress'),
      })
    case 'analyze':
      return { kind: 'analyze', dataDir, json: flag('json') }
    default:
      return usage(`unknown command "${name}"`)
  }
}
