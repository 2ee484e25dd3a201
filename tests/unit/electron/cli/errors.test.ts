/**
 * Each error path of each command, run in-process on real vault files: the exit status, a message
 * naming what was wrong, and a vault left exactly as it was (same graph, same state vector).
 */
import { mkdir, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import * as Y from 'yjs'
import { describe, expect, it } from 'vitest'
import { VaultReplica } from '../../../../electron/node/store'
import { runHere, tempDataDir, vaultWithAliceAndBob } from './fixtures/cli-process'

const vault = vaultWithAliceAndBob(['--name', 'Alice', '--value', 'power'], ['--name', 'Bob'])

/** The vault's full state, to show a failed command wrote nothing. */
async function vaultState(): Promise<string> {
  const replica = await VaultReplica.open(join(vault.dir, 'vaults/default'), { backups: false })
  try {
    return Buffer.from(Y.encodeStateVector(replica.doc)).toString('hex') + JSON.stringify(replica.doc.toJSON())
  } finally {
    await replica.close()
  }
}

const dataErrors: [string, () => string[], string][] = [
  ['unknown id (show)', () => ['person', 'show', 'nobody'], 'no person with id "nobody"'],
  ['unknown id (delete)', () => ['person', 'delete', 'nobody'], 'no person with id "nobody"'],
  ['unknown id (restore)', () => ['person', 'restore', 'nobody'], 'no person with id "nobody"'],
  ['invalid --value', () => ['person', 'add', '--name', 'Carol', '--value', 'fame'], 'value "fame" is not one of: self-direction'],
  ['too many values', () => ['person', 'add', '--name', 'Carol', '--value', 'power', '--value', 'security', '--value', 'tradition', '--value', 'hedonism'], 'at most 3 values'],
  ['invalid --role', () => ['person', 'add', '--name', 'Carol', '--role', 'boss'], 'role "boss" is not one of: advisor, mentee, peer, collaborator'],
  ['invalid --occupation', () => ['person', 'add', '--name', 'Carol', '--occupation', '27'], 'occupation "27" is not an ISCO-08'],
  ['invalid --industry', () => ['person', 'add', '--name', 'Carol', '--industry', 'Z'], 'industry "Z" is not one of: A, B'],
  ['invalid --birth-year', () => ['person', 'add', '--name', 'Carol', '--birth-year', 'nineteen'], 'birth year "nineteen" is not a whole number'],
  ['out-of-range --birth-year', () => ['person', 'add', '--name', 'Carol', '--birth-year', '1700'], 'birth year "1700" is not a year from 1880 to 2200'],
  ['negative --birth-year', () => ['person', 'add', '--name', 'Carol', '--birth-year', '-5'], 'birth year "-5" is not a year from 1880 to 2200'],
  ['negative --strength', () => ['tie', 'add', vault.alice, vault.bob, '--strength', '-1'], 'strength "-1" is not 1, 2 or 3'],
  ['unknown --gender', () => ['person', 'add', '--name', 'Carol', '--gender', 'robot'], 'gender "robot" is not one of: woman, man, non-binary'],
  ['empty --name', () => ['person', 'add', '--name', '  '], 'must not be empty'],
  ['tie to an unknown person', () => ['tie', 'add', vault.alice, 'nobody'], 'no person with id "nobody"'],
  ['tie to oneself', () => ['tie', 'add', vault.alice, vault.alice], 'cannot be tied to themselves'],
  ['tie to me', () => ['tie', 'add', vault.alice, 'me'], 'ties are between people'],
  ['invalid --kind', () => ['tie', 'add', vault.alice, vault.bob, '--kind', 'rival'], 'kind "rival" is not one of: work, friend, family, community, other'],
  ['invalid --strength', () => ['tie', 'add', vault.alice, vault.bob, '--strength', '5'], 'strength "5" is not 1, 2 or 3'],
]

describe('data errors exit 2 and write nothing', () => {
  it.each(dataErrors)('%s', async (_label, args, message) => {
    const before = await vaultState()
    const result = await runHere(['--data', vault.dir, ...args()])
    expect(result.code).toBe(2)
    expect(result.stdout).toBe('')
    expect(result.stderr).toContain(message)
    expect(result.stderr).not.toContain('Usage:')
    expect(await vaultState()).toBe(before)
  })

  it('a tie to a person in the trash', async () => {
    await runHere(['--data', vault.dir, 'person', 'delete', vault.bob])
    const before = await vaultState()
    const result = await runHere(['--data', vault.dir, 'tie', 'add', vault.alice, vault.bob])
    expect(result).toMatchObject({ code: 2, stderr: expect.stringContaining('is in the trash') as unknown })
    expect(await vaultState()).toBe(before)
    await runHere(['--data', vault.dir, 'person', 'restore', vault.bob])
  })

  it('a folder without a vault is not created by a command other than init', async () => {
    const { dir: empty, cleanup: done } = await tempDataDir()
    try {
      const result = await runHere(['--data', empty, 'person', 'list'])
      expect(result.code).toBe(2)
      expect(result.stderr).toContain(`there is no vault in ${empty}`)
      expect(result.stderr).toContain('init')
    } finally {
      await done()
    }
  })

  it('an unreadable store', async () => {
    const { dir: broken, cleanup: done } = await tempDataDir()
    try {
      // The vault folder is a file: the store cannot open it.
      await mkdir(join(broken, 'vaults'), { recursive: true })
      await writeFile(join(broken, 'vaults/default'), 'not a folder')
      const result = await runHere(['--data', broken, 'init'])
      expect(result.code).toBe(2)
      expect(result.stderr).toMatch(/kizuna: cannot open the vault .*vaults\/default/)
    } finally {
      await done()
    }
  })

  it('an export to a folder that does not exist leaves no file behind', async () => {
    const result = await runHere(['--data', vault.dir, 'export', '--format', 'json', join(vault.dir, 'missing/out.json')])
    expect(result.code).toBe(2)
    expect(result.stderr).toContain(`could not write ${join(vault.dir, 'missing/out.json')}`)
  })
})

describe('usage errors exit 1 with the usage', () => {
  it.each([
    [[], 'no command given'],
    [['frobnicate'], 'unknown command "frobnicate"'],
    [['person'], '"person" needs a known subcommand'],
    [['person', 'rename'], '"person rename" needs a known subcommand'],
    [['person', 'add'], '--name is required'],
    [['person', 'add', '--name'], "Option '--name <value>' argument missing"],
    [['person', 'add', '--name', 'X', '--colour', 'red'], "Unknown option '--colour'"],
    [['person', 'show'], 'person show: missing ID'],
    [['person', 'show', 'a', 'b'], 'person show: unexpected argument "b"'],
    [['tie', 'add', 'a'], 'tie add: missing ID2'],
    [['export', 'out.json'], '--format is required'],
    [['export', '--format', 'pdf', 'out.json'], 'unknown value "pdf"'],
    [['--data'], '--data needs a folder'],
    [['--colour', 'person', 'list'], 'unknown option "--colour" before the command'],
    [['person', 'list', '--json=yes'], "Option '--json' does not take an argument"],
  ])('%j', async (args, message) => {
    const result = await runHere(['--data', vault.dir, ...args].filter((_arg, i) => !(args[0] === '--data' && i < 2)))
    expect(result.code).toBe(1)
    expect(result.stdout).toBe('')
    expect(result.stderr).toContain(message)
    expect(result.stderr).toContain('Usage: kizuna')
  })

  it('accepts --data after the command and help anywhere', async () => {
    expect((await runHere(['person', 'list', '--json', '--data', vault.dir])).code).toBe(0)
    expect((await runHere(['person', 'add', '--help'])).stdout).toContain('Usage: kizuna')
    expect((await runHere(['-h'])).code).toBe(0)
  })
})
