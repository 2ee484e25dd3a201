import { mkdtemp, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { addPerson, encodePersonAddition, readGraph, updateStaysOutOf } from '../../../../../shared/graph'
import { nodeStoreFs, parseLogRecords, silentLogger, systemClock, VaultReplica } from '../../../../../electron/node/store'
import { appendWithoutLoading } from '../../../../../electron/node/store/vault-append'
import { readVaultIndex } from '../../../../../electron/node/store/vault-index'

const dirs: string[] = []
afterEach(async () => {
  for (const dir of dirs.splice(0)) await rm(dir, { recursive: true, force: true })
})

async function compacted(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'kizuna-append-'))
  dirs.push(dir)
  const replica = await VaultReplica.open(dir, { backups: false })
  for (let i = 0; i < 10; i++) addPerson(replica.doc, { name: `Person ${i}` })
  await replica.close()
  return dir
}

describe('appendWithoutLoading', () => {
  it('appends 70 people, each as a new client, and moves index.json forward after 64 so later appends check few records', async () => {
    const dir = await compacted()
    const context = { dir, fs: nodeStoreFs, clock: systemClock, logger: silentLogger, compactRecords: 10_000, compactBytes: 8 * 1024 * 1024 }
    const before = await readVaultIndex(nodeStoreFs, dir)
    const ids: string[] = []
    for (let i = 0; i < 70; i++) {
      const appended = await appendWithoutLoading(context, (index) => {
        const { id, update } = encodePersonAddition({ name: `Added ${i}` }, index)
        return { update, value: id }
      })
      if (appended === null) throw new Error(`append ${i} was refused`)
      ids.push(appended.value)
    }
    const log = parseLogRecords(await readFile(join(dir, 'log.bin')))
    const clients = log.records.map((record) => updateStaysOutOf(record, ['meta']).clients[0])
    const after = await readVaultIndex(nodeStoreFs, dir)
    const sizeAt64 = log.records.slice(0, 64).reduce((sum, record) => sum + 8 + record.length, 0)
    expect({
      before: before?.logBytes,
      after: after?.logBytes,
      distinct: new Set(clients).size,
      known: clients.filter((c) => before?.index.clients.includes(c)).length,
      indexed: clients.slice(0, 64).every((c) => after?.index.clients.includes(c)),
    }).toEqual({
      before: 0,
      after: sizeAt64,
      distinct: 70,
      known: 0,
      indexed: true,
    })
    const replica = await VaultReplica.open(dir, { backups: false, shortLived: true })
    const names = new Map(readGraph(replica.doc).people.map((p) => [p.id, p.name]))
    await replica.abandon()
    expect(ids.map((id) => names.get(id))).toEqual(ids.map((_, i) => `Added ${i}`))
  })

  it('leaves the vault to be loaded when the log has reached its compaction threshold', async () => {
    const dir = await compacted()
    const context = { dir, fs: nodeStoreFs, clock: systemClock, logger: silentLogger, compactRecords: 3, compactBytes: 8 * 1024 * 1024 }
    const write = (index: Parameters<typeof encodePersonAddition>[1]) => ({ update: encodePersonAddition({ name: 'X' }, index).update, value: null })
    const results = []
    for (let i = 0; i < 3; i++) results.push((await appendWithoutLoading(context, write)) !== null)
    expect(results).toEqual([true, true, false])
  })
})
