/**
 * The built command from a shell, in a fresh folder: every command once, exit statuses, and the
 * JSON export file, which must parse as the documented format and import back to the same graph.
 */
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import * as Y from 'yjs'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { readGraph, type Person, type Tie } from '../../../../shared/graph'
import { importVaultJson, parseVaultJson } from '../../../../shared/io/kizuna-json'
import { runBuilt, tempDataDir } from './fixtures/cli-process'

let dir: string
let cleanup: () => Promise<void>
beforeAll(async () => ({ dir, cleanup } = await tempDataDir()))
afterAll(() => cleanup())

const kizuna = (...args: string[]) => runBuilt(['--data', dir, ...args])

describe('the built kizuna command, round trip from a fresh folder', () => {
  it('init, add, link, list, show, delete, restore, export, analyze', async () => {
    expect(await kizuna('init')).toMatchObject({ code: 0, stdout: `Created an empty vault in ${join(dir, 'vaults/default')}.\n` })
    expect((await kizuna('init')).stdout).toContain('already exists')

    const hanako = await kizuna(
      'person',
      'add',
      '--name',
      'Hanako Sato',
      '--reading',
      'さとう はなこ',
      '--role',
      'advisor',
      '--role',
      'peer',
      '--occupation',
      '25',
      '--industry',
      'J',
      '--value',
      'achievement',
      '--value',
      'power',
      '--birth-year',
      '1985',
      '--gender',
      'woman',
      '--tag',
      'ux',
      '--tag',
      'tokyo',
    )
    expect(hanako).toMatchObject({ code: 0, stderr: '' })
    const a = hanako.stdout.trim()
    expect(a).toMatch(/^[0-9a-f-]{36}$/)
    const b = (await kizuna('person', 'add', '--name', 'Ben Okafor')).stdout.trim()

    expect(await kizuna('tie', 'add', a, b, '--kind', 'work', '--strength', '2')).toMatchObject({ code: 0 })
    const ties = JSON.parse((await kizuna('tie', 'list', '--json')).stdout) as Tie[]
    expect(ties).toEqual([{ id: [a, b].sort().join(':'), a: [a, b].sort()[0], b: [a, b].sort()[1], kind: 'work', strength: 2, since: null, notes: '' }])
    expect((await kizuna('tie', 'list')).stdout).toMatch(/(Hanako Sato\s+Ben Okafor|Ben Okafor\s+Hanako Sato)\s+work\s+2/)

    const shown = JSON.parse((await kizuna('person', 'show', a, '--json')).stdout) as Person
    expect(shown).toMatchObject({
      id: a,
      name: 'Hanako Sato',
      reading: 'さとう はなこ',
      roles: ['advisor', 'peer'],
      occupation: { major: '2', subMajor: '25' },
      industry: 'J',
      values: ['achievement', 'power'],
      birthYear: 1985,
      gender: 'woman',
      tags: ['tokyo', 'ux'],
      deletedAt: null,
    })
    expect((await kizuna('person', 'show', a)).stdout).toContain('occupation  25 Information and communications technology professionals')
    expect((await kizuna('person', 'list')).stdout).toMatch(/Hanako Sato \(さとう はなこ\)\s+advisor, peer\s+tokyo, ux/)

    expect(await kizuna('person', 'delete', b)).toMatchObject({ code: 0, stdout: `Moved Ben Okafor (${b}) to the trash.\n` })
    expect(JSON.parse((await kizuna('tie', 'list', '--json')).stdout)).toEqual([])
    expect((JSON.parse((await kizuna('person', 'list', '--trash', '--json')).stdout) as Person[]).map((p) => p.id)).toEqual([b])
    expect(await kizuna('person', 'restore', b)).toMatchObject({ code: 0, stdout: `Restored Ben Okafor (${b}).\n` })
    expect(JSON.parse((await kizuna('tie', 'list', '--json')).stdout)).toEqual(ties)

    const file = join(dir, 'export.json')
    expect(await kizuna('export', '--format', 'json', file)).toMatchObject({ code: 0, stdout: `Exported 2 people, 1 ties and 0 in the trash to ${file}.\n` })
    const parsed = parseVaultJson(await readFile(file, 'utf8'))
    expect(parsed.graph.people.map((p) => p.name).sort()).toEqual(['Ben Okafor', 'Hanako Sato'])
    const imported = new Y.Doc()
    importVaultJson(imported, parsed)
    const listed = JSON.parse((await kizuna('person', 'list', '--json')).stdout) as Person[]
    expect(readGraph(imported).people).toEqual(listed)
    // "-" writes the same document to stdout.
    expect(JSON.parse((await kizuna('export', '--format', 'json', '-')).stdout)).toMatchObject({ format: 'kizuna', version: 1 })

    const report = await kizuna('analyze')
    expect(report.code).toBe(0)
    expect(report.stdout).toContain('Network: 2 people, 1 ties')
    expect(report.stdout).toContain('Advisors (1): Hanako Sato')
    const json = JSON.parse((await kizuna('analyze', '--json')).stdout) as { parameters: { people: number }; advisors: { ids: string[] } }
    expect(json).toMatchObject({ parameters: { people: 2 }, advisors: { ids: [a] } })
  })

  it('prints help and the version', async () => {
    expect(await runBuilt(['help'])).toMatchObject({ code: 0, stdout: expect.stringContaining('Usage: kizuna') as unknown })
    const pkg = JSON.parse(await readFile(join(import.meta.dirname, '../../../../package.json'), 'utf8')) as { version: string }
    expect(await runBuilt(['--version'])).toEqual({ code: 0, stdout: `${pkg.version}\n`, stderr: '' })
  })

  it('exits 1 on usage errors and 2 on data errors, with a message', async () => {
    const noCommand = await runBuilt([])
    expect(noCommand.code).toBe(1)
    expect(noCommand.stderr).toContain('kizuna: no command given')
    expect(noCommand.stderr).toContain('Usage: kizuna')
    expect((await kizuna('person', 'add', '--nme', 'x')).code).toBe(1)
    const unknown = await kizuna('person', 'show', 'no-such-id')
    expect(unknown).toMatchObject({ code: 2, stdout: '', stderr: 'kizuna: no person with id "no-such-id"\n' })
  })

  it('works on KIZUNA_DATA_DIR when no --data is given', async () => {
    const listed = await runBuilt(['person', 'list', '--json'], { KIZUNA_DATA_DIR: dir })
    expect((JSON.parse(listed.stdout) as Person[]).length).toBe(2)
  })
})
