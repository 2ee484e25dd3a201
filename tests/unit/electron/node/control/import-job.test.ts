/**
 * An import through the control socket as a job (control/import-job.ts), in process on a real
 * socket: acknowledged first, its progress phase by phase, its outcome last; the server answers
 * other requests while it runs; a job whose client left is stopped before it writes, and the next
 * job waits for it; an import sent the old way still gets one answer.
 */
import { createConnection } from 'node:net'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import * as Y from 'yjs'
import { afterEach, beforeEach, expect, it } from 'vitest'
import { CONTROL_PROTOCOL_VERSION, sendControlRequest, startControlServer, type ControlServer } from '../../../../../electron/node/control'
import { addPerson, readGraph } from '../../../../../shared/graph'
import type { ImportProgress } from '../../../../../shared/io'
import { newNonce } from '../../../../../electron/node/control/control-handshake'
import { writeVcards } from '../../cli/fixtures/large-vault'

let dataDir: string
let control: ControlServer
let doc: Y.Doc
let file: string

beforeEach(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'kizuna-job-'))
  doc = new Y.Doc()
  doc.transact(() => {
    for (let i = 0; i < 1_000; i++) addPerson(doc, { name: `Person ${i}`, organization: `Org ${i % 400}`, handles: [{ kind: 'email', value: `p${i}@example.com` }] }, { now: 0 })
  })
  const vault = { doc, lockInfo: { token: 'token' }, whenFlushed: () => Promise.resolve() }
  // A turn of the event loop after every step (not every 10 ms): the other client's handshake and
  // request then get their turns while the job matches, however fast this machine matches.
  control = await startControlServer({ dataDir, resolveVault: () => Promise.resolve(vault), jobSliceMs: 0 })
  file = await writeVcards(join(dataDir, 'contacts.vcf'), 1_500, 10)
})
afterEach(async () => {
  await control.close()
  await rm(dataDir, { recursive: true, force: true })
})

const importCommand = () => ({ name: 'io.import' as const, path: file, dryRun: false, onDuplicate: 'merge' as const, mergeSuggestions: false })
const request = (command: Parameters<typeof sendControlRequest>[1]['command']) => ({ token: 'token', vault: 'default' as const, command })

it('acknowledges, reports each phase, answers other requests meanwhile, then gives the outcome', async () => {
  const events: string[] = []
  let phase = 'none'
  const asked: { answer?: Promise<void> } = {}
  const response = await sendControlRequest(control.path, request(importCommand()), undefined, {
    onAccepted: (job) => events.push(`accepted ${job.length}`),
    onProgress: (progress: ImportProgress) => {
      if (phase !== progress.phase) events.push(progress.phase)
      phase = progress.phase
      // Another client, mid-match: answered while the import still matches.
      if (progress.phase === 'match' && asked.answer === undefined)
        asked.answer = sendControlRequest(control.path, request({ name: 'vault.info' })).then(
          (info) => void events.push(`vault.info during ${phase}: ${JSON.stringify(info.ok && info.value)}`),
        )
    },
  })
  events.push(`outcome ${response.ok}`)
  await asked.answer
  expect(events).toEqual([
    'accepted 36',
    'parse',
    'read',
    'match',
    expect.stringMatching(/^vault\.info during match: \{"schemaVersion":\d+,"people":1000,"trash":0,"ties":0\}$/),
    'write',
    'outcome true',
  ])
  // 1,500 cards, 100 of which share an email with someone there.
  expect(readGraph(doc).people).toHaveLength(2_400)
})

/** Sends the hello and an import job request on a raw socket and closes it once the job is acknowledged. */
function startAndLeave(): Promise<void> {
  return new Promise((done, fail) => {
    const socket = createConnection(control.path)
    const hello = { protocol: CONTROL_PROTOCOL_VERSION, hello: { vault: 'default', nonce: newNonce() } }
    const job = { protocol: CONTROL_PROTOCOL_VERSION, id: 1, ...request(importCommand()), job: true }
    socket.on('error', fail)
    socket.on('connect', () => socket.write(`${JSON.stringify(hello)}\n${JSON.stringify(job)}\n`))
    let text = ''
    socket.setEncoding('utf8').on('data', (chunk: string) => {
      text += chunk
      if (!text.includes('"accepted"')) return
      socket.destroy()
      done()
    })
  })
}

it('stops a job whose client left before it writes; the next job waits for it and imports once', async () => {
  let writes = 0
  doc.on('update', () => writes++)
  await startAndLeave()
  const response = await sendControlRequest(control.path, request(importCommand()), undefined, { onAccepted: () => undefined, onProgress: () => undefined })
  // Had the first job written, the second would have found its 1,400 people already there.
  const added = response.ok ? (response.value as { counts: { added: number } }).counts.added : response.error.message
  expect({ added, writes, people: readGraph(doc).people.length }).toEqual({ added: 1_400, writes: 1, people: 2_400 })
})

it('an import sent without asking for a job gets its one answer, as before', async () => {
  const response = await sendControlRequest(control.path, request(importCommand()), 0)
  expect({ ok: response.ok, people: readGraph(doc).people.length }).toEqual({ ok: true, people: 2_400 })
})
