/**
 * The command line of the sync commands (`sync serve|now|folder|status|restore-removal`, `pair invite|join`,
 * `devices list|revoke`) -> what to do. Pure, like parse-args.ts, which hands these over.
 */
import type { ParseArgsConfig } from 'node:util'
import { parseOptions } from './parse-options'
import { CliUsageError } from './cli-errors'

export const DEFAULT_SYNC_PORT = 47120

export type SyncInvocation =
  | { kind: 'sync-serve'; dataDir: string | undefined; host: string; port: number; mdns: boolean; name: string | undefined }
  | { kind: 'sync-now'; dataDir: string | undefined; json: boolean }
  | { kind: 'sync-folder'; dataDir: string | undefined; path: string; json: boolean }
  | { kind: 'sync-status'; dataDir: string | undefined; json: boolean }
  | { kind: 'sync-restore-removal'; dataDir: string | undefined; json: boolean }
  | { kind: 'pair-invite'; dataDir: string | undefined; yes: boolean; host: string; port: number; ttlMs: number | undefined }
  | { kind: 'pair-join'; dataDir: string | undefined; code: string; yes: boolean }
  | { kind: 'devices-list'; dataDir: string | undefined; json: boolean }
  | { kind: 'devices-revoke'; dataDir: string | undefined; deviceId: string }

type Options = NonNullable<ParseArgsConfig['options']>
const listen = { host: { type: 'string' }, port: { type: 'string' } } as const satisfies Options
const json = { json: { type: 'boolean' } } as const satisfies Options
const yes = { yes: { type: 'boolean', short: 'y' } } as const satisfies Options

const SPECS: Record<string, { positionals: string[]; options: Options }> = {
  'sync serve': { positionals: [], options: { ...listen, 'no-mdns': { type: 'boolean' }, name: { type: 'string' } } },
  'sync now': { positionals: [], options: json },
  'sync folder': { positionals: ['PATH'], options: json },
  'sync status': { positionals: [], options: json },
  'sync restore-removal': { positionals: [], options: json },
  'pair invite': { positionals: [], options: { ...listen, ...yes, minutes: { type: 'string' } } },
  'pair join': { positionals: ['CODE'], options: yes },
  'devices list': { positionals: [], options: json },
  'devices revoke': { positionals: ['ID'], options: {} },
}

export const SYNC_GROUPS: ReadonlySet<string> = new Set(['sync', 'pair', 'devices'])

function usage(message: string): never {
  throw new CliUsageError(message)
}

function portOf(text: string | undefined, name: string): number {
  if (text === undefined) return DEFAULT_SYNC_PORT
  const port = Number(text)
  if (!/^\d+$/.test(text) || port < 1 || port > 65535) usage(`${name}: --port must be a number from 1 to 65535`)
  return port
}

/** `rest` starts with one of SYNC_GROUPS; `data` is the global --data, if given. */
export function parseSyncCommandLine(rest: readonly string[], data: string | undefined): SyncInvocation | { kind: 'help' } {
  const name = `${rest[0]} ${rest[1] ?? ''}`.trim()
  const spec = SPECS[name]
  if (spec === undefined) usage(`"${name}" needs a known subcommand`)
  const parsed = parseOptions(name, rest.slice(2), spec.options)
  const values = parsed.values as Record<string, string | boolean | undefined>
  const { positionals } = parsed
  if (values.help === true) return { kind: 'help' }
  if (positionals.length < spec.positionals.length) usage(`${name}: missing ${spec.positionals.slice(positionals.length).join(' ')}`)
  if (positionals.length > spec.positionals.length) usage(`${name}: unexpected argument "${positionals[spec.positionals.length]}"`)
  const dataDir = (values.data as string | undefined) ?? data
  const flag = (key: string) => values[key] === true
  const host = (values.host as string | undefined) ?? '0.0.0.0'
  switch (name) {
    case 'sync serve':
      return { kind: 'sync-serve', dataDir, host, port: portOf(values.port as string | undefined, name), mdns: !flag('no-mdns'), name: values.name as string | undefined }
    case 'sync now':
      return { kind: 'sync-now', dataDir, json: flag('json') }
    case 'sync folder':
      return { kind: 'sync-folder', dataDir, path: positionals[0], json: flag('json') }
    case 'sync status':
      return { kind: 'sync-status', dataDir, json: flag('json') }
    case 'sync restore-removal':
      return { kind: 'sync-restore-removal', dataDir, json: flag('json') }
    case 'pair invite': {
      const minutes = values.minutes as string | undefined
      if (minutes !== undefined && !(Number(minutes) >= 1 && Number(minutes) <= 10)) usage('pair invite: --minutes must be from 1 to 10')
      return {
        kind: 'pair-invite',
        dataDir,
        yes: flag('yes'),
        host,
        port: portOf(values.port as string | undefined, name),
        ttlMs: minutes === undefined ? undefined : Math.round(Number(minutes) * 60_000),
      }
    }
    case 'pair join':
      return { kind: 'pair-join', dataDir, code: positionals[0], yes: flag('yes') }
    case 'devices list':
      return { kind: 'devices-list', dataDir, json: flag('json') }
    case 'devices revoke':
      if (!/^[A-Z2-7]{52}$/.test(positionals[0])) usage('devices revoke: ID must be a full device id (52 characters, see `kizuna devices list`)')
      return { kind: 'devices-revoke', dataDir, deviceId: positionals[0] }
    default:
      return usage(`unknown command "${name}"`)
  }
}
