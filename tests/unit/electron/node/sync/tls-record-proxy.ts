/**
 * A man in the middle for tests: a TCP proxy that forwards both directions and, on request, rewrites
 * the client->server stream at TLS record granularity (5-byte header: type, version, u16 length).
 */
import { createConnection, createServer, type Server, type Socket } from 'node:net'

export type RecordRewrite = (record: Buffer, index: number) => Buffer[] | 'close'

export class TlsRecordProxy {
  private server!: Server
  private rewrite: RecordRewrite | null = null
  private count = 0
  private readonly sockets = new Set<Socket>()
  port = 0

  static async start(target: number): Promise<TlsRecordProxy> {
    const proxy = new TlsRecordProxy()
    proxy.server = createServer((client) => {
      const upstream = createConnection({ host: '127.0.0.1', port: target })
      for (const s of [client, upstream]) {
        proxy.sockets.add(s)
        s.on('error', () => undefined)
        s.on('close', () => {
          client.destroy()
          upstream.destroy()
        })
      }
      upstream.pipe(client)
      let pending = Buffer.alloc(0)
      client.on('data', (chunk: Buffer) => {
        pending = Buffer.concat([pending, chunk])
        while (pending.length >= 5 && pending.length >= 5 + pending.readUInt16BE(3)) {
          const record = pending.subarray(0, 5 + pending.readUInt16BE(3))
          pending = pending.subarray(record.length)
          const rewrite = proxy.rewrite
          const out = rewrite ? rewrite(Buffer.from(record), proxy.count++) : [record]
          if (out === 'close') {
            upstream.end()
            client.destroy()
            return
          }
          for (const piece of out) upstream.write(piece)
        }
      })
    })
    await new Promise<void>((resolve) => proxy.server.listen(0, '127.0.0.1', resolve))
    const address = proxy.server.address()
    proxy.port = typeof address === 'object' && address ? address.port : 0
    return proxy
  }

  /** From now on, client->server records go through `rewrite` (indices count from 0 again). */
  intercept(rewrite: RecordRewrite): void {
    this.count = 0
    this.rewrite = rewrite
  }

  close(): Promise<void> {
    for (const s of this.sockets) s.destroy()
    return new Promise((resolve) => this.server.close(() => resolve()))
  }
}
