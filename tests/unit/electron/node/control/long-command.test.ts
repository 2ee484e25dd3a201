/**
 * A command that takes longer than the connection's idle timeout (an import of 100,000 cards
 * through a running peer) still gets its answer: the server never drops the answer of a command
 * it applied, and the client waits for it without a timeout of its own.
 */
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import * as Y from 'yjs'
import { afterEach, expect, it } from 'vitest'
import { sendControlRequest, startControlServer, type ControlServer } from '../../../../../electron/node/control'
import { readGraph } from '../../../../../shared/graph'

const cleanups: (() => Promise<unknown>)[] = []
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup()
})

it('answers a command that outlasts the idle timeout, and the client, asked to wait, gets the truth', async () => {
  const dataDir = await mkdtemp(join(tmpdir(), 'kizuna-long-'))
  cleanups.push(() => rm(dataDir, { recursive: true, force: true }))
  const doc = new Y.Doc()
  let flushes = 0
  // Making the change durable takes 10 times the idle timeout: the stand-in for a long import.
  const vault = { doc, lockInfo: { token: 'token' }, whenFlushed: () => new Promise<void>((done) => setTimeout(() => done(void flushes++), 500)) }
  const control: ControlServer = await startControlServer({ dataDir, resolveVault: () => Promise.resolve(vault), idleTimeoutMs: 50 })
  cleanups.push(() => control.close())

  const response = await sendControlRequest(control.path, { token: 'token', vault: 'default', command: { name: 'person.add', args: { name: 'Aiko' } } }, 0)
  expect({ ok: response.ok, people: readGraph(doc).people.map((p) => p.name), flushes }).toEqual({ ok: true, people: ['Aiko'], flushes: 1 })
})
