/**
 * `kizuna consult` and `kizuna reach` as a user runs them: the built command in real child
 * processes on a vault holding the sample network (restored from a Kizuna JSON backup), with the
 * analysis day pinned by --date so the answer is the same every day.
 */
import { writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { analyzeNetwork, type ConsultResult, type ReachResult } from '../../../../shared/analysis'
import { ISIC_SECTIONS, tieIdOf, writeSnapshot } from '../../../../shared/graph'
import { exportVaultJson } from '../../../../shared/io'
import { generateSampleNetwork, SAMPLE_TODAY } from '../../../../shared/sample'
import { runBuilt, runHere, tempDataDir } from './fixtures/cli-process'

const sample = generateSampleNetwork(1)
const graph = { schemaVersion: 2, trash: [], ...sample }
const chamber = new Set(analyzeNetwork(graph, { now: Date.parse(`${SAMPLE_TODAY}T12:00:00Z`) }).echoChambers.flatMap((c) => c.memberIds))
const nameOf = new Map(sample.people.map((person) => [person.id, person.name]))
let dir = ''
let cleanup: () => Promise<void> = async () => {}
const kizuna = (...args: string[]) => runBuilt(['--data', dir, ...args])

beforeAll(async () => {
  ;({ dir, cleanup } = await tempDataDir('kizuna-consult-'))
  const doc = new Y.Doc()
  writeSnapshot(doc, { graph: { ...graph, ties: graph.ties.map((t) => ({ ...t, id: tieIdOf(t.a, t.b) })) } })
  const backup = join(dir, 'sample.json')
  await writeFile(backup, JSON.stringify(exportVaultJson(doc, new Date(`${SAMPLE_TODAY}T12:00:00Z`))))
  expect((await runHere(['--data', dir, 'init'])).code).toBe(0)
  const imported = await runHere(['--data', dir, 'import', backup, '--format', 'json'])
  expect(imported.stderr).toBe('')
  expect(imported.code).toBe(0)
}, 60_000)
afterAll(() => cleanup())

describe('kizuna consult', { timeout: 120_000 }, () => {
  it.each(['転職', 'career change'])('%s: someone outside my usual advisors and the echo chamber is first or second, the same every run', async (topic) => {
    const first = await kizuna('consult', topic, '--date', SAMPLE_TODAY, '--json')
    expect(first.stderr).toBe('')
    expect(first.code).toBe(0)
    const result = JSON.parse(first.stdout) as ConsultResult
    expect(result.topicId).toBe('career-change')
    const outsider = result.suggestions.slice(0, 2).find((s) => !result.advisorIds.includes(s.personId) && !chamber.has(s.personId))
    expect(outsider, JSON.stringify(result.suggestions.slice(0, 2))).toBeDefined()
    expect(outsider!.reasons.map((r) => r.code)).toContain('unlike-advisors')
    expect((await kizuna('consult', topic, '--date', SAMPLE_TODAY, '--json')).stdout).toBe(first.stdout)

    const text = await kizuna('consult', topic, '--date', SAMPLE_TODAY)
    expect(text.code).toBe(0)
    const line = text.stdout.split('\n').find((l) => l.includes(`(${outsider!.personId})`))
    expect(line).toContain(nameOf.get(outsider!.personId))
    expect(line).toMatch(/unlike your other advisors/)
    expect(line).toMatch(/you last spoke in|no contact logged yet/)
  })

  it('words the reasons in Japanese with --lang ja', async () => {
    const out = await kizuna('consult', '転職', '--date', SAMPLE_TODAY, '--lang', 'ja')
    expect(out.code).toBe(0)
    expect(out.stdout).toMatch(/^「転職」について相談できる人（23人のうち上位5人）：/)
    expect(out.stdout).toContain('ほかの相談相手とは違う')
    expect(out.stdout).toMatch(/最後に話したのは2025年\d+月/)
  })

  it('names the habit of asking the same few people, and says when nobody knows a topic', async () => {
    const [a, b] = sample.people.filter((p) => p.tags.includes('work'))
    for (const [who, date] of [
      [a, '2025-03-01'],
      [b, '2025-04-01'],
      [a, '2025-05-01'],
    ] as const) {
      const logged = await runHere(['--data', dir, 'interaction', 'add', '--kind', 'consulted-them', '--person', who.id, '--date', date, '--note', 'ワイン選びの相談'])
      expect(logged.code).toBe(0)
    }
    const habit = await kizuna('consult', 'ワイン', '--date', SAMPLE_TODAY)
    expect(habit.stdout).toContain(
      `In the last year you asked the same 2 people about this 3 times (${[a, b]
        .sort((x, y) => (x.id < y.id ? -1 : 1))
        .map((p) => p.name)
        .join(', ')}).`,
    )
    const nobody = await kizuna('consult', 'beekeeping', '--date', SAMPLE_TODAY)
    expect(nobody.code).toBe(0)
    expect(nobody.stdout).toMatch(/^Nobody in your network is known to know about "beekeeping" yet\./)
  })
})

describe('kizuna reach', { timeout: 120_000 }, () => {
  it('reaches a person by name through whom to ask first, and a kind of person', async () => {
    const npo = sample.people.find((p) => p.tags.includes('npo'))!
    const byName = await kizuna('reach', npo.name, '--date', SAMPLE_TODAY, '--json')
    expect(byName.code).toBe(0)
    const result = JSON.parse(byName.stdout) as ReachResult
    expect(result.target).toEqual({ kind: 'person', personId: npo.id })
    expect(result.chains.length).toBeGreaterThan(0)
    expect(result.chains.every((c) => c.personIds.at(-1) === npo.id)).toBe(true)
    const text = await kizuna('reach', npo.id, '--date', SAMPLE_TODAY)
    expect(text.stdout.split('\n')[0]).toBe(`How to reach ${npo.name} (best first):`)

    const kind = await kizuna('reach', '--field', 'q', '--age-band', '50s', '--date', SAMPLE_TODAY, '--lang', 'ja')
    expect(kind.code).toBe(0)
    expect(kind.stdout.split('\n')[0]).toBe(`${ISIC_SECTIONS.find((s) => s.id === 'Q')!.label.ja}・50代へのたどり方（よい順）：`)
  })

  it('says when there is no path, when nobody is of that kind, and when nobody has that name', async () => {
    const added = await runHere(['--data', dir, 'person', 'add', '--name', 'Hermit Crab'])
    expect(added.code).toBe(0)
    const alone = await kizuna('reach', 'Hermit Crab', '--date', SAMPLE_TODAY)
    expect(alone).toMatchObject({ code: 0, stdout: 'There is no chain of people you know that leads to Hermit Crab. Recording who knows whom may open one.\n' })
    const none = await kizuna('reach', '--field', 'B', '--date', SAMPLE_TODAY)
    expect(none.stdout).toBe('No one in your network fits "someone in mining and quarrying" yet.\n')
    const unknown = await kizuna('reach', 'Nobody Atall')
    expect(unknown).toMatchObject({ code: 2, stderr: 'kizuna: no person with the id or name "Nobody Atall"\n' })
  })

  it('refuses a bad command line with exit 1, and shows its help', async () => {
    expect((await kizuna('consult')).code).toBe(1)
    expect((await kizuna('reach', '--field', 'Z')).stderr).toContain('--field "Z" is not an ISIC Rev.4 section')
    expect((await kizuna('reach', 'x', '--field', 'Q')).stderr).toContain('give a PERSON or --field/--age-band, not both')
    expect((await kizuna('consult', 'x', '--date', '2025-02-30')).stderr).toContain('--date must be a date YYYY-MM-DD')
    const help = await kizuna('reach', '--help')
    expect(help.stdout).toContain('reach PERSON | --field ISIC | --age-band B')
  })
})
