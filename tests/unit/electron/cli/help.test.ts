/**
 * `--help` on every command and subcommand prints that command's help and exits 0, before any
 * other check (so a command's required options are not asked for).
 */
import { describe, expect, it } from 'vitest'
import { parseCommandLine } from '../../../../electron/cli/parse-args'
import { usageOf } from '../../../../electron/cli/usage'
import { runHere } from './fixtures/cli-process'

const COMMANDS = [
  'init',
  'person add',
  'person list',
  'person show',
  'person delete',
  'person restore',
  'tie add',
  'tie list',
  'interaction add',
  'event add',
  'project add',
  'opportunity add',
  'today',
  'export',
  'import',
  'analyze',
  'sync serve',
  'pair invite',
  'pair join',
  'devices list',
  'devices revoke',
  'sync now',
  'sync folder',
  'sync status',
  'sync restore-removal',
]

describe('kizuna --help', () => {
  it('parses --help after every command, and -h, as that command help', () => {
    const parsed = COMMANDS.flatMap((command) => [parseCommandLine([...command.split(' '), '--help']), parseCommandLine(['--data', 'D', ...command.split(' '), '-h'])])
    expect(parsed).toEqual(
      COMMANDS.flatMap((topic) => [
        { kind: 'help', topic },
        { kind: 'help', topic },
      ]),
    )
  })

  it("each command's help names the command and only its own group", () => {
    const missing = COMMANDS.filter(
      (command) =>
        !usageOf(command)
          .split('\n')
          .some((line) => line.startsWith(`  ${command}`)),
    )
    expect(missing).toEqual([])
    expect(usageOf('interaction add')).not.toContain('person add')
  })

  it('runs `kizuna interaction add --help` without its required options, exit 0', async () => {
    const result = await runHere(['interaction', 'add', '--help'])
    expect({ code: result.code, stderr: result.stderr, names: result.stdout.includes('interaction add --kind K --person ID...') }).toEqual({ code: 0, stderr: '', names: true })
  })

  it('a group with --help shows all its subcommands', async () => {
    const result = await runHere(['person', '--help'])
    expect(['person add', 'person list', 'person show ID', 'person delete ID', 'person restore ID'].filter((c) => !result.stdout.includes(c))).toEqual([])
    expect(result.code).toBe(0)
  })
})
