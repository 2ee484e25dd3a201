/**
 * A revoked device (b, "the thief") tries to stay in: with its old key, its own device key, forged
 * membership entries, a device that has not heard of the revocation, and an accomplice it vouches
 * for. Real files in a real sync folder and real TLS sockets on 127.0.0.1.
 */
import { createPublicKey } from 'node:crypto'
import { readdir, readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { addPerson, deletePerson, readGraph } from '../../../../../shared/graph'
import { encodeJsonEnvelope } from '../../../../../shared/sync'
import { loadOrCreateDeviceIdentity, type DeviceIdentity, type SyncEvent } from '../../../../../electron/node/sync'
import { openFolderFile, readFolderHeader, sealFolderFile } from '../../../../../electron/node/sync/folder-file'
import { signEntry, type LogEntry } from '../../../../../electron/node/sync/membership-log'
import { connectChannel } from '../../../../../electron/node/sync/peer-channel'
import { pair, peersClosedAfterEach, tempDir, type TestPeer } from './sync-test-helpers'

const open = peersClosedAfterEach()

const names = (peer: TestPeer | Y.Doc): string[] =>
  readGraph(peer instanceof Y.Doc ? peer : peer.replica.doc)
    .people.map((p) => p.name)
    .sort()
const identityOf = (peer: TestPeer): Promise<DeviceIdentity> => loadOrCreateDeviceIdentity(join(peer.dir, 'sync'))
const idOf = (peer: TestPeer): string => peer.service.identity.deviceId
const nextEvent = (peer: TestPeer, match: (event: SyncEvent) => boolean): Promise<SyncEvent> =>
  new Promise((resolve) => {
    const off = peer.service.onDidChange((event) => {
      if (match(event)) {
        off()
        resolve(event)
      }
    })
  })

/** a, b (the thief) and c paired; everyone has "Before" and has done one folder round. */
async function group() {
  const [a, b, c] = [await open('a'), await open('b'), await open('c')]
  await pair(a, b)
  await pair(a, c)
  const folder = await tempDir('kizuna-shared-folder-')
  addPerson(a.replica.doc, { name: 'Before' })
  for (const peer of [a, b, c, a]) await peer.service.syncFolder(folder)
  return { a, b, c, folder, thief: await identityOf(b), oldKeys: [...b.service.state.keys] }
}

/** Everything the thief can decrypt in the folder with the keys it holds, applied to a fresh doc. */
async function whatTheThiefReads(folder: string, keys: TestPeer['service']['state']['keys'], spkiOf: (id: string) => Uint8Array | null): Promise<string[]> {
  const doc = new Y.Doc()
  for (const writer of await readdir(folder)) {
    for (const name of await readdir(join(folder, writer))) {
      if (!name.endsWith('.kzs')) continue
      const bytes = await readFile(join(folder, writer, name))
      const head = readFolderHeader(bytes)
      if (head.status !== 'ok') continue
      const opened = openFolderFile(bytes, head.header, keys, spkiOf(head.header.writerId) ?? new Uint8Array())
      if (opened.status === 'ok') Y.applyUpdate(doc, opened.payload)
    }
  }
  return names(doc)
}

describe('a revoked device in the sync folder', () => {
  it("its files sealed with the old key, in its own subfolder or planted in another device's, are ignored; nothing is applied", async () => {
    const { a, b, c, folder, thief, oldKeys } = await group()
    await a.service.revoke(idOf(b))
    await a.service.syncFolder(folder)
    // The thief deletes everyone and adds its own person, sealed with the key it still has.
    const before = Y.encodeStateVector(b.replica.doc)
    for (const person of readGraph(b.replica.doc).people) deletePerson(b.replica.doc, person.id)
    addPerson(b.replica.doc, { name: 'Planted' })
    const update = Y.encodeStateAsUpdate(b.replica.doc, before)
    const oldKey = oldKeys[0]
    await writeFile(join(folder, idOf(b), '0000000050.kzs'), sealFolderFile(update, 'updates', oldKey, thief))
    await writeFile(join(folder, idOf(a), '0000000050.kzs'), sealFolderFile(update, 'updates', oldKey, thief))
    // Naming a as the writer does not help: the signature is the thief's.
    await writeFile(join(folder, idOf(a), '0000000051.kzs'), sealFolderFile(update, 'updates', oldKey, { deviceId: idOf(a), keyPem: thief.keyPem }))
    const [onC, onA] = [await c.service.syncFolder(folder), await a.service.syncFolder(folder)]
    const reasons = (report: typeof onC) =>
      report.issues
        .filter((i) => i.file.endsWith('0000000050.kzs') || i.file.endsWith('0000000051.kzs'))
        .map((i) => `${i.file.split('/')[0] === idOf(a) ? 'a' : 'b'}/${i.file.split('/')[1]}: ${i.reason}`)
        .sort()
    expect({ c: names(c), a: names(a), cIssues: reasons(onC), aIssues: reasons(onA), cApplied: onC.applied.filter((f) => f.includes('00000005')) }).toEqual({
      c: ['Before'],
      a: ['Before'],
      cIssues: ['a/0000000050.kzs: revoked-writer', 'a/0000000051.kzs: old-epoch', 'b/0000000050.kzs: revoked-writer'],
      aIssues: ['b/0000000050.kzs: revoked-writer'],
      cApplied: [],
    })
  })

  it('a folder-only device learns the revocation and the new key from the folder alone, keeps syncing, and the thief reads nothing written after', async () => {
    const { a, b, c, folder, oldKeys } = await group()
    const spkiOf = (id: string) => a.service.state.publicKeyOf(id)
    const thiefReadBefore = await whatTheThiefReads(folder, oldKeys, spkiOf)
    await a.service.revoke(idOf(b))
    addPerson(a.replica.doc, { name: 'After from a' })
    await a.service.syncFolder(folder)
    await c.service.syncFolder(folder)
    addPerson(c.replica.doc, { name: 'After from c' })
    await c.service.syncFolder(folder)
    await a.service.syncFolder(folder)
    expect({
      thiefReadBefore,
      cKnows: c.service.state.isRevoked(idOf(b)),
      cKey: c.service.state.currentKey?.keyId === a.service.state.currentKey?.keyId,
      c: names(c),
      a: names(a),
      thiefReads: await whatTheThiefReads(folder, oldKeys, spkiOf),
      thiefRound: await b.service.syncFolder(folder).then(
        () => 'synced',
        (error: Error) => error.message,
      ),
    }).toEqual({
      thiefReadBefore: ['Before'],
      cKnows: true,
      cKey: true,
      c: ['After from a', 'After from c', 'Before'],
      a: ['After from a', 'After from c', 'Before'],
      thiefReads: [],
      thiefRound: 'this device was removed from the sync group',
    })
  })
})

describe('a revoked device over the network', () => {
  it('a device that has not heard of the revocation gives it nothing written after, and shuts it out once it hears', async () => {
    const { a, b, c } = await group()
    await a.service.revoke(idOf(b))
    addPerson(a.replica.doc, { name: 'After' })
    // c has not heard yet: the thief syncs with c, but c has nothing from after the revocation.
    const thiefSession = await b.service.connect({ host: '127.0.0.1', port: c.service.port ?? 0 })
    await thiefSession.whenSynced()
    const closed = thiefSession.channel.closed
    const cSession = await c.service.connect({ host: '127.0.0.1', port: a.service.port ?? 0 })
    await cSession.whenSynced()
    const thiefClosed = await closed
    const again = await b.service.connect({ host: '127.0.0.1', port: c.service.port ?? 0 }).then(
      (s) => s.channel.closed,
      (error: Error) => error,
    )
    expect({ c: names(c), b: names(b), closedBecause: thiefClosed?.code, again: again?.message }).toEqual({
      c: ['After', 'Before'],
      b: ['Before'],
      closedBecause: 'revoked',
      again: expect.stringMatching(/removed|not paired/) as string,
    })
  })

  it('a key the thief hands to a device that has not heard (its own signed rotation) is dropped once that device hears: the thief reads nothing after', async () => {
    const { a, b, c, folder } = await group()
    // Before c hears, the thief (still in good standing for c) rotates on its own and syncs with c.
    const thiefSession = await b.service.connect({ host: '127.0.0.1', port: c.service.port ?? 0 })
    await thiefSession.whenSynced()
    await b.service.revoke(idOf(a))
    await expect.poll(() => c.service.state.epoch).toBe(2)
    await a.service.revoke(idOf(b))
    // c now takes a for revoked and will not connect to it; it hears of a's revocation of b
    // through the folder.
    await a.service.syncFolder(folder)
    await c.service.syncFolder(folder)
    addPerson(c.replica.doc, { name: 'After' })
    await c.service.syncFolder(folder)
    const thiefKeys = new Set(b.service.state.keys.map((k) => k.keyId))
    expect({
      bRevokedForC: c.service.state.isRevoked(idOf(b)),
      cEpoch: c.service.state.epoch,
      thiefHoldsCurrent: thiefKeys.has(c.service.state.currentKey?.keyId ?? ''),
      thiefReads: await whatTheThiefReads(folder, b.service.state.keys, (id) => c.service.state.publicKeyOf(id)),
    }).toEqual({ bRevokedForC: true, cEpoch: 3, thiefHoldsCurrent: false, thiefReads: [] })
  })

  it('an accomplice the thief vouches for with a back-dated signed add is dropped once the revocation is known', async () => {
    const { a, b, c } = await group()
    await a.service.revoke(idOf(b))
    const accomplice = await open('accomplice')
    const thief = await identityOf(b)
    const vault = c.service.state.vaultId ?? ''
    const spki = createPublicKey(accomplice.service.identity.keyPem).export({ type: 'spki', format: 'der' })
    const add: LogEntry = signEntry(
      { t: 'add', vault, epoch: 1, by: idOf(b), device: { id: idOf(accomplice), name: 'tablet', spki: spki.toString('base64') }, at: 0 },
      thief.keyPem,
    )
    // The thief tells c (who has not heard) over a real connection, speaking the protocol by hand.
    const channel = await connectChannel(thief, { host: '127.0.0.1', port: c.service.port ?? 0 })
    channel.setHandler(() => undefined)
    channel.send(encodeJsonEnvelope('control', { vaultId: vault, log: [...(c.service.state.membership?.accepted ?? []), add], port: null }))
    await expect.poll(() => c.service.state.isTrusted(idOf(accomplice))).toBe(true)
    channel.close()
    const cSession = await c.service.connect({ host: '127.0.0.1', port: a.service.port ?? 0 })
    await cSession.whenSynced()
    addPerson(c.replica.doc, { name: 'After' })
    const knocking = await connectChannel(await identityOf(accomplice), { host: '127.0.0.1', port: c.service.port ?? 0 })
    knocking.setHandler(() => undefined)
    const refused = await knocking.closed
    expect({
      trusted: c.service.state.isTrusted(idOf(accomplice)),
      refused: refused?.code,
      accompliceKeys: accomplice.service.state.keys.length,
      accomplice: names(accomplice),
    }).toEqual({
      trusted: false,
      refused: 'not-paired',
      accompliceKeys: 0,
      accomplice: [],
    })
  })
})

describe('forged and oversized membership', () => {
  it('an epoch of 2^32, skipped epochs, forged signatures and a flood of keys are refused, and sync goes on', async () => {
    const { a, b, c, folder, thief } = await group()
    const vault = a.service.state.vaultId ?? ''
    const log = a.service.state.membership?.accepted ?? []
    const wrap = { to: idOf(b), eph: '', nonce: '', box: '' }
    const forged: LogEntry[] = [
      signEntry({ t: 'rotate', vault, epoch: 2 ** 32, by: idOf(b), revoke: [idOf(a)], wraps: [wrap], at: 0 } as never, thief.keyPem),
      signEntry({ t: 'rotate', vault, epoch: 5, by: idOf(b), revoke: [idOf(a)], wraps: [wrap], at: 0 }, thief.keyPem),
      // "a revokes c", signed by the thief.
      signEntry({ t: 'rotate', vault, epoch: 2, by: idOf(a), revoke: [idOf(c)], wraps: [{ ...wrap, to: idOf(a) }], at: 0 }, thief.keyPem),
      ...Array.from({ length: 1000 }, (_, i) => ({
        body: JSON.stringify({ t: 'rotate', vault, epoch: 2 + i, by: idOf(a), revoke: [], wraps: [{ ...wrap, to: idOf(a) }], at: i }),
        sig: 'AAAA',
      })),
    ]
    const refused = nextEvent(a, (e) => e.type === 'error' && e.code === 'refused-membership')
    const channel = await connectChannel(thief, { host: '127.0.0.1', port: a.service.port ?? 0 })
    channel.setHandler(() => undefined)
    channel.send(encodeJsonEnvelope('control', { vaultId: vault, log: [...log, ...forged], port: null }))
    const event = await refused
    // Beyond the cap on entries, the whole message is refused and the connection closed.
    channel.send(encodeJsonEnvelope('control', { vaultId: vault, log: Array.from({ length: 5000 }, () => log[0]), port: null }))
    const closed = await channel.closed
    // A folder file claiming epoch 2^32 is refused too, and the folder keeps working.
    const huge = Buffer.alloc(300)
    huge.write('KZSF', 0, 'ascii')
    huge.writeUInt8(2, 4)
    huge.writeUInt32BE(2 ** 32 - 1, 6)
    huge.write(idOf(b), 18, 'ascii')
    await writeFile(join(folder, idOf(b), '0000000077.kzs'), huge)
    addPerson(c.replica.doc, { name: 'Still syncing' })
    const session = await c.service.connect({ host: '127.0.0.1', port: a.service.port ?? 0 })
    await session.whenSynced()
    const round = await a.service.syncFolder(folder)
    expect({
      event: event.type === 'error' && event.error,
      closed: closed?.code,
      epoch: a.service.state.epoch,
      revoked: [idOf(a), idOf(b), idOf(c)].map((id) => a.service.state.isRevoked(id)),
      a: names(a),
      written: round.written !== null,
      planted: round.issues.filter((i) => i.file.endsWith('0000000077.kzs')).map((i) => i.reason),
    }).toEqual({
      event: 'refused 1003 membership change(s) from this device that do not verify',
      closed: 'malformed',
      epoch: 1,
      revoked: [false, false, false],
      a: ['Before', 'Still syncing'],
      written: true,
      planted: ['unknown-key'],
    })
  })
})
