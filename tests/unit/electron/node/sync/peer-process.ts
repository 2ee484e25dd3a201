/** Drives a fixtures/sync-peer.ts child process: one JSON command per line, answers matched by id. */
import { spawn, type ChildProcess } from 'node:child_process'
import { join } from 'node:path'
import { createInterface } from 'node:readline'

const fixture = join(import.meta.dirname, 'fixtures', 'sync-peer.ts')

export class PeerProcess {
  private nextId = 1
  private readonly waiting = new Map<number, { resolve: (value: unknown) => void; reject: (error: Error) => void }>()
  private stderr = ''
  readonly exited: Promise<void>

  private constructor(readonly child: ChildProcess) {
    child.stderr?.on('data', (chunk: Buffer) => (this.stderr += chunk.toString()))
    this.exited = new Promise((resolve) => child.once('exit', () => resolve()))
    void this.exited.then(() => {
      for (const { reject } of this.waiting.values()) reject(new Error(`peer exited: ${this.stderr.slice(-2000)}`))
      this.waiting.clear()
    })
    void (async () => {
      for await (const line of createInterface({ input: child.stdout! })) {
        const answer = JSON.parse(line) as { id: number; ok: boolean; value?: unknown; error?: string }
        const waiter = this.waiting.get(answer.id)
        this.waiting.delete(answer.id)
        if (answer.ok) waiter?.resolve(answer.value)
        else waiter?.reject(new Error(answer.error))
      }
    })()
  }

  static async start(dataDir: string, name: string): Promise<PeerProcess> {
    const child = spawn(process.execPath, ['--expose-gc', '--import', 'tsx', fixture, dataDir, name], { stdio: ['pipe', 'pipe', 'pipe'] })
    const peer = new PeerProcess(child)
    await peer.call('info')
    return peer
  }

  call<T = unknown>(op: string, args: Record<string, unknown> = {}): Promise<T> {
    const id = this.nextId++
    return new Promise<T>((resolve, reject) => {
      this.waiting.set(id, { resolve: resolve as (value: unknown) => void, reject })
      this.child.stdin!.write(`${JSON.stringify({ id, op, ...args })}\n`)
    })
  }

  async port(): Promise<number> {
    return (await this.call<{ port: number }>('info')).port
  }

  async close(): Promise<void> {
    if (this.child.exitCode !== null || this.child.signalCode !== null) return
    await this.call('close').catch(() => undefined)
    await this.exited
  }

  async kill(): Promise<void> {
    this.child.kill('SIGKILL')
    await this.exited
  }
}

/** Pairs two processes: `joiner` enters the code `inviter` shows. */
export async function pairProcesses(inviter: PeerProcess, joiner: PeerProcess): Promise<void> {
  const code = await inviter.call<string>('invite')
  await Promise.all([inviter.call('awaitInvite', { code }), joiner.call('join', { code })])
}
