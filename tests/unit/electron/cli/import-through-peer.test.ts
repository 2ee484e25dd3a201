/**
 * An import through a running peer is a job (issue 19): the peer acknowledges it, reports its
 * progress, keeps serving its paired devices while it imports, and the command's exit status says
 * what happened: 0 applied, 2 failed with nothing written, 2 "unknown" when the peer died with the
 * job. Real processes: `kizuna sync serve` peers on 127.0.0.1, the built `kizuna import`.
 */
import { readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { sendControlRequest } from '../../../../electron/node/control'
import { cleanupsAfterEach, runBuilt } from './fixtures/cli-process'
import { seedPeople, writeVcards } from './fixtures/large-vault'
import { syncProcesses, waitFor } from './fixtures/sync-process'

const { cleanups, dataDir } = cleanupsAfterEach('kizuna-import-job-')
const { start, serve, pairByCli } = syncProcesses(cleanups)

/** A command sent straight to the control socket of the peer holding `dir`'s vault; waits as long as it is connected. */
async function ask<T>(dir: string, command: Parameters<typeof sendControlRequest>[1]['command']): Promise<T> {
  const lock = JSON.parse(await readFile(join(dir, 'vaults/default/LOCK'), 'utf8')) as { token: string; controlSocket: string }
  const response = await sendControlRequest(lock.controlSocket, { token: lock.token, vault: 'default', command }, 0)
  if (!response.ok) throw new Error(`${response.error.code}: ${response.error.message}`)
  return response.value as T
}

const peopleOn = async (dir: string) => (await ask<{ people: number }>(dir, { name: 'vault.info' })).people

describe('kizuna import through a running peer', () => {
  it('20,000 cards into 30,000 people: a paired device syncs a round trip while it runs, and the count is exactly right', async () => {
    const [dirA, dirB] = [await dataDir(), await dataDir()]
    await seedPeople(dirA, 30_000)
    const file = await writeVcards(join(dirA, 'contacts.vcf'), 20_000, 10)
    const [, b] = [await serve(dirA, 'alpha'), await serve(dirB, 'beta')]
    expect((await pairByCli(dirA, dirB)).joinCode).toBe(0)
    // b has all of a before the import starts.
    expect(await ask<{ devices: { ok: boolean }[] }>(dirB, { name: 'sync.now' })).toMatchObject({ devices: [{ ok: true }] })
    expect(await peopleOn(dirB)).toBe(30_000)

    const importing = start(['--data', dirA, 'import', file, '--progress'])
    await waitFor(importing, /import: looking for duplicates\n/, 120_000)
    // While a matches: a change on b reaches a, and b's sync round waits for a's acknowledgement.
    await ask(dirB, { name: 'person.add', args: { name: 'Added on beta mid-import' } })
    const round = await ask<{ devices: { ok: boolean; error: string | null }[] }>(dirB, { name: 'sync.now' })
    const stillImporting = importing.child.exitCode === null
    expect({ round: round.devices.map(({ ok, error }) => ({ ok, error })), stillImporting, stdout: importing.stdout() }).toEqual({
      round: [{ ok: true, error: null }],
      stillImporting: true,
      stdout: '',
    })

    expect(await importing.exited).toBe(0)
    expect(importing.stdout()).toContain('Added 18000, merged 0 into an earlier entry of the file and 2000 into people already there')
    expect(importing.stderr()).toMatch(/^kizuna: import: running in the Kizuna process that holds the vault, as job [0-9a-f-]{36}\n(kizuna: import: .*\n)+$/)
    const phases = [...importing.stderr().matchAll(/kizuna: import: (reading the file|reading the vault|looking for duplicates|writing)/g)].map((m) => m[1])
    expect(phases).toEqual(['reading the file', 'reading the vault', 'looking for duplicates', 'writing'])
    // 30,000 + 18,000 new (2,000 cards share an email with someone there) + 1 from b, on both.
    expect(await peopleOn(dirA)).toBe(48_001)
    expect(await ask<{ devices: { ok: boolean }[] }>(dirB, { name: 'sync.now' })).toMatchObject({ devices: [{ ok: true }] })
    expect(await peopleOn(dirB)).toBe(48_001)
    b.child.kill('SIGTERM')
  }, 400_000)
})

describe('kizuna import through a peer that fails or dies', () => {
  it('a malformed file: exit 2 naming the line, nothing written', async () => {
    const dir = await dataDir()
    await seedPeople(dir, 1_000)
    const file = join(dir, 'bad.vcf')
    const good = await readFile(await writeVcards(join(dir, 'good.vcf'), 3_000, 10), 'utf8')
    // Card 2,501 has a parameter without a name: the file is read up to there before it fails.
    await writeFile(file, good.replace('FN:Imported 2500\r\n', 'FN:Imported 2500\r\nX-A;=:b\r\n'))
    await serve(dir, 'alpha')

    // Not a terminal and no --progress: the error alone.
    const result = await runBuilt(['--data', dir, 'import', file])
    expect({ code: result.code, stdout: result.stdout, error: result.stderr.split('\n') }).toEqual({
      code: 2,
      stdout: '',
      error: [`kizuna: ${file}:17504: card 2501, line 17504: Empty parameter name in ';=:b'; nothing was written`, ''],
    })
    expect(await peopleOn(dir)).toBe(1_000)
  }, 120_000)

  it('the peer dies mid-job: exit 2, the outcome is unknown, and the message says how to check', async () => {
    const dir = await dataDir()
    await seedPeople(dir, 1_000)
    const file = await writeVcards(join(dir, 'contacts.vcf'), 20_000, 10)
    const peer = await serve(dir, 'alpha')

    const importing = start(['--data', dir, 'import', file, '--progress'])
    await waitFor(importing, /import: running in the Kizuna process that holds the vault, as job ([0-9a-f-]{36})\n/, 60_000)
    peer.child.kill('SIGKILL')
    expect(await importing.exited).toBe(2)
    expect(importing.stdout()).toBe('')
    expect(importing.stderr()).toContain(`lost the connection to the Kizuna process holding the vault (pid ${peer.child.pid}) during the import (job `)
    expect(importing.stderr()).toContain(`Whether the import was applied is UNKNOWN. To find out, run \`kizuna import ${file} --dry-run\``)

    // It died before writing: the dry run the message suggests finds the 19,900 new people still to add (100 cards share an email with someone there).
    const check = await runBuilt(['--data', dir, 'import', file, '--dry-run'])
    expect({ code: check.code, added: /Would add (\d+)/.exec(check.stdout)?.[1] ?? check.stdout }).toEqual({ code: 0, added: '19900' })
  }, 120_000)
})
