/**
 * One writer per store: while another process holds the vault, `kizuna` goes through that
 * process's control socket; its change lands in the holder's replica (and reaches its renderer
 * peer), and is on disk after the holder exits. When the holder does not answer, exit 2.
 */
import { spawn } from 'node:child_process'
import { hostname } from 'node:os'
import { join } from 'node:path'
import { mkdir, readFile, writeFile } from 'node:fs/promises'
import { describe, expect, it } from 'vitest'
import { openVaultSession } from '../../../../electron/cli/vault-session'
import { readGraph } from '../../../../shared/graph'
import { VaultReplica } from '../../../../electron/node/store'
import { cleanupsAfterEach, runBuilt, startHolder, type Holder } from './fixtures/cli-process'

const { cleanups, dataDir } = cleanupsAfterEach()

/** Writes a LOCK naming a live process (a sleeping child) as the holder. */
async function lockByLiveProcess(dir: string, controlSocket: string | null): Promise<number> {
  const sleeper = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 600000)'])
  cleanups.push(() => Promise.resolve(sleeper.kill()))
  const vault = join(dir, 'vaults', 'default')
  await mkdir(vault, { recursive: true })
  const info = { version: 1, pid: sleeper.pid, hostname: hostname(), startedAt: new Date().toISOString(), controlSocket, token: 'abc' }
  await writeFile(join(vault, 'LOCK'), JSON.stringify(info), { mode: 0o600 })
  return sleeper.pid!
}

describe('kizuna while another process holds the vault', () => {
  it('adds a person through the holder, who has it in its replica, and it is on disk after the holder exits', async () => {
    const dir = await dataDir()
    expect((await runBuilt(['--data', dir, 'init'])).code).toBe(0)
    const holder: Holder = await startHolder(dir)
    cleanups.push(() => holder.stop())
    const lock = JSON.parse(await readFile(join(dir, 'vaults/default/LOCK'), 'utf8')) as { pid: number; controlSocket: string }
    expect(lock.pid).toBe(holder.pid)

    const added = await runBuilt(['--data', dir, 'person', 'add', '--name', 'Aiko Tanaka', '--role', 'advisor'])
    expect(added).toMatchObject({ code: 0, stderr: '' })
    const id = added.stdout.trim()

    const seen = await holder.ask()
    expect(seen.graph.people.map((p) => [p.id, p.name])).toEqual([[id, 'Aiko Tanaka']])
    expect(seen.peerMessages).toBeGreaterThan(0)
    expect(seen.controlSocket).toBe(lock.controlSocket)

    // Reads go through the holder too, and a rejected write there changes nothing.
    const listed = await runBuilt(['--data', dir, 'person', 'list', '--json'])
    expect((JSON.parse(listed.stdout) as { id: string }[]).map((p) => p.id)).toEqual([id])
    const bad = await runBuilt(['--data', dir, 'person', 'add', '--name', 'Ben', '--value', 'fame'])
    expect(bad.code).toBe(2)
    expect(bad.stderr).toContain('value "fame" is not one of')
    expect((await holder.ask()).graph.people).toHaveLength(1)
    const throughHolder = await runBuilt(['--data', dir, 'export', '--format', 'json', '-'])

    expect(await holder.stop()).toBe(0)
    // The export made by the holder is the one this process streams from the doc itself.
    const local = await runBuilt(['--data', dir, 'export', '--format', 'json', '-'])
    const withoutTime = (text: string) => text.replace(/"exportedAt": "[^"]*"/, '')
    expect({ code: throughHolder.code, text: withoutTime(throughHolder.stdout) }).toEqual({ code: 0, text: withoutTime(local.stdout) })
    expect((JSON.parse(local.stdout) as { graph: { people: { id: string }[] } }).graph.people.map((p) => p.id)).toEqual([id])
    const replica = await VaultReplica.open(join(dir, 'vaults/default'), { backups: false })
    cleanups.push(() => replica.close())
    expect(readGraph(replica.doc).people.map((p) => [p.id, p.name, p.roles])).toEqual([[id, 'Aiko Tanaka', ['advisor']]])
  })

  it('exits 2 naming the pid when the holder does not answer on its socket', async () => {
    const dir = await dataDir()
    const pid = await lockByLiveProcess(dir, join(dir, 'nobody-here.sock'))
    const result = await runBuilt(['--data', dir, 'person', 'list'])
    expect(result.code).toBe(2)
    expect(result.stderr).toContain(`the vault is open in another Kizuna process (pid ${pid}) that does not answer`)
  })

  it('waits for a holder without a control socket, then gives up with a clear error', async () => {
    const dir = await dataDir()
    const pid = await lockByLiveProcess(dir, null)
    await expect(openVaultSession({ dataDir: dir, vault: 'default', lockWaitMs: 200 })).rejects.toThrow(`in use by process ${pid} on ${hostname()}, which takes no commands`)
  })
})
