/**
 * Another device trashes 80% of the people in one change (a bulk action, or edits made while apart
 * that arrive as one step 2), over a real socket. The holder keeps a backup first, names the
 * device, and one action restores everything.
 */
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { addPerson, deletePerson, readGraph } from '../../../../../shared/graph'
import type { SyncStatus } from '../../../../../shared/sync/sync-status'
import { silentLogger, VaultReplica } from '../../../../../electron/node/store'
import { SyncHost } from '../../../../../electron/node/sync'
import { openPeer, pair, tempDir, type TestPeer } from './sync-test-helpers'

const closers: (() => Promise<void>)[] = []
afterEach(async () => {
  for (const close of closers.splice(0).reverse()) await close()
})

const names = (doc: VaultReplica['doc']): string[] => readGraph(doc).people.map((p) => p.name).sort()

describe('a remote change that removes most people', () => {
  it('trashing 80% of the people keeps a backup, names the device, and one action restores them', async () => {
    const dataDir = await tempDir('kizuna-holder-')
    const replica = await VaultReplica.open(join(dataDir, 'vaults', 'default'), { log: silentLogger, backups: false })
    const host = await SyncHost.open({ dataDir, replica, deviceName: 'laptop', listen: { host: '127.0.0.1', port: 0 }, listenWhen: 'always', reconnectMs: null, timeoutMs: 5000, advertisedHost: '127.0.0.1' })
    await host.start()
    closers.push(() => replica.close(), () => host.dispose())
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
    const status = await reported
    const afterRemoval = names(replica.doc)
    const backups = (await replica.listBackups()).map((b) => b.id)
    const restored = await host.run({ name: 'sync.restore-removal' })
    await expect.poll(() => names(phone.replica.doc).length, { timeout: 10_000 }).toBe(10)
    expect({
      removal: { device: status.lastRemoteRemoval?.deviceName, removed: status.lastRemoteRemoval?.removed, of: status.lastRemoteRemoval?.of, backupKept: backups.includes(status.lastRemoteRemoval?.backupId ?? '') },
      afterRemoval,
      holder: names(replica.doc).length,
      cleared: host.status().lastRemoteRemoval,
      restoredReport: typeof restored === 'object' && restored !== null && 'keptAs' in restored,
    }).toEqual({ removal: { device: 'phone', removed: 8, of: 10, backupKept: true }, afterRemoval: ['Person 8', 'Person 9'], holder: 10, cleared: null, restoredReport: true })
  })
})
