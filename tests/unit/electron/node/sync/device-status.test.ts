/**
 * Honest per-device sync status, with two real peers (SyncHosts, as the app and `kizuna sync
 * serve` run them) on 127.0.0.1: the last acknowledged round trip and how many of our changes the
 * other device is not known to hold, through an offline spell, a restart and a reconnect.
 */
import { afterEach, describe, expect, it } from 'vitest'
import { addPerson, readGraph } from '../../../../../shared/graph'
import type { PairedDeviceStatus } from '../../../../../shared/sync/sync-status'
import { openHost, pair, tempDir, type TestHost, type TestPeer } from './sync-test-helpers'

const closers: (() => Promise<void>)[] = []
afterEach(async () => {
  for (const close of closers.splice(0).reverse()) await close()
})

async function openDevice(dataDir: string, name: string, port = 0): Promise<TestHost> {
  const peer = await openHost(dataDir, name, { listen: { host: '127.0.0.1', port } })
  closers.push(peer.close)
  return peer
}

const other = (peer: TestHost): PairedDeviceStatus => {
  const [device] = peer.host.status().devices
  if (!device) throw new Error('not paired')
  return device
}
const view = (d: PairedDeviceStatus) => ({ acked: typeof d.lastSyncedAt, pending: d.pendingChanges })

describe('per-device sync status', () => {
  it('after a sync both show an acknowledged time; a write while the other is offline is pending until they meet again', async () => {
    const laptopDir = await tempDir('kizuna-laptop-')
    const phoneDir = await tempDir('kizuna-phone-')
    const laptop = await openDevice(laptopDir, 'laptop')
    let phone = await openDevice(phoneDir, 'phone')
    await pair({ service: laptop.host.service } as TestPeer, { service: phone.host.service } as TestPeer)
    const beforePairedSync = { laptop: view(other(laptop)), phone: view(other(phone)) }

    addPerson(laptop.replica.doc, { name: 'Aiko' })
    const first = await phone.host.syncNow()
    // Each side records its own acknowledgement; the laptop's can come a message after the phone's.
    await expect.poll(() => [other(laptop).pendingChanges, other(phone).pendingChanges]).toEqual([0, 0])
    const afterSync = { laptop: view(other(laptop)), phone: view(other(phone)), ok: first.devices.map((d) => d.ok) }

    // The phone goes away; the laptop writes three people meanwhile.
    const phonePort = phone.host.service.port ?? 0
    await phone.close()
    await expect.poll(() => other(laptop).connected).toBe(false)
    // Read once the session is closed: every message while in sync moves it forward.
    const ackedAt = other(laptop).lastSyncedAt ?? 0
    for (const name of ['Ren', 'Sora', 'Mei']) addPerson(laptop.replica.doc, { name })
    const whileOffline = other(laptop)

    // The laptop restarts: what it knows the phone holds survived on disk.
    await laptop.close()
    const laptopAgain = await openDevice(laptopDir, 'laptop', 0)
    const afterRestart = other(laptopAgain)

    phone = await openDevice(phoneDir, 'phone', phonePort)
    const second = await laptopAgain.host.syncNow()
    await expect.poll(() => [other(laptopAgain).pendingChanges, other(phone).pendingChanges]).toEqual([0, 0])
    expect({
      beforePairedSync,
      afterSync,
      whileOffline: { pending: (whileOffline.pendingChanges ?? 0) > 0, acked: whileOffline.lastSyncedAt === ackedAt },
      afterRestart: { pending: afterRestart.pendingChanges, acked: afterRestart.lastSyncedAt === ackedAt },
      reconnected: { ok: second.devices.map((d) => d.ok), laptop: view(other(laptopAgain)), phone: view(other(phone)), later: (other(laptopAgain).lastSyncedAt ?? 0) >= ackedAt },
      phoneHas: readGraph(phone.replica.doc)
        .people.map((p) => p.name)
        .sort(),
    }).toEqual({
      beforePairedSync: { laptop: { acked: 'object', pending: null }, phone: { acked: 'object', pending: null } },
      afterSync: { laptop: { acked: 'number', pending: 0 }, phone: { acked: 'number', pending: 0 }, ok: [true] },
      whileOffline: { pending: true, acked: true },
      afterRestart: { pending: whileOffline.pendingChanges, acked: true },
      reconnected: { ok: [true], laptop: { acked: 'number', pending: 0 }, phone: { acked: 'number', pending: 0 }, later: true },
      phoneHas: ['Aiko', 'Mei', 'Ren', 'Sora'],
    })
  })
})
