/**
 * SyncHost: when it listens (the network exposure policy), polled pairing (the desk both the
 * Devices page and `kizuna pair` use), revocation stopping the listener, the status, and LAN
 * discovery through a MemoryDiscoveryBus (a paired device found at a new address is connected).
 */
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import type { SyncHost } from '../../../../../electron/node/sync'
import { MemoryDiscoveryBus, type SyncHostOptions } from '../../../../../electron/node/sync'
import { addPerson, readGraph } from '../../../../../shared/graph'
import type { PairingStatus } from '../../../../../shared/sync/sync-status'
import { syncCommandSchema } from '../../../../../electron/node/commands/sync-command-schema'
import { openHost as openTestHost, tempDir } from './sync-test-helpers'

const open: { close: () => Promise<void> }[] = []
afterEach(async () => {
  for (const entry of open.splice(0).reverse()) await entry.close()
})

/** A host that listens only once paired (the app's policy), closed after each test. */
async function openHost(name: string, options: Partial<SyncHostOptions> = {}, dir?: string) {
  const dataDir = dir ?? (await tempDir(`kizuna-host-${name}-`))
  const entry = await openTestHost(dataDir, name, { listenWhen: 'paired', ...options })
  open.push(entry)
  return { ...entry, dataDir }
}

async function until<T>(read: () => T, done: (value: T) => boolean, timeoutMs = 10_000): Promise<T> {
  const deadline = Date.now() + timeoutMs
  for (;;) {
    const value = read()
    if (done(value)) return value
    if (Date.now() > deadline) throw new Error(`timed out; last value ${JSON.stringify(value)}`)
    await new Promise((resolve) => setTimeout(resolve, 20))
  }
}

/** Pairs through the desks, answering yes on both sides once the words show, as the UI does. */
async function pairHosts(inviter: SyncHost, joiner: SyncHost): Promise<{ inviter: PairingStatus; joiner: PairingStatus }> {
  const invite = await inviter.invite()
  const join = await joiner.join(invite.code!)
  for (const [host, id] of [
    [inviter, invite.pairingId],
    [joiner, join.pairingId],
  ] as const) {
    await until(
      () => host.desk.statusOf(id),
      (s) => s.phase === 'confirm',
    )
    host.desk.confirm(id, true)
  }
  return {
    inviter: await until(
      () => inviter.desk.statusOf(invite.pairingId),
      (s) => s.phase === 'paired',
    ),
    joiner: await until(
      () => joiner.desk.statusOf(join.pairingId),
      (s) => s.phase === 'paired',
    ),
  }
}

describe('SyncHost', () => {
  it('listens on nothing until an invite, keeps listening once paired, stops when the last device is revoked', async () => {
    const a = await openHost('a')
    const b = await openHost('b')
    const before = [a.host.status(), b.host.status()].map((s) => ({ state: s.state, listening: s.listening }))
    const paired = await pairHosts(a.host, b.host)
    expect(paired.inviter.words).toEqual(paired.joiner.words)
    const afterPairing = [a.host.status(), b.host.status()].map((s) => ({ listening: s.listening !== null, devices: s.devices.map((d) => d.name) }))
    // b (the joiner) connects to a right after pairing.
    await until(
      () => a.host.status(),
      (s) => s.devices[0]?.connected === true && s.state === 'synced',
    )
    await a.host.revoke(b.host.status().device.deviceId)
    const afterRevoke = a.host.status()
    expect({ before, afterPairing, afterRevoke: { listening: afterRevoke.listening, devices: afterRevoke.devices.length, state: afterRevoke.state } }).toEqual({
      before: [
        { state: 'off', listening: null },
        { state: 'off', listening: null },
      ],
      afterPairing: [
        { listening: true, devices: ['b'] },
        { listening: true, devices: ['a'] },
      ],
      afterRevoke: { listening: null, devices: 0, state: 'off' },
    })
  })

  it('a cancelled invite closes the listener again; a refused confirmation fails both sides', async () => {
    const a = await openHost('a')
    const b = await openHost('b')
    const invite = await a.host.invite()
    const listeningDuringInvite = a.host.status().listening !== null
    a.host.desk.cancel(invite.pairingId)
    await until(
      () => a.host.status().listening,
      (l) => l === null,
    )

    const second = await a.host.invite()
    const join = await b.host.join(second.code!)
    await until(
      () => b.host.desk.statusOf(join.pairingId),
      (s) => s.phase === 'confirm',
    )
    b.host.desk.confirm(join.pairingId, false)
    const joiner = await until(
      () => b.host.desk.statusOf(join.pairingId),
      (s) => s.phase === 'failed',
    )
    const inviter = await until(
      () => a.host.desk.statusOf(second.pairingId),
      (s) => s.phase === 'failed' || s.phase === 'confirm',
    )
    a.host.desk.cancel(second.pairingId)
    expect({ listeningDuringInvite, joiner: joiner.error, inviterPhase: inviter.phase, devices: [a.host.status().devices.length, b.host.status().devices.length] }).toEqual({
      listeningDuringInvite: true,
      joiner: 'pairing was cancelled on the joining device',
      inviterPhase: expect.stringMatching(/failed|confirm/) as unknown,
      devices: [0, 0],
    })
  })

  it('finds a paired device at its new address through discovery and syncs with it', async () => {
    const bus = new MemoryDiscoveryBus()
    const a = await openHost('a', { discovery: () => bus.create() })
    const bDir = await tempDir('kizuna-host-b-')
    const b = await openHost('b', { discovery: () => bus.create() }, bDir)
    await pairHosts(a.host, b.host)
    await until(
      () => a.host.status().devices[0]?.connected,
      (c) => c === true,
    )
    // b goes away; while apart a adds someone; b comes back on another port, found via the bus.
    await b.host.dispose()
    await b.replica.close()
    open.splice(open.indexOf(b), 1)
    addPerson(a.replica.doc, { name: 'Met while apart', id: 'apart' })
    const back = await openHost('b', { discovery: () => bus.create() }, bDir)
    await until(
      () => readGraph(back.replica.doc).people.map((p) => p.name),
      (names) => names.includes('Met while apart'),
    )
    expect(back.host.status().devices.map((d) => ({ name: d.name, connected: d.connected }))).toEqual([{ name: 'a', connected: true }])
  })

  it('runs a sync-folder round, remembers the folder, and reports it in the status', async () => {
    const a = await openHost('a')
    const folder = join(await tempDir('kizuna-folder-'), 'shared')
    addPerson(a.replica.doc, { name: 'In the folder', id: 'f' })
    await a.host.setFolder(folder)
    const status = a.host.status()
    expect({ state: status.state, folder: status.folder, written: status.lastFolderRound?.written, listening: status.listening }).toEqual({
      state: 'synced',
      folder,
      written: true,
      listening: null,
    })
  })

  it('a sync folder path sent to the holder must be absolute: the caller resolves it in its own working directory', () => {
    const parse = (path: string) => syncCommandSchema.safeParse({ name: 'sync.folder', path }).success
    expect({ relative: parse('Dropbox/kizuna'), dotted: parse('../elsewhere'), absolute: parse('/home/me/Dropbox/kizuna') }).toEqual({
      relative: false,
      dotted: false,
      absolute: true,
    })
  })
})
