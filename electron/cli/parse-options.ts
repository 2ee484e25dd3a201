/**
 * The one call of Node's `util.parseArgs` behind every command: strict, with `--data` and
 * `--help` everywhere, and a parse failure turned into a usage error naming the command.
 *
 * A value that looks like a negative number (`--birth-year -5`) is taken as the option's value, so
 * it reaches the value check and gets an error that names the option; parseArgs alone would
 * refuse it as an ambiguous option.
 */
import { parseArgs, type ParseArgsConfig } from 'node:util'
import { CliUsageError } from './cli-errors'

type Options = NonNullable<ParseArgsConfig['options']>

export interface ParsedOptions {
  values: Record<string, string | boolean | (string | boolean)[] | undefined>
  positionals: string[]
}

const NEGATIVE_NUMBER = /^-\d/

/** `--name -5` as `--name=-5` for each option that takes a value. */
function joinNegativeValues(args: readonly string[], options: Options): string[] {
  const joined: string[] = []
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]
    const next = args[i + 1]
    const option = arg.startsWith('--') ? options[arg.slice(2)] : undefined
    if (option?.type === 'string' && next !== undefined && NEGATIVE_NUMBER.test(next)) {
      joined.push(`${arg}=${next}`)
      i++
    } else joined.push(arg)
  }
  return joined
}

export function parseOptions(command: string, args: readonly string[], options: Options, allowPositionals = true): ParsedOptions {
  const all: Options = { ...options, data: { type: 'string' }, help: { type: 'boolean', short: 'h' } }
  try {
    return parseArgs({ args: joinNegativeValues(args, all), options: all, allowPositionals, strict: true })
  } catch (error) {
    throw new CliUsageError(`${command}: ${error instanceof Error ? error.message : String(error)}`)
  }
}
