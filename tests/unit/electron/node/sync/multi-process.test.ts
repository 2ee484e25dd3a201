import { afterEach, describe, expect, it } from 'vitest'
import type { GraphSnapshot } from '../../../../../shared/graph'
import { PeerProcess, pairProcesses } from './peer-process'
import { tempDir } from './sync-test-helpers'

const running: PeerProcess[] = []
const start = async (name: string, dir?: string): Promise<PeerProcess> => {
  const peer = await PeerProcess.start(dir ?? (await tempDir(`kizuna-${name}-`)), name)
  running.push(peer)
  return peer
}
afterEach(async () => {
  await Promise.all(running.splice(0).map((p) => p.close()))
})

const graph = (peer: PeerProcess) => peer.call<GraphSnapshot>('graph')
const names = (snapshot: GraphSnapshot) => snapshot.people.map((p) => p.name).sort()

describe('peers in separate processes', () => {
  it('two peers pair, edit the same person and tie offline, connect and read the same graph', async () => {
    const [a, b] = [await start('a'), await start('b')]
    await pairProcesses(a, b)
    await a.call('addPerson', { name: 'Shared', personId: 'shared' })
    await a.call('addPerson', { name: 'Other', personId: 'other' })
    await a.call('link', { a: 'shared', b: 'other', attributes: { strength: 1 } })
    await b.call('connect', { port: await a.port() })
    await b.call('offline')
    await a.call('offline')
    // Offline, concurrently: the same key of the same person and of the same tie, and nested fields.
    await a.call('updatePerson', { personId: 'shared', patch: { notes: 'from a', organization: 'Org A' } })
    await b.call('updatePerson', { personId: 'shared', patch: { notes: 'from b', location: 'Kyoto' } })
    await a.call('updateTie', { a: 'shared', b: 'other', patch: { strength: 3 } })
    await b.call('updateTie', { a: 'shared', b: 'other', patch: { strength: 2, notes: 'met at work' } })
    await a.call('addPerson', { name: 'Only A' })
    await b.call('addPerson', { name: 'Only B' })
    await b.call('connect', { port: await a.port() })
    const [ga, gb] = [await graph(a), await graph(b)]
    const shared = ga.people.find((p) => p.id === 'shared')
    expect({ same: gb, names: names(ga), organization: shared?.organization, location: shared?.location, tieNotes: ga.ties[0]?.notes }).toEqual({
      same: ga,
      names: ['Only A', 'Only B', 'Other', 'Shared'],
      organization: 'Org A',
      location: 'Kyoto',
      tieNotes: 'met at work',
    })
  }, 30_000)

  it('three peers in a line converge through the middle one', async () => {
    const [a, b, c] = [await start('a'), await start('b'), await start('c')]
    await pairProcesses(b, a)
    await pairProcesses(b, c)
    await a.call('addPerson', { name: 'From A' })
    await c.call('addPerson', { name: 'From C' })
    const middle = await b.port()
    await a.call('connect', { port: middle })
    await c.call('connect', { port: middle })
    await a.call('connect', { port: middle })
    await expect.poll(async () => names(await graph(a)), { timeout: 10_000 }).toEqual(['From A', 'From C'])
    // Live: an edit on a reaches c through b.
    await a.call('addPerson', { name: 'Live from A' })
    await expect.poll(async () => names(await graph(c)), { timeout: 10_000 }).toEqual(['From A', 'From C', 'Live from A'])
    expect(await graph(c)).toEqual(await graph(a))
  }, 30_000)

  it('a peer killed in the middle of a sync loses nothing and converges after restart', async () => {
    const bDir = await tempDir('kizuna-b-')
    const a = await start('a')
    let b = await start('b', bDir)
    await pairProcesses(a, b)
    await b.call('flood', { prefix: 'b', count: 500 })
    await b.call('connect', { port: await a.port() })
    // a's 3000 edits go to b as 3000 live updates; b is killed while applying the 1000th.
    await b.call('dieAfterUpdates', { count: 1000 })
    await a.call('flood', { prefix: 'a', count: 3000 })
    await b.exited
    b = await start('b', bDir)
    const afterRestart = await b.call<number>('count')
    await b.call('connect', { port: await a.port() })
    const [ga, gb] = [await graph(a), await graph(b)]
    // Every update b applied before the one it died in was durable (acknowledged after fsync).
    expect({ between: afterRestart >= 500 + 999 && afterRestart <= 500 + 1000, a: ga.people.length, same: gb }).toEqual({ between: true, a: 3500, same: ga })
  }, 120_000)
})
