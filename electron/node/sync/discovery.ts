/**
 * Finding paired devices: an interface, the LAN implementation (mDNS/DNS-SD via bonjour-service,
 * service type "_kizuna-sync._tcp", TXT { id, v }), and an in-memory one for tests and for
 * hosts where multicast does not work. The `deviceId` announced and reported here is the day's
 * blinded tag (discovery-tag.ts), never the stable device id.
 *
 * Invariant: discovery is only a hint of where a device might be. Nothing it reports is trusted:
 * a connection is authenticated by the device's pinned key (peer-channel.ts) whatever the source.
 */
import { Bonjour, type Service } from 'bonjour-service'
import { SYNC_PROTOCOL_VERSION } from '../../../shared/sync'
import { isDeviceId } from './device-identity'

export interface DiscoveredPeer {
  deviceId: string
  host: string
  port: number
}

export interface Discovery {
  /** Announces this device; returns the function that stops announcing. */
  advertise(self: { deviceId: string; port: number }): () => void
  /** Reports devices as they appear; returns the function that stops browsing. */
  browse(onFound: (peer: DiscoveredPeer) => void): () => void
  close(): Promise<void>
}

const SERVICE_TYPE = 'kizuna-sync'

function peerOf(service: Service): DiscoveredPeer | null {
  const txt = (service.txt ?? {}) as Record<string, unknown>
  const deviceId = typeof txt.id === 'string' ? txt.id : ''
  const host = service.addresses?.find((a) => !a.includes(':')) ?? service.referer?.address ?? service.host
  if (!isDeviceId(deviceId) || !host) return null
  return { deviceId, host, port: service.port }
}

export function createMdnsDiscovery(): Discovery {
  const bonjour = new Bonjour(undefined, () => undefined)
  return {
    advertise(self) {
      const service = bonjour.publish({
        name: `kizuna-${self.deviceId.slice(0, 16)}`,
        type: SERVICE_TYPE,
        port: self.port,
        txt: { id: self.deviceId, v: String(SYNC_PROTOCOL_VERSION) },
      })
      return () => void (service.stop as (() => void) | undefined)?.()
    },
    browse(onFound) {
      const browser = bonjour.find({ type: SERVICE_TYPE }, (service: Service) => {
        const peer = peerOf(service)
        if (peer) onFound(peer)
      })
      return () => browser.stop()
    },
    close: () => new Promise<void>((resolve) => bonjour.destroy(() => resolve())),
  }
}

/** A shared in-memory "network": every discovery made from one bus sees the others' adverts. */
export class MemoryDiscoveryBus {
  private readonly adverts = new Map<string, DiscoveredPeer>()
  private readonly browsers = new Set<(peer: DiscoveredPeer) => void>()

  create(host = '127.0.0.1'): Discovery {
    return {
      advertise: (self) => {
        const peer = { deviceId: self.deviceId, host, port: self.port }
        this.adverts.set(self.deviceId, peer)
        for (const browser of this.browsers) browser(peer)
        return () => this.adverts.delete(self.deviceId)
      },
      browse: (onFound) => {
        this.browsers.add(onFound)
        for (const peer of this.adverts.values()) onFound(peer)
        return () => this.browsers.delete(onFound)
      },
      close: () => Promise.resolve(),
    }
  }
}
