/**
 * A Discovery that creates the real one (e.g. mDNS, which binds multicast sockets) only when
 * something advertises or browses, and closes it when the last of them stops: a device whose sync
 * is off has no multicast socket open and announces nothing.
 */
import type { Discovery } from './discovery'

export function lazyDiscovery(create: () => Discovery): Discovery {
  let real: Discovery | null = null
  let users = 0
  const use =
    <T extends unknown[]>(start: (discovery: Discovery, ...args: T) => () => void) =>
    (...args: T): (() => void) => {
      real ??= create()
      users++
      const stop = start(real, ...args)
      let stopped = false
      return () => {
        if (stopped) return
        stopped = true
        stop()
        if (--users === 0 && real) {
          const closing = real
          real = null
          void closing.close().catch(() => undefined)
        }
      }
    }
  return {
    advertise: use((discovery, self: { deviceId: string; port: number }) => discovery.advertise(self)),
    browse: use((discovery, onFound: Parameters<Discovery['browse']>[0]) => discovery.browse(onFound)),
    close: async () => {
      const closing = real
      real = null
      users = 0
      await closing?.close()
    },
  }
}
