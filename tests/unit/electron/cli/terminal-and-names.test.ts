/**
 * Names are data: printed to a terminal with control characters escaped, rejected when nothing in
 * them is visible, cut without splitting an emoji; `person restore` of someone not in the trash
 * says so; export follows a symlink and writes into a FIFO instead of replacing them. Runs the
 * real command in this process on real files.
 */
import { spawn } from 'node:child_process'
import { lstat, readFile, symlink, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { cleanupsAfterEach, runHere, tempDataDir } from './fixtures/cli-process'

const { cleanups, dataDir } = cleanupsAfterEach()

async function vault(): Promise<(...args: string[]) => ReturnType<typeof runHere>> {
  const dir = await dataDir()
  expect((await runHere(['--data', dir, 'init'])).code).toBe(0)
  return (...args) => runHere(['--data', dir, ...args])
}

describe('names on a terminal', () => {
  it('escapes escape sequences and bidi overrides in list, show, delete and restore; --json keeps the name as stored', async () => {
    const kizuna = await vault()
    const name = '\u001b]0;pwned\u0007Evil\u001b[2J \u202eman'
    const id = (await kizuna('person', 'add', '--name', name)).stdout.trim()
    const outputs = [
      (await kizuna('person', 'list')).stdout,
      (await kizuna('person', 'show', id)).stdout,
      (await kizuna('person', 'delete', id)).stdout,
      (await kizuna('person', 'restore', id)).stdout,
    ]
    expect(
      outputs.map((text) => ({ raw: ['\u001b', '\u0007', '\u202e'].some((char) => text.includes(char)), shown: text.includes('\\x1b]0;pwned\\x07Evil\\x1b[2J \\u202eman') })),
    ).toEqual(Array.from({ length: 4 }, () => ({ raw: false, shown: true })))
    expect((JSON.parse((await kizuna('person', 'list', '--json')).stdout) as { name: string }[])[0].name).toBe(name)
  })

  it.each([
    ['zero-width characters', '\u200b\u200d\u2060'],
    ['a bidi override', '\u202e'],
    ['a Hangul filler', '\u3164'],
    ['combining marks alone', '\u0301\u0308'],
  ])('rejects a name of only %s with a value error', async (_what, name) => {
    const kizuna = await vault()
    const added = await kizuna('person', 'add', '--name', name)
    expect({ code: added.code, says: added.stderr.includes('must have a visible character') }).toEqual({ code: 2, says: true })
    expect((await kizuna('person', 'list', '--json')).stdout.trim()).toBe('[]')
  })

  it('`person restore` of someone not in the trash says so and exits 2', async () => {
    const kizuna = await vault()
    const id = (await kizuna('person', 'add', '--name', 'Aiko')).stdout.trim()
    expect(await kizuna('person', 'restore', id)).toEqual({ code: 2, stdout: '', stderr: `kizuna: Aiko (${id}) is not in the trash; nothing to restore\n` })
  })

  it('an imported name longer than 300 is cut between characters, never inside an emoji', async () => {
    const kizuna = await vault()
    const { dir, cleanup } = await tempDataDir('kizuna-vcf-')
    cleanups.push(cleanup)
    const file = join(dir, 'long.vcf')
    // 299 ASCII characters then emoji: a cut at 300 UTF-16 units would split the first one.
    await writeFile(file, ['BEGIN:VCARD', 'VERSION:3.0', `FN:${'a'.repeat(299)}${'👩‍👩‍👧'.repeat(20)}`, 'END:VCARD', ''].join('\r\n'))
    expect((await kizuna('import', file)).code).toBe(0)
    const [person] = JSON.parse((await kizuna('person', 'list', '--json')).stdout) as { name: string }[]
    expect({ name: person.name, wellFormed: !/\p{Cs}/u.test(person.name) }).toEqual({ name: 'a'.repeat(299), wellFormed: true })
  })
})

describe('export onto a symlink or a FIFO', () => {
  it('follows a symlink (the link stays a link) and writes into a FIFO (it stays a FIFO)', async () => {
    const kizuna = await vault()
    await kizuna('person', 'add', '--name', 'Aiko')
    const { dir, cleanup } = await tempDataDir('kizuna-export-')
    cleanups.push(cleanup)
    await writeFile(join(dir, 'real.json'), 'old')
    await symlink(join(dir, 'real.json'), join(dir, 'link.json'))
    expect((await kizuna('export', '--format', 'json', join(dir, 'link.json'))).code).toBe(0)
    expect({
      link: (await lstat(join(dir, 'link.json'))).isSymbolicLink(),
      people: (JSON.parse(await readFile(join(dir, 'real.json'), 'utf8')) as { graph: { people: unknown[] } }).graph.people.length,
    }).toEqual({ link: true, people: 1 })

    if (process.platform === 'win32') return
    const fifo = join(dir, 'pipe.csv')
    await new Promise((done) => spawn('mkfifo', [fifo]).once('exit', done))
    const reader = readFile(fifo, 'utf8')
    expect((await kizuna('export', '--format', 'csv', fifo)).code).toBe(0)
    expect({ fifo: (await lstat(fifo)).isFIFO(), csv: (await reader).includes('Aiko') }).toEqual({ fifo: true, csv: true })
  })
})
