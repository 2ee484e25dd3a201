/**
 * The workflow commands (`interaction add`, `event add`, `project add`, `opportunity add`,
 * `today`) run in-process on real vault files: what they write, their exit statuses (1 usage,
 * 2 data), that a failed command writes nothing, and the same commands through the control socket
 * of a process that holds the vault.
 */
import { join } from 'node:path'
import * as Y from 'yjs'
import { afterEach, describe, expect, it } from 'vitest'
import { startControlServer, type ControlServer } from '../../../../electron/node/control'
import { VaultReplica } from '../../../../electron/node/store'
import { VaultHost } from '../../../../electron/node/vault-host'
import { readGraph } from '../../../../shared/graph'
import type { TodayItem } from '../../../../shared/workflow'
import { runHere, vaultWithAliceAndBob } from './fixtures/cli-process'

const vault = vaultWithAliceAndBob(['--name', 'Alice Sato', '--role', 'advisor'], ['--name', 'Bob Tanaka', '--industry', 'Q'])

const kizuna = (...args: string[]) => runHere(['--data', vault.dir, ...args])

async function vaultState(): Promise<string> {
  const replica = await VaultReplica.open(join(vault.dir, 'vaults/default'), { backups: false })
  try {
    return Buffer.from(Y.encodeStateVector(replica.doc)).toString('hex')
  } finally {
    await replica.close()
  }
}

async function graph() {
  const replica = await VaultReplica.open(join(vault.dir, 'vaults/default'), { backups: false })
  try {
    return readGraph(replica.doc)
  } finally {
    await replica.close()
  }
}

describe('kizuna workflow commands', () => {
  it('logs an interaction, an event with new people, a project and an opportunity; today lists the follow-ups', async () => {
    const logged = await kizuna('interaction', 'add', '--kind', 'consulted-them', '--person', vault.alice, '--date', '2025-03-01', '--note', 'job change')
    expect(logged).toMatchObject({ code: 0, stderr: '' })
    const event = await kizuna(
      'event',
      'add',
      '--name',
      'UX Tokyo',
      '--date',
      '2025-03-28',
      '--kind',
      'meetup',
      '--where',
      'Shibuya',
      '--met',
      'Chika Mori:research methods',
      '--met',
      'Dan Ito',
    )
    expect(event).toMatchObject({ code: 0, stderr: '' })
    const project = await kizuna(
      'project',
      'add',
      '--name',
      'Launch',
      '--member',
      vault.alice,
      '--member',
      vault.bob,
      '--deadline',
      '2025-05-01',
      '--finished',
      '2025-04-28',
      '--chores',
      'yes',
      '--learned',
      'ship small',
    )
    expect(project.code).toBe(0)
    const opportunity = await kizuna(
      'opportunity',
      'add',
      '--title',
      'Data platform',
      '--date',
      '2025-04-01',
      '--kind',
      'collaboration',
      '--via',
      vault.alice,
      '--via',
      vault.bob,
      '--field',
      'q',
    )
    expect(opportunity.code).toBe(0)

    const g = await graph()
    const met = g.people
      .filter((p) => p.howWeMet.where === 'Shibuya')
      .map((p) => [p.name, p.howWeMet.when])
      .sort()
    expect(met).toEqual([
      ['Chika Mori', '2025-03-28'],
      ['Dan Ito', '2025-03-28'],
    ])
    expect(g.interactions.map((i) => [i.id, i.kind, i.personIds, i.date, i.note])).toEqual([[logged.stdout.trim(), 'consulted-them', [vault.alice], '2025-03-01', 'job change']])
    expect(g.events[0].met.map((m) => [g.people.find((p) => p.id === m.personId)?.name, m.exchange, m.followUp]).sort()).toEqual([
      ['Chika Mori', 'research methods', true],
      ['Dan Ito', '', true],
    ])
    expect(g.projects.map((p) => [p.name, p.memberIds, p.finishedAt, p.tookUnownedChores, p.learned])).toEqual([
      ['Launch', [vault.alice, vault.bob].sort(), '2025-04-28', true, 'ship small'],
    ])
    expect(g.opportunities.map((o) => [o.title, o.viaPersonIds, o.field])).toEqual([['Data platform', [vault.alice, vault.bob], 'Q']])

    const today = await kizuna('today', '--date', '2025-03-30', '--json')
    expect(today.code).toBe(0)
    const { date, items } = JSON.parse(today.stdout) as { date: string; items: TodayItem[] }
    expect([date, items.map((i) => [i.kind, i.name, i.dueOn, i.daysOverdue])]).toEqual([
      '2025-03-30',
      [
        ['follow-up', 'Chika Mori', '2025-03-30', 0],
        ['follow-up', 'Dan Ito', '2025-03-30', 0],
      ],
    ])
    expect((await kizuna('today', '--date', '2025-03-30')).stdout).toMatch(/follow-up\s+Chika Mori\s+due today/)
    expect((await kizuna('today', '--date', '2025-03-29')).stdout).toBe('Nothing due on 2025-03-29.\n')
  })

  const usageErrors: [string, string[], string][] = [
    ['interaction without people', ['interaction', 'add', '--kind', 'call'], 'name at least one --person'],
    ['interaction without kind', ['interaction', 'add', '--person', 'x'], '--kind is required'],
    ['event without date', ['event', 'add', '--name', 'X'], '--date is required'],
    ['bad --met', ['event', 'add', '--name', 'X', '--date', '2025-01-01', '--met', ':only exchange'], 'needs a name'],
    ['bad --chores', ['project', 'add', '--name', 'X', '--chores', 'maybe'], 'yes or no'],
    ['unknown subcommand', ['project', 'remove'], 'needs a known subcommand'],
    ['unknown option', ['today', '--soon'], "Unknown option '--soon'"],
  ]
  it.each(usageErrors)('exits 1 on a usage error: %s', async (_what, args, message) => {
    const before = await vaultState()
    const outcome = await kizuna(...args)
    expect(outcome.code).toBe(1)
    expect(outcome.stderr).toContain(message)
    expect(await vaultState()).toBe(before)
  })

  const dataErrors: [string, () => string[], string][] = [
    ['unknown kind', () => ['interaction', 'add', '--kind', 'gossip', '--person', vault.alice], 'kind "gossip" is not one of'],
    ['unknown person', () => ['interaction', 'add', '--kind', 'call', '--person', vault.alice, '--person', 'nobody'], 'nobody'],
    ['bad date', () => ['interaction', 'add', '--kind', 'call', '--person', vault.alice, '--date', '2025-02-30'], 'date'],
    ['bad event kind', () => ['event', 'add', '--name', 'X', '--date', '2025-01-01', '--kind', 'party', '--met', 'Eve'], 'kind "party"'],
    ['unknown member', () => ['project', 'add', '--name', 'X', '--member', 'nobody'], 'nobody'],
    ['unknown field', () => ['opportunity', 'add', '--title', 'X', '--date', '2025-01-01', '--field', 'ZZ'], 'field "ZZ"'],
    ['bad today date', () => ['today', '--date', 'soon'], 'not a calendar date'],
  ]
  it.each(dataErrors)('exits 2 and writes nothing on a data error: %s', async (_what, args, message) => {
    const before = await vaultState()
    const outcome = await kizuna(...args())
    expect(outcome.code).toBe(2)
    expect(outcome.stderr).toContain(message)
    expect(await vaultState()).toBe(before)
  })
})

describe('kizuna workflow commands through the control socket', () => {
  let host: VaultHost | null = null
  let control: ControlServer | null = null
  afterEach(async () => {
    await control?.close()
    await host?.close()
  })

  it('writes into the holder\u2019s replica and reads Today from it', async () => {
    control = await startControlServer({ dataDir: vault.dir, resolveVault: (name) => host!.openedReplica(name) })
    host = new VaultHost(join(vault.dir, 'vaults'), { onStatus: () => undefined, controlSocket: control.path })
    const { replica } = await host.open('default')
    const logged = await kizuna('interaction', 'add', '--kind', 'helped-them', '--person', vault.bob, '--date', '2025-04-02')
    expect(logged).toMatchObject({ code: 0, stderr: '' })
    expect(readGraph(replica.doc).interactions.find((i) => i.id === logged.stdout.trim())?.kind).toBe('helped-them')
    const bad = await kizuna('project', 'add', '--name', 'X', '--member', 'nobody')
    expect(bad.code).toBe(2)
    const today = JSON.parse((await kizuna('today', '--date', '2025-03-30', '--json')).stdout) as { items: TodayItem[] }
    expect(today.items.map((i) => i.name)).toEqual(['Chika Mori', 'Dan Ito'])
  })
})
