/**
 * Sync catch-up: two devices each make 10,000 offline edits (new people), then
 *  - connect over loopback mutual TLS until both are in sync (target <= 2 s). Device b is a real
 *    `kizuna sync serve` process (the build in out/), as an always-on peer is, so each side does
 *    its half (encode what the other lacks, validate and apply what it receives) at the same time;
 *    the same catch-up with both devices in this process (each half in turn) is reported beside it;
 *  - bytes on the wire (both directions, TLS handshake included) against the size of the missing
 *    Yjs updates computed in the same run (Y.encodeStateAsUpdate against the other's state
 *    vector, both ways) (target ratio <= 1.2);
 *  - the same catch-up through a sync folder (a writes, b reads and writes, a reads).
 */
import { spawn } from 'node:child_process'
import { once } from 'node:events'
import { mkdir } from 'node:fs/promises'
import { createServer } from 'node:net'
import { join, resolve } from 'node:path'
import * as Y from 'yjs'
import { silentLogger, VaultReplica } from '../../electron/node/store'
import { SyncService } from '../../electron/node/sync'
import { addPerson, readGraph } from '../../shared/graph'
import type { BenchFigure, Benchmark } from './types'

const EDITS = 10_000
const BIN = resolve(import.meta.dirname, '../../bin/kizuna.js')

const openReplica = (dir: string) => VaultReplica.open(join(dir, 'vaults', 'default'), { log: silentLogger, backups: false })

async function addPeople(replica: VaultReplica, prefix: string): Promise<void> {
  for (let i = 0; i < EDITS; i++) addPerson(replica.doc, { name: `${prefix} ${i}`, id: `${prefix}-${i}` })
  await replica.whenFlushed()
}

async function device(dir: string, name: string, prefix: string) {
  const replica = await openReplica(dir)
  const service = await SyncService.open({ dataDir: dir, replica, deviceName: name, advertisedHost: '127.0.0.1' })
  await service.start({ host: '127.0.0.1', port: 0 })
  await addPeople(replica, prefix)
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

function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const server = createServer().once('error', fail)
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number }
      server.close(() => done(port))
    })
  })
}

/** `kizuna --data dir sync serve` on 127.0.0.1:port; resolves once it listens. */
async function servePeer(dir: string, port: number) {
  const child = spawn(process.execPath, [BIN, '--data', dir, 'sync', 'serve', '--host', '127.0.0.1', '--port', String(port), '--no-mdns', '--name', 'b'])
  let output = ''
  child.stderr.setEncoding('utf8').on('data', (s: string) => (output += s))
  await new Promise<void>((done, fail) => {
    child.stdout.setEncoding('utf8').on('data', (s: string) => {
      output += s
      if (output.includes('listening on')) done()
    })
    child.once('exit', (code) => fail(new Error(`sync serve exited (${code}): ${output}`)))
  })
  return {
    async stop() {
      child.kill('SIGTERM')
      if (child.exitCode === null) await once(child, 'exit')
    },
  }
}

async function runCli(args: string[]): Promise<void> {
  const child = spawn(process.execPath, [BIN, ...args])
  let output = ''
  child.stdout.setEncoding('utf8').on('data', (s: string) => (output += s))
  child.stderr.setEncoding('utf8').on('data', (s: string) => (output += s))
  const [code] = (await once(child, 'exit')) as [number | null]
  if (code !== 0) throw new Error(`kizuna ${args.join(' ')} exited ${code}: ${output}`)
}

/** a in this process, b a `sync serve` process; both edit offline, then a connects to b. */
async function twoProcesses(root: string) {
  const dirA = join(root, 'proc-a')
  const dirB = join(root, 'proc-b')
  await mkdir(join(dirB, 'vaults', 'default'), { recursive: true })
  const replica = await openReplica(dirA)
  const service = await SyncService.open({ dataDir: dirA, replica, deviceName: 'a', advertisedHost: '127.0.0.1' })
  await service.start({ host: '127.0.0.1', port: 0 })
  const portB = await freePort()
  let peer = await servePeer(dirB, portB)
  const invite = await service.pairInvite({ confirm: () => Promise.resolve(true) })
  await runCli(['--data', dirB, 'pair', 'join', invite.code, '--yes'])
  await invite.completion
  // Offline: a stops listening (b cannot reach it), b stops; each makes its 10,000 edits.
  await service.stop()
  await peer.stop()
  await addPeople(replica, 'a')
  const replicaB = await openReplica(dirB)
  await addPeople(replicaB, 'b')
  const missing = sizeOfMissing(replica.doc, replicaB.doc)
  await replicaB.close()
  peer = await servePeer(dirB, portB)

  const started = performance.now()
  const session = await service.connect({ host: '127.0.0.1', port: portB })
  // Synced = a applied b's step 2 and b acknowledged (after applying durably) everything a sent.
  await session.whenSynced(60_000)
  const ms = performance.now() - started
  const wire = session.channel.bytesWritten + session.channel.bytesRead
  const people = replica.doc.getMap('people').size
  await service.stop()
  await replica.close()
  await peer.stop()
  const replicaCheck = await openReplica(dirB)
  const converged = people === 2 * EDITS && replicaCheck.doc.getMap('people').size === 2 * EDITS
  await replicaCheck.close()
  return { ms, wire, missing, converged }
}

const sync: Benchmark = {
  name: 'sync',
  async run(ctx) {
    const processes = await twoProcesses(ctx.tmpDir)
    ctx.log(
      `direct, two processes: ${processes.ms.toFixed(0)} ms, ${processes.wire} bytes on the wire for ${processes.missing} bytes of missing updates, converged: ${processes.converged}`,
    )

    const { a, b } = await pairedDevices(ctx.tmpDir, 'direct')
    const missing = sizeOfMissing(a.replica.doc, b.replica.doc)
    const started = performance.now()
    const session = await b.service.connect({ host: '127.0.0.1', port: a.service.port ?? 0 })
    await session.whenSynced(60_000)
    while (a.replica.doc.getMap('people').size < 2 * EDITS) await new Promise((resolve) => setTimeout(resolve, 5))
    const oneProcessMs = performance.now() - started
    const wire = session.channel.bytesWritten + session.channel.bytesRead
    ctx.log(`direct, one process: ${oneProcessMs.toFixed(0)} ms, ${wire} bytes on the wire for ${missing} bytes of missing updates`)
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
      {
        name: 'catch-up after 10,000 offline edits on each of two devices (loopback mutual TLS, two processes)',
        value: processes.ms,
        unit: 'ms',
        better: 'lower',
        target: 2000,
        targetFor: 'value',
        note: processes.converged ? 'b is a `kizuna sync serve` process' : 'DID NOT CONVERGE',
      },
      {
        name: 'bytes on the wire vs missing Yjs updates',
        value: processes.wire,
        unit: 'bytes',
        better: 'lower',
        baseline: processes.missing,
        ratio: processes.wire / processes.missing,
        target: 1.2,
        targetFor: 'ratio',
        note: 'both directions, TLS handshake and acks included',
      },
      {
        name: 'the same catch-up with both devices in one process (each half in turn)',
        value: oneProcessMs,
        unit: 'ms',
        better: 'lower',
        note: `${wire} bytes on the wire for ${missing} bytes missing`,
      },
      {
        name: 'catch-up after 10,000 offline edits on each of two devices (sync folder)',
        value: folderMs,
        unit: 'ms',
        better: 'lower',
        note: converged ? 'a writes, b reads+writes, a reads' : 'DID NOT CONVERGE',
      },
    ]
    return figures
  },
}

export default sync
