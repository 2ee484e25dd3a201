import { afterEach, describe, expect, it } from 'vitest'
import { MemoryDiscoveryBus, type DiscoveredPeer } from '../../../../../electron/node/sync'
import { openPeer, pair, type TestPeer } from './sync-test-helpers'

const peers: TestPeer[] = []
afterEach(async () => {
  await Promise.all(peers.splice(0).map((p) => p.close()))
})

describe('what a device announces on the LAN', () => {
  it('is never its device id, changes with the day, and only the group recognises it', async () => {
    const bus = new MemoryDiscoveryBus()
    let clock = Date.UTC(2026, 0, 1, 12)
    const a = await openPeer('a', { discovery: bus.create(), now: () => clock })
    const b = await openPeer('b', { discovery: bus.create(), now: () => clock })
    peers.push(a, b)
    const heard: DiscoveredPeer[] = []
    const stranger = bus.create()
    stranger.browse((peer) => heard.push(peer))
    await pair(a, b)
    const dayOne = heard.map((p) => p.deviceId)
    // The next day: stop and listen again, as after a restart.
    clock += 86_400_000
    await a.service.stop()
    await a.service.start({ host: '127.0.0.1', port: 0 })
    const dayTwo = heard.map((p) => p.deviceId).filter((tag) => !dayOne.includes(tag))
    const ids = [a.service.identity.deviceId, b.service.identity.deviceId]
    expect({ announced: dayOne.length > 0 && dayTwo.length > 0, leaksAnId: heard.some((p) => ids.includes(p.deviceId)), newTagNextDay: dayTwo.length }).toEqual({
      announced: true,
      leaksAnId: false,
      newTagNextDay: 1,
    })
    // b still finds a at its new address from the new tag and connects.
    await expect.poll(() => b.service.devices().find((d) => d.deviceId === ids[0])?.connected).toBe(true)
  })
})
