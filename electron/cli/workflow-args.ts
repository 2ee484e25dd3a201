/**
 * The command line of the workflow commands -> a vault invocation. Pure, like parse-args.ts,
 * which hands these over:
 *   interaction add --kind K --person ID... [--date D] [--note N]
 *   event add --name N --date D [--kind K] [--where W] --met NAME[:EXCHANGE]...
 *   project add --name N [--member ID...] [--start D] [--end D] [--deadline D] [--finished D]
 *               [--role R] [--notes N] [--learned L] [--chores yes|no]
 *   opportunity add --title T --date D [--kind K] [--via ID...] [--field ISIC] [--note N]
 *   today [--date D] [--days N] [--json]
 */
import type { ParseArgsConfig } from 'node:util'
import { parseOptions } from './parse-options'
import type { VaultCommand } from '../node/commands'
import { CliUsageError } from './cli-errors'

export type WorkflowInvocation = { kind: 'vault'; dataDir: string | undefined; command: VaultCommand; json: boolean }

type Options = NonNullable<ParseArgsConfig['options']>
const str = { type: 'string' } as const
const many = { type: 'string', multiple: true } as const

const SPECS: Record<string, Options> = {
  'interaction add': { kind: str, person: many, date: str, note: str },
  'event add': { name: str, date: str, kind: str, where: str, met: many },
  'project add': { name: str, member: many, start: str, end: str, deadline: str, finished: str, role: str, notes: str, learned: str, chores: str },
  'opportunity add': { title: str, date: str, kind: str, via: many, field: str, note: str },
  today: { date: str, days: str, json: { type: 'boolean' } },
}

export const WORKFLOW_GROUPS: ReadonlySet<string> = new Set(['interaction', 'event', 'project', 'opportunity', 'today'])

function usage(message: string): never {
  throw new CliUsageError(message)
}

/** `--met "Sato Hanako:talk about UX research"`: the name, then what we could exchange. */
function metOf(value: string): { name: string; exchange: string } {
  const at = value.indexOf(':')
  const name = (at < 0 ? value : value.slice(0, at)).trim()
  if (name === '') usage(`event add: --met "${value}" needs a name before the colon`)
  return { name, exchange: at < 0 ? '' : value.slice(at + 1).trim() }
}

/** Leaves out what was not given: a command writes only the fields present. */
function given<T extends Record<string, unknown>>(args: T): T {
  return Object.fromEntries(Object.entries(args).filter(([, v]) => v !== undefined)) as T
}

export function parseWorkflowCommandLine(rest: readonly string[], globalDataDir: string | undefined): WorkflowInvocation {
  const [first, second] = rest
  const name = first === 'today' ? 'today' : `${first} ${second ?? ''}`.trim()
  const options = SPECS[name]
  if (options === undefined) usage(`"${name}" needs a known subcommand (add)`)
  const parsed = parseOptions(name, rest.slice(name.split(' ').length), options, false)
  const values = parsed.values as Record<string, string | string[] | boolean | undefined>
  const dataDir = (values.data as string | undefined) ?? globalDataDir
  const s = (key: string) => values[key] as string | undefined
  const list = (key: string) => (values[key] as string[] | undefined) ?? []
  const required = (key: string): string => s(key) ?? usage(`${name}: --${key} is required`)
  const vault = (command: VaultCommand, json = false): WorkflowInvocation => ({ kind: 'vault', dataDir, command, json })

  switch (name) {
    case 'interaction add': {
      const kind = required('kind')
      if (list('person').length === 0) usage('interaction add: name at least one --person ID')
      return vault({ name: 'interaction.add', args: given({ kind, personIds: list('person'), date: s('date'), note: s('note') }) })
    }
    case 'event add':
      return vault({ name: 'event.add', args: given({ name: required('name'), date: required('date'), kind: s('kind'), where: s('where'), met: list('met').map(metOf) }) })
    case 'project add': {
      const chores = s('chores')
      if (chores !== undefined && chores !== 'yes' && chores !== 'no') usage(`project add: --chores must be yes or no, not "${chores}"`)
      return vault({
        name: 'project.add',
        args: given({
          name: required('name'),
          memberIds: list('member'),
          start: s('start'),
          end: s('end'),
          deadline: s('deadline'),
          finishedAt: s('finished'),
          myRole: s('role'),
          notes: s('notes'),
          learned: s('learned'),
          tookUnownedChores: chores === undefined ? undefined : chores === 'yes',
        }),
      })
    }
    case 'opportunity add':
      return vault({
        name: 'opportunity.add',
        args: given({ title: required('title'), date: required('date'), kind: s('kind'), viaPersonIds: list('via'), field: s('field'), note: s('note') }),
      })
    default: {
      const days = s('days')
      if (days !== undefined && !/^\d{1,3}$/.test(days)) usage(`today: --days must be a number of days, not "${days}"`)
      return vault({ name: 'today', ...given({ date: s('date'), horizonDays: days === undefined ? undefined : Number(days) }) }, values.json === true)
    }
  }
}
