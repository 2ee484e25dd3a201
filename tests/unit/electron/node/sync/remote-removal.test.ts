/**
 * Another device trashes 80% of the people in one change (a bulk action, or edits made while apart
 * that arrive as one step 2), over a real socket. The holder keeps a backup first, names the
 * device, and one action restores everything.
 */
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { addPerson, deletePerson, readGraph } from '../../../../../shared/graph'
import type { SyncStatus } from '../../../../../shared/sync/sync-status'
import type { VaultReplica } from '../../../../../electron/node/store'
import { runHere } from '../../cli/fixtures/cli-process'
import { openHost, openPeer, pair, tempDir, type TestHost, type TestPeer } from './sync-test-helpers'

const closers: (() => Promise<void>)[] = []
afterEach(async () => {
  for (const close of closers.splice(0).reverse()) await close()
})

const names = (doc: VaultReplica['doc']): string[] =>
  readGraph(doc)
    .people.map((p) => p.name)
    .sort()

async function openHolder(dataDir: string): Promise<TestHost> {
  const holder = await openHost(dataDir, 'laptop')
  closers.push(holder.close)
  return holder
}

/** A paired phone that trashes 8 of the holder's 10 people in one change; resolves with the holder's status once it reported it. */
async function removeEightOfTen(holder: TestHost): Promise<{ phone: TestPeer; status: SyncStatus }> {
  const { replica, host } = holder
  const phone: TestPeer = await openPeer('phone')
  closers.push(() => phone.close())
  await pair({ service: host.service } as TestPeer, phone)
  const ids = Array.from({ length: 10 }, (_, i) => addPerson(replica.doc, { name: `Person ${i}` }))
  const session = await phone.service.connect({ host: '127.0.0.1', port: host.service.port ?? 0 })
  await session.whenSynced()
  const reported = new Promise<SyncStatus>((resolve) => host.onDidChange((status) => status.lastRemoteRemoval && resolve(status)))
  phone.replica.doc.transact(() => {
    for (const id of ids.slice(0, 8)) deletePerson(phone.replica.doc, id)
  })
  return { phone, status: await reported }
}

describe('a remote change that removes most people', () => {
  it('trashing 80% of the people keeps a backup, names the device, and one action restores them', async () => {
    const dataDir = await tempDir('kizuna-holder-')
    const holder = await openHolder(dataDir)
    const { replica, host } = holder
    const { phone, status } = await removeEightOfTen(holder)
    const afterRemoval = names(replica.doc)
    const backups = (await replica.listBackups()).map((b) => b.id)
    const restored = await host.run({ name: 'sync.restore-removal' })
    await expect.poll(() => names(phone.replica.doc).length, { timeout: 10_000 }).toBe(10)
    expect({
      removal: {
        device: status.lastRemoteRemoval?.deviceName,
        removed: status.lastRemoteRemoval?.removed,
        of: status.lastRemoteRemoval?.of,
        backupKept: backups.includes(status.lastRemoteRemoval?.backupId ?? ''),
      },
      afterRemoval,
      holder: names(replica.doc).length,
      cleared: host.status().lastRemoteRemoval,
      restoredReport: typeof restored === 'object' && restored !== null && 'keptAs' in restored,
    }).toEqual({ removal: { device: 'phone', removed: 8, of: 10, backupKept: true }, afterRemoval: ['Person 8', 'Person 9'], holder: 10, cleared: null, restoredReport: true })
  })

  it('the notice outlives a restart, and `kizuna sync restore-removal` restores it with no app running', async () => {
    const dataDir = await tempDir('kizuna-holder-')
    const holder = await openHolder(dataDir)
    const { status } = await removeEightOfTen(holder)
    await expect.poll(() => readFile(join(dataDir, 'sync', 'host.json'), 'utf8')).toContain(status.lastRemoteRemoval?.backupId ?? 'no backup')
    await holder.close()

    const reopened = await openHolder(dataDir)
    const afterRestart = reopened.host.status().lastRemoteRemoval
    await reopened.close()
    const restored = await runHere(['--data', dataDir, 'sync', 'restore-removal'])
    const again = await runHere(['--data', dataDir, 'sync', 'restore-removal'])
    const final = await openHolder(dataDir)
    expect({
      afterRestart,
      restored: { code: restored.code, first: restored.stdout.split('\n')[0] },
      again: { code: again.code, err: again.stderr.trim() },
      people: names(final.replica.doc).length,
      notice: final.host.status().lastRemoteRemoval,
    }).toEqual({
      afterRestart: status.lastRemoteRemoval,
      restored: { code: 0, first: expect.stringMatching(/^Restored the state from before phone removed 8 of 10 people at \d{4}-\d\d-\d\d \d\d:\d\d:\d\d\.$/) as unknown },
      again: { code: 2, err: 'kizuna: no change from another device removed most people here; nothing to restore (see `kizuna sync status`)' },
      people: 10,
      notice: null,
    })
  })

  it('dismissing keeps the change and clears the notice for good', async () => {
    const dataDir = await tempDir('kizuna-holder-')
    const holder = await openHolder(dataDir)
    await removeEightOfTen(holder)
    const dismissed = (await holder.host.run({ name: 'sync.dismiss-removal' })) as SyncStatus
    await holder.close()
    const reopened = await openHolder(dataDir)
    expect({ dismissed: dismissed.lastRemoteRemoval, afterRestart: reopened.host.status().lastRemoteRemoval, people: names(reopened.replica.doc) }).toEqual({
      dismissed: null,
      afterRestart: null,
      people: ['Person 8', 'Person 9'],
    })
  })
})
