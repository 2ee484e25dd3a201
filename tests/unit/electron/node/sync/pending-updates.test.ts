/**
 * Updates whose dependencies never arrive are not kept forever. A paired device turned hostile
 * sends, over a real socket on 127.0.0.1, changes to a person the holder never received: Yjs
 * keeps them pending. Past a size limit they are dropped at once; below it, once they waited
 * past the age limit (injected clock). The status names the device; the next session with a
 * device that has the missing change asks for it again, and everything applies.
 */
import { afterEach, describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { addPerson, readGraph, updatePerson } from '../../../../../shared/graph'
import { encodeEnvelope, encodeUpdateMessage } from '../../../../../shared/sync'
import type { VaultReplica } from '../../../../../electron/node/store'
import { connectChannel, type PeerChannel } from '../../../../../electron/node/sync/peer-channel'
import { openHost, openPeer, pair, tempDir, type TestPeer } from './sync-test-helpers'

const closers: (() => Promise<void>)[] = []
afterEach(async () => {
  for (const close of closers.splice(0).reverse()) await close()
})

const LIMITS = { maxBytes: 4096, maxAgeMs: 60_000 }

async function openHolder(clock: { now: number }) {
  const holder = await openHost(await tempDir('kizuna-holder-'), 'laptop', { now: () => clock.now, pendingLimits: LIMITS })
  closers.push(holder.close)
  return { ...holder, port: holder.host.service.port ?? 0 }
}

async function peer(name: string): Promise<TestPeer> {
  const opened = await openPeer(name)
  closers.push(() => opened.close())
  return opened
}

/** A history the holder only ever gets the second half of: Aiko added, then edited `edits` times. */
function brokenHistory(edits: number, noteLength: number) {
  const source = new Y.Doc()
  const id = addPerson(source, { name: 'Aiko' })
  const added = Y.encodeStateVector(source)
  for (let i = 0; i < edits; i++) updatePerson(source, id, { name: `Aiko ${i}`, notes: `${i}`.padEnd(noteLength, '.') })
  return { source, withoutAdd: Y.encodeStateAsUpdate(source, added) }
}

/** Mallory's own TLS identity, but no sync session of ours on its side: it sends what it likes and ignores the answers. */
async function hostileChannel(mallory: TestPeer, port: number): Promise<PeerChannel> {
  const channel = await connectChannel(mallory.service.identity, { host: '127.0.0.1', port })
  channel.trust()
  channel.setHandler(() => undefined)
  closers.push(() => Promise.resolve(channel.close()))
  return channel
}

const sendUpdate = (channel: PeerChannel, update: Uint8Array): void => channel.send(encodeEnvelope('sync', encodeUpdateMessage(update)))

const pendingBytes = (replica: VaultReplica): number => (replica.doc.store.pendingStructs?.update.byteLength ?? 0) + (replica.doc.store.pendingDs?.byteLength ?? 0)

describe('updates whose dependencies never arrive', () => {
  it('a hostile peer sending edits of a person we never got: kept while small and young, dropped once they waited past the age limit, then fetched again from a device that has them', async () => {
    const clock = { now: 1_000_000 }
    const holder = await openHolder(clock)
    const mallory = await peer('mallory')
    const phone = await peer('phone')
    await pair({ service: holder.host.service } as TestPeer, mallory)
    await pair({ service: holder.host.service } as TestPeer, phone)
    const { source, withoutAdd } = brokenHistory(3, 20)

    const channel = await hostileChannel(mallory, holder.port)
    sendUpdate(channel, withoutAdd)
    await expect.poll(() => pendingBytes(holder.replica)).toBeGreaterThan(0)
    clock.now += LIMITS.maxAgeMs - 1
    holder.host.service.checkPending()
    const keptWhileYoung = pendingBytes(holder.replica) > 0
    clock.now += 1
    holder.host.service.checkPending() // what the sweep timer does
    const dropped = holder.host.status().lastDroppedUpdates

    // The phone has the whole history; the next session asks for what is missing from the first missing clock on.
    await phone.replica.applyUpdate(Y.encodeStateAsUpdate(source))
    const phoneSession = await phone.service.connect({ host: '127.0.0.1', port: holder.port })
    await phoneSession.whenSynced()
    expect({
      keptWhileYoung,
      dropped: dropped && { device: dropped.deviceName, reason: dropped.reason, bytes: dropped.bytes > 0 },
      pendingAfter: pendingBytes(holder.replica),
      people: readGraph(holder.replica.doc).people.map((p) => p.name),
    }).toEqual({ keptWhileYoung: true, dropped: { device: 'mallory', reason: 'age', bytes: true }, pendingAfter: 0, people: ['Aiko 2'] })
  })

  it('a flood of such edits past the size limit is dropped at once, and sync with the flooder goes on', async () => {
    const clock = { now: 1_000_000 }
    const holder = await openHolder(clock)
    const mallory = await peer('mallory')
    await pair({ service: holder.host.service } as TestPeer, mallory)
    const channel = await hostileChannel(mallory, holder.port)

    const held: number[] = []
    holder.replica.doc.on('afterTransaction', () => held.push(pendingBytes(holder.replica)))
    for (let i = 0; i < 20; i++) sendUpdate(channel, brokenHistory(2, 400).withoutAdd)
    await expect.poll(() => holder.host.status().lastDroppedUpdates?.reason, { timeout: 20_000 }).toBe('size')
    const honest = new Y.Doc()
    addPerson(honest, { name: 'Honest change' })
    sendUpdate(channel, Y.encodeStateAsUpdate(honest))
    await expect.poll(() => readGraph(holder.replica.doc).people.map((p) => p.name), { timeout: 20_000 }).toEqual(['Honest change'])
    expect({
      maxHeld: Math.max(...held) <= LIMITS.maxBytes + 1024,
      everHeld: Math.max(...held) > 0,
      device: holder.host.status().lastDroppedUpdates?.deviceName,
      connected: channel.isOpen,
    }).toEqual({ maxHeld: true, everHeld: true, device: 'mallory', connected: true })
  })
})
