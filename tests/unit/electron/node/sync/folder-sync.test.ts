import { copyFile, mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { addPerson, linkPeople, readGraph, updatePerson } from '../../../../../shared/graph'
import { pair, peersClosedAfterEach, tempDir, type TestPeer } from './sync-test-helpers'

const open = peersClosedAfterEach()

/** What a file-sync tool does: copies files from one device's view of the folder to another's. */
async function replicate(from: string, to: string, pick: (file: string) => 'copy' | 'half' | 'skip' | 'conflict' = () => 'copy'): Promise<void> {
  for (const device of await readdir(from)) {
    await mkdir(join(to, device), { recursive: true })
    for (const name of (await readdir(join(from, device))).sort()) {
      const action = pick(`${device}/${name}`)
      if (action === 'skip') continue
      if (action === 'half') {
        const bytes = await readFile(join(from, device, name))
        await writeFile(join(to, device, name), bytes.subarray(0, bytes.length >> 1))
      } else if (action === 'conflict') {
        await copyFile(join(from, device, name), join(to, device, name.replace('.kzs', ' (conflicted copy 2025-01-01).kzs')))
      } else {
        await copyFile(join(from, device, name), join(to, device, name))
      }
    }
  }
}

const people = (peer: TestPeer) =>
  readGraph(peer.replica.doc)
    .people.map((p) => `${p.name}:${p.notes}`)
    .sort()

describe('sync folder', () => {
  it('converges through partial files, duplicates, conflicted copies, late and out-of-order files and deletions', async () => {
    const [a, b] = [await open('a'), await open('b')]
    await pair(a, b)
    const [folderA, folderB] = [await tempDir(), await tempDir()]
    // Three files from a: the sync tool delivers them late, cut short, twice and out of order.
    const ids: string[] = []
    for (const name of ['Ann', 'Ben', 'Cai']) {
      ids.push(addPerson(a.replica.doc, { name }))
      await a.service.syncFolder(folderA)
    }
    updatePerson(a.replica.doc, ids[0] ?? '', { notes: 'from a' })
    addPerson(b.replica.doc, { name: 'Dee' })
    await a.service.syncFolder(folderA)
    const aFiles = (await readdir(join(folderA, a.service.identity.deviceId))).sort()
    await replicate(folderA, folderB, (file) => (file.endsWith(aFiles[0] ?? '') ? 'skip' : file.endsWith(aFiles[2] ?? '') ? 'half' : 'copy'))
    const early = await b.service.syncFolder(folderB)
    expect(early.issues.map((i) => i.reason)).toEqual(['damaged'])
    await replicate(folderA, folderB, (file) => (file.endsWith(aFiles[1] ?? '') ? 'conflict' : 'copy'))
    const late = await b.service.syncFolder(folderB)
    expect({ issues: late.issues, pending: late.pending }).toEqual({ issues: [], pending: false })
    // The tool deletes files already applied: nothing is lost.
    await rm(join(folderB, a.service.identity.deviceId, aFiles[0] ?? ''))
    await b.service.syncFolder(folderB)
    await replicate(folderB, folderA)
    await a.service.syncFolder(folderA)
    expect(people(a)).toEqual(['Ann:from a', 'Ben:', 'Cai:', 'Dee:'])
    expect(readGraph(b.replica.doc)).toEqual(readGraph(a.replica.doc))
  })

  it("compaction replaces a device's files with one full state; readers lose nothing", async () => {
    const [a, b] = [await open('a'), await open('b')]
    await pair(a, b)
    const folder = await tempDir()
    const x = addPerson(a.replica.doc, { name: 'X' })
    const y = addPerson(a.replica.doc, { name: 'Y' })
    for (let i = 0; i < 6; i++) {
      updatePerson(a.replica.doc, x, { notes: `v${i}` })
      await a.service.syncFolder(folder, { compactEvery: 4 })
    }
    linkPeople(a.replica.doc, x, y)
    const report = await a.service.syncFolder(folder, { compactEvery: 4 })
    expect((await readdir(join(folder, a.service.identity.deviceId))).length).toBeLessThan(4)
    await b.service.syncFolder(folder)
    expect({ people: people(b), ties: readGraph(b.replica.doc).ties.length, written: report.written !== null }).toEqual({ people: ['X:v5', 'Y:'], ties: 1, written: true })
  })

  it("a file from a device outside the group is ignored and reported, in its own subfolder or another's", async () => {
    const [a, b, stranger] = [await open('a'), await open('b'), await open('stranger')]
    await pair(a, b)
    const folder = await tempDir()
    addPerson(stranger.replica.doc, { name: 'Intruder' })
    await stranger.service.syncFolder(folder)
    // Planted under a's name, and under its own name.
    const strangerDir = join(folder, stranger.service.identity.deviceId)
    const [file = ''] = (await readdir(strangerDir)).filter((name) => name.endsWith('.kzs'))
    await mkdir(join(folder, a.service.identity.deviceId), { recursive: true })
    await copyFile(join(strangerDir, file), join(folder, a.service.identity.deviceId, '0000000099.kzs'))
    const report = await b.service.syncFolder(folder)
    const issues = report.issues.map((i) => `${i.file.split('/')[1]}: ${i.reason}`).sort()
    expect({ issues, applied: report.applied, people: people(b) }).toEqual({
      issues: ['0000000000.kzs: unknown-writer', '0000000099.kzs: unknown-writer', 'membership.kzl: unknown-writer'],
      applied: [],
      people: [],
    })
  })
})

describe('revocation', () => {
  it('a revoked device cannot connect, and cannot read folder files written afterwards', async () => {
    const [a, b, c] = [await open('a'), await open('b'), await open('c')]
    await pair(a, b)
    await pair(a, c)
    const folder = await tempDir()
    addPerson(a.replica.doc, { name: 'Before' })
    await a.service.syncFolder(folder)
    await b.service.syncFolder(folder)
    await a.service.revoke(b.service.identity.deviceId)
    addPerson(a.replica.doc, { name: 'After' })
    await a.service.syncFolder(folder)

    const refusedByA = await b.service.connect({ host: '127.0.0.1', port: a.service.port ?? 0 }).then(
      (s) => s.channel.closed,
      (error: Error) => error,
    )
    const session = await c.service.connect({ host: '127.0.0.1', port: a.service.port ?? 0 })
    await session.whenSynced()
    await expect.poll(() => c.service.state.isRevoked(b.service.identity.deviceId)).toBe(true)
    // c learnt the revocation from a: b cannot reach c either.
    const refused = await b.service.connect({ host: '127.0.0.1', port: c.service.port ?? 0 }).then(
      (s) => s.channel.closed,
      (error: Error) => error,
    )
    const fromFolder = await b.service.syncFolder(folder).catch((error: Error) => error.message)
    expect({
      refusedByA: refusedByA?.message,
      refusedByC: refused?.message,
      bPeople: people(b),
      fromFolder,
      cKey: c.service.state.currentKey?.keyId === a.service.state.currentKey?.keyId,
      bKeys: b.service.state.keys.some((k) => k.keyId === a.service.state.currentKey?.keyId),
    }).toEqual({
      refusedByA: expect.stringMatching(/removed/) as string,
      refusedByC: expect.stringMatching(/removed|not paired/) as string,
      bPeople: ['Before:'],
      fromFolder: 'this device was removed from the sync group',
      cKey: true,
      bKeys: false,
    })
  })
})
