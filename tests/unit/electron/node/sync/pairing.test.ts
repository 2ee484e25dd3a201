import { stat } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { addPerson, readGraph } from '../../../../../shared/graph'
import { loadOrCreateDeviceIdentity, parsePairingCode, formatPairingCode } from '../../../../../electron/node/sync'
import { acceptAll, pair, peersClosedAfterEach, tempDir } from './sync-test-helpers'

const open = peersClosedAfterEach()

describe('device identity', () => {
  it('is created once with a 0600 key, and its id is the hash of the public key', async () => {
    const dir = await tempDir()
    const first = await loadOrCreateDeviceIdentity(dir)
    const again = await loadOrCreateDeviceIdentity(dir)
    const mode = (await stat(join(dir, 'device-key.pem'))).mode & 0o777
    expect({
      sameId: first.deviceId === again.deviceId,
      mode,
      idShape: /^[A-Z2-7]{52}$/.test(first.deviceId),
      fingerprint: /^([A-Z2-7]{4}-){3}[A-Z2-7]{4}$/.test(first.fingerprint),
    }).toEqual({ sameId: true, mode: 0o600, idShape: true, fingerprint: true })
  })
})

describe('pairing', () => {
  it('both screens show the same words; the joiner gets the vault key and the device list', async () => {
    const [a, b, c] = [await open('a'), await open('b'), await open('c')]
    const first = await pair(a, b)
    expect(first.inviterWords).toEqual(first.joinerWords)
    expect(first.inviterWords).toHaveLength(4)
    await pair(a, c)
    // c learns about b from a's device list.
    expect({
      vault: c.service.state.vaultId === a.service.state.vaultId && b.service.state.vaultId === a.service.state.vaultId,
      key: c.service.state.currentKey?.keyId === a.service.state.currentKey?.keyId,
      cKnows: c.service
        .devices()
        .map((d) => d.name)
        .sort(),
      aKnows: a.service
        .devices()
        .map((d) => d.name)
        .sort(),
    }).toEqual({ vault: true, key: true, cKnows: ['a', 'b'], aKnows: ['b', 'c'] })
  })

  it('a wrong code fails, a used code and an expired code are refused', async () => {
    let clock = Date.now()
    const [a, b, c] = [await open('a', { now: () => clock }), await open('b'), await open('c')]
    const invite = await a.service.pairInvite({ confirm: acceptAll })
    const code = parsePairingCode(invite.code)
    const wrong = formatPairingCode({ ...code, secret: code.secret.map((x, i) => (i === 0 ? x ^ 1 : x)) })
    await expect(b.service.pairJoin(wrong, { confirm: acceptAll })).rejects.toThrow(/wrong pairing code/)
    await b.service.pairJoin(invite.code, { confirm: acceptAll })
    await expect(c.service.pairJoin(invite.code, { confirm: acceptAll })).rejects.toThrow(/not paired|expired or was already used/)

    const expiring = await a.service.pairInvite({ confirm: acceptAll, ttlMs: 60_000 })
    clock += 60_001
    await expect(c.service.pairJoin(expiring.code, { confirm: acceptAll })).rejects.toThrow(/expired/)
    expect(a.service.devices().map((d) => d.name)).toEqual(['b'])
  })

  it('five wrong guesses burn the invite', async () => {
    const [a, b] = [await open('a'), await open('b')]
    const invite = await a.service.pairInvite({ confirm: acceptAll })
    const code = parsePairingCode(invite.code)
    for (let i = 1; i <= 5; i++) {
      const guess = formatPairingCode({ ...code, secret: code.secret.map((x, j) => (j === 1 ? x ^ i : x)) })
      await expect(b.service.pairJoin(guess, { confirm: acceptAll })).rejects.toThrow(/wrong pairing code/)
    }
    await expect(invite.completion).rejects.toThrow()
    await expect(b.service.pairJoin(invite.code, { confirm: acceptAll })).rejects.toThrow()
    expect(a.service.devices()).toEqual([])
  })

  it('declining the words on either screen pairs nobody', async () => {
    const [a, b] = [await open('a'), await open('b')]
    const invite = await a.service.pairInvite({ confirm: () => Promise.resolve(false) })
    await expect(b.service.pairJoin(invite.code, { confirm: acceptAll })).rejects.toThrow(/cancelled/)
    expect({ a: a.service.devices(), b: b.service.devices() }).toEqual({ a: [], b: [] })
  })

  it('a QR payload pins the inviter: another device at that address is refused', async () => {
    const [a, b, c] = [await open('a'), await open('b'), await open('c')]
    const invite = await a.service.pairInvite({ confirm: acceptAll })
    const forged = invite.qrPayload.replace(/port=\d+/, `port=${c.service.port}`)
    await expect(b.service.pairJoin(forged, { confirm: acceptAll })).rejects.toThrow(/not the one that showed the code/)
  })
})

describe('direct sync', () => {
  it('paired devices exchange offline edits and live updates', async () => {
    const [a, b] = [await open('a'), await open('b')]
    await pair(a, b)
    addPerson(a.replica.doc, { name: 'Aiko' })
    addPerson(b.replica.doc, { name: 'Bruno' })
    const session = await b.service.connect({ host: '127.0.0.1', port: a.service.port ?? 0 })
    await session.whenSynced()
    addPerson(a.replica.doc, { name: 'Chen' })
    await expect
      .poll(() =>
        readGraph(b.replica.doc)
          .people.map((p) => p.name)
          .sort(),
      )
      .toEqual(['Aiko', 'Bruno', 'Chen'])
    expect(readGraph(a.replica.doc)).toEqual(readGraph(b.replica.doc))
    const results = await a.service.syncNow({ timeoutMs: 5000 })
    expect(results.map((r) => r.ok)).toEqual([true])
  })
})
