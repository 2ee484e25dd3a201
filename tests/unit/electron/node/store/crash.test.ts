import { spawn } from 'node:child_process'
import { join } from 'node:path'
import { createInterface } from 'node:readline'
import { describe, expect, it } from 'vitest'
import { VaultReplica } from '../../../../../electron/node/store'
import { readEntries, tempVault, testOptions } from './store-test-helpers'

const fixture = join(import.meta.dirname, 'fixtures', 'crash-writer.ts')

/** Runs the writer until it has acknowledged `acks` writes, SIGKILLs it, and returns the last ack. */
async function writeUntilKilled(dir: string, first: number, acks: number): Promise<number> {
  const child = spawn(process.execPath, ['--import', 'tsx', fixture, dir, String(first)], { stdio: ['ignore', 'pipe', 'pipe'] })
  let stderr = ''
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()))
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()))
  let lastAck = -1
  for await (const line of createInterface({ input: child.stdout })) {
    const match = /^ack (\d+)$/.exec(line)
    if (!match) continue
    lastAck = Number(match[1])
    if (lastAck + 1 - first >= acks) {
      child.kill('SIGKILL')
      break
    }
  }
  await exited
  if (lastAck < 0) throw new Error(`writer acknowledged nothing: ${stderr}`)
  return lastAck
}

const keys = (from: number, to: number): number[] => Array.from({ length: to - from + 1 }, (_, i) => from + i)

describe('a killed process loses no acknowledged write', () => {
  it('SIGKILL mid-stream, twice, then every acknowledged key is present', async () => {
    const dir = await tempVault()
    // The second run starts on the first run's crashed vault: stale lock, possibly half a compaction.
    const firstRunLast = await writeUntilKilled(dir, 0, 120)
    const secondRunFirst = firstRunLast + 1000
    const secondRunLast = await writeUntilKilled(dir, secondRunFirst, 90 + Math.floor(Math.random() * 40))
    const acknowledged = [...keys(0, firstRunLast), ...keys(secondRunFirst, secondRunLast)]

    const replica = await VaultReplica.open(dir, testOptions({ backups: false }))
    const entries = readEntries(replica.doc)
    const missing = acknowledged.filter((n) => entries[`k${n}`] !== n)
    expect({ missing, staleLockCleared: replica.loadReport.staleLockCleared }).toEqual({ missing: [], staleLockCleared: true })
    await replica.close()
  }, 30_000)
})
