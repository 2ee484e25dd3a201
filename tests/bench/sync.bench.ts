/**
 * Sync catch-up: two devices each make 10,000 offline edits (new people), then
 *  - connect over loopback mutual TLS until both are in sync (target <= 2 s);
 *  - bytes on the wire (both directions, TLS handshake included) against the size of the missing
 *    Yjs updates computed in the same run (Y.encodeStateAsUpdate against the other's state
 *    vector, both ways) (target ratio <= 1.2);
 *  - the same catch-up through a sync folder (a writes, b reads and writes, a reads).
 */
import { join } from 'node:path'
import * as Y from 'yjs'
import { silentLogger, VaultReplica } from '../../electron/node/store'
import { SyncService } from '../../electron/node/sync'
import { addPerson, readGraph } from '../../shared/graph'
import type { BenchFigure, Benchmark } from './types'

const EDITS = 10_000

async function device(dir: string, name: string, prefix: string) {
  const replica = await VaultReplica.open(join(dir, 'vaults', 'default'), { log: silentLogger, backups: false })
  const service = await SyncService.open({ dataDir: dir, replica, deviceName: name, advertisedHost: '127.0.0.1' })
  await service.start({ host: '127.0.0.1', port: 0 })
  for (let i = 0; i < EDITS; i++) addPerson(replica.doc, { name: `${prefix} ${i}`, id: `${prefix}-${i}` })
  await replica.whenFlushed()
  return { replica, service, close: async () => (await service.stop(), await replica.close()) }
}

async function pairedDevices(root: string, tag: string) {
  const a = await device(join(root, `${tag}-a`), 'a', 'a')
  const b = await device(join(root, `${tag}-b`), 'b', 'b')
  const invite = await a.service.pairInvite({ confirm: () => Promise.resolve(true) })
  await b.service.pairJoin(invite.code, { confirm: () => Promise.resolve(true) })
  await invite.completion
  return { a, b }
}

const sizeOfMissing = (x: Y.Doc, y: Y.Doc): number => Y.encodeStateAsUpdate(x, Y.encodeStateVector(y)).byteLength + Y.encodeStateAsUpdate(y, Y.encodeStateVector(x)).byteLength

const sync: Benchmark = {
  name: 'sync',
  async run(ctx) {
    const { a, b } = await pairedDevices(ctx.tmpDir, 'direct')
    const missing = sizeOfMissing(a.replica.doc, b.replica.doc)
    const started = performance.now()
    const session = await b.service.connect({ host: '127.0.0.1', port: a.service.port ?? 0 })
    await session.whenSynced(60_000)
    while (a.replica.doc.getMap('people').size < 2 * EDITS) await new Promise((resolve) => setTimeout(resolve, 5))
    const directMs = performance.now() - started
    const wire = session.channel.bytesWritten + session.channel.bytesRead
    ctx.log(`direct: ${directMs.toFixed(0)} ms, ${wire} bytes on the wire for ${missing} bytes of missing updates`)
    await a.close()
    await b.close()

    const folder = join(ctx.tmpDir, 'folder')
    const f = await pairedDevices(ctx.tmpDir, 'folder')
    const folderStarted = performance.now()
    await f.a.service.syncFolder(folder)
    await f.b.service.syncFolder(folder)
    await f.a.service.syncFolder(folder)
    const folderMs = performance.now() - folderStarted
    const converged = readGraph(f.a.replica.doc).people.length === 2 * EDITS && readGraph(f.b.replica.doc).people.length === 2 * EDITS
    ctx.log(`folder: ${folderMs.toFixed(0)} ms, converged: ${converged}`)
    await f.a.close()
    await f.b.close()

    const figures: BenchFigure[] = [
      { name: 'catch-up after 10,000 offline edits on each of two devices (loopback mutual TLS)', value: directMs, unit: 'ms', better: 'lower', target: 2000, targetFor: 'value' },
      { name: 'bytes on the wire vs missing Yjs updates', value: wire, unit: 'bytes', better: 'lower', baseline: missing, ratio: wire / missing, target: 1.2, targetFor: 'ratio', note: 'both directions, TLS handshake and acks included' },
      { name: 'catch-up after 10,000 offline edits on each of two devices (sync folder)', value: folderMs, unit: 'ms', better: 'lower', note: converged ? 'a writes, b reads+writes, a reads' : 'DID NOT CONVERGE' },
    ]
    return figures
  },
}

export default sync
