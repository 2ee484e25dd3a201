/**
 * `person add` on a vault with a current index.json appends one record to log.bin without loading
 * the snapshot, and says and checks exactly what it says and checks with the vault loaded. Real
 * files; the command runs in-process (runHere) and as the built command (runBuilt).
 */
import { readFile, rm, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { addPerson, readGraph, setGender } from '../../../../shared/graph'
import { INDEX_FILE } from '../../../../electron/node/store/vault-index'
import { parseLogRecords, VaultReplica } from '../../../../electron/node/store'
import { runBuilt, runHere, tempDataDir } from './fixtures/cli-process'

const cleanups: (() => Promise<unknown>)[] = []
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup()
})

/** A data folder with `people` people and a hidden gender, compacted as the app leaves it. */
async function compactedVault(people = 20): Promise<{ dir: string; vault: string }> {
  const { dir, cleanup } = await tempDataDir()
  cleanups.push(cleanup)
  const vault = join(dir, 'vaults/default')
  const replica = await VaultReplica.open(vault, { backups: false })
  for (let i = 0; i < people; i++) addPerson(replica.doc, { name: `Person ${i}` }, { now: 1 })
  setGender(replica.doc, { id: 'hidden-one', label: { en: 'Hidden', ja: '非表示' }, hidden: true })
  await replica.close()
  return { dir, vault }
}

const read = (vault: string, name: string) => readFile(join(vault, name))
const logRecords = async (vault: string) => parseLogRecords(await read(vault, 'log.bin')).records.length

async function graphOf(vault: string) {
  const replica = await VaultReplica.open(vault, { backups: false, shortLived: true })
  try {
    return readGraph(replica.doc)
  } finally {
    await replica.abandon()
  }
}

describe('person add without loading the vault', () => {
  it('appends one record and leaves the snapshot and the index as they were', async () => {
    const { dir, vault } = await compactedVault()
    const before = { snapshot: await read(vault, 'snapshot.bin'), index: await read(vault, INDEX_FILE) }
    const added = await runHere(['--data', dir, 'person', 'add', '--name', '佐藤 花子', '--role', 'advisor', '--tag', 'ux', '--gender', 'woman'])
    const second = await runBuilt(['--data', dir, 'person', 'add', '--name', 'Built'])
    expect({ added: added.code, second: second.code, stderr: added.stderr + second.stderr }).toEqual({ added: 0, second: 0, stderr: '' })
    expect({ snapshot: await read(vault, 'snapshot.bin'), index: await read(vault, INDEX_FILE), records: await logRecords(vault) }).toEqual({ ...before, records: 2 })
    const graph = await graphOf(vault)
    const person = graph.people.find((p) => p.id === added.stdout.trim())
    expect({ people: graph.people.length, name: person?.name, roles: person?.roles, tags: person?.tags, gender: person?.gender }).toEqual({
      people: 22,
      name: '佐藤 花子',
      roles: ['advisor'],
      tags: ['ux'],
      gender: 'woman',
    })
  })

  it('refuses what the loaded vault refuses, from the index: a hidden gender, an unknown role; nothing written', async () => {
    const { dir, vault } = await compactedVault()
    const hidden = await runHere(['--data', dir, 'person', 'add', '--name', 'A', '--gender', 'hidden-one'])
    const role = await runHere(['--data', dir, 'person', 'add', '--name', 'B', '--role', 'boss'])
    expect({ hidden: hidden.code, role: role.code, records: await logRecords(vault) }).toEqual({ hidden: 2, role: 2, records: 0 })
    expect(hidden.stderr).toMatch(/gender "hidden-one" is not one of: .*woman/)
    expect(role.stderr).toMatch(/role "boss" is not one of/)
  })

  it('does not trust an index that a later record may contradict: a gender shown after it was written', async () => {
    const { dir, vault } = await compactedVault()
    // A holder that shows the hidden gender and stops before compacting: its record is in log.bin.
    const holder = await VaultReplica.open(vault, { backups: false })
    setGender(holder.doc, { id: 'hidden-one', label: { en: 'Hidden', ja: '非表示' }, hidden: false })
    await holder.whenFlushed()
    await holder.abandon()
    const added = await runHere(['--data', dir, 'person', 'add', '--name', 'A', '--gender', 'hidden-one'])
    expect({ code: added.code, stderr: added.stderr }).toEqual({ code: 0, stderr: '' })
    expect((await graphOf(vault)).people.find((p) => p.id === added.stdout.trim())?.gender).toBe('hidden-one')
  })

  it('loads the vault when the index is missing, damaged or names another snapshot, and leaves a current index behind', async () => {
    const { dir, vault } = await compactedVault()
    await rm(join(vault, INDEX_FILE))
    const first = await runHere(['--data', dir, 'person', 'add', '--name', 'No index'])
    const written = JSON.parse((await read(vault, INDEX_FILE)).toString('utf8')) as { logBytes: number }
    await writeFile(join(vault, INDEX_FILE), '{ not json')
    const second = await runHere(['--data', dir, 'person', 'add', '--name', 'Damaged index'])
    const stale = JSON.parse((await read(vault, INDEX_FILE)).toString('utf8')) as { snapshot: { crc: number } }
    await writeFile(join(vault, INDEX_FILE), JSON.stringify({ ...stale, snapshot: { ...stale.snapshot, crc: stale.snapshot.crc ^ 1 } }))
    const third = await runHere(['--data', dir, 'person', 'add', '--name', 'Other snapshot'])
    expect({ codes: [first.code, second.code, third.code], coveredFirst: written.logBytes > 0, records: await logRecords(vault) }).toEqual({
      codes: [0, 0, 0],
      coveredFirst: true,
      records: 3,
    })
    expect(
      (await graphOf(vault)).people
        .map((p) => p.name)
        .filter((name) => !name.startsWith('Person'))
        .sort(),
    ).toEqual(['Damaged index', 'No index', 'Other snapshot'])
  })

  it('a damaged log is left to the loading path, which reports it; the add still lands', async () => {
    const { dir, vault } = await compactedVault()
    expect((await runHere(['--data', dir, 'person', 'add', '--name', 'Before'])).code).toBe(0)
    await writeFile(join(vault, 'log.bin'), Buffer.concat([await read(vault, 'log.bin'), Buffer.from([1, 2, 3])]))
    const added = await runBuilt(['--data', dir, 'person', 'add', '--name', 'After'])
    expect({ code: added.code, warned: /damaged bytes kept aside/.test(added.stderr) }).toEqual({ code: 0, warned: true })
    expect((await graphOf(vault)).people.filter((p) => p.name === 'Before' || p.name === 'After')).toHaveLength(2)
  })
})
