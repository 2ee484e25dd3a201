import { describe, expect, it } from 'vitest'
import { LOCAL_ORIGIN, peerIdOf, peerOrigin, SYNC_ORIGIN, WINDOW_PEER_ORIGIN } from '../../../../shared/graph'

describe('peer origins', () => {
  it('are made one way, frozen, and name their peer; other origins name none', () => {
    const device = peerOrigin(SYNC_ORIGIN, 'sync:DEV', 'DEV')
    const window = peerOrigin(WINDOW_PEER_ORIGIN, 'renderer-1')
    expect({
      device,
      window,
      frozen: Object.isFrozen(device),
      peers: [device, window, LOCAL_ORIGIN, null, { peerId: 7 }].map(peerIdOf),
    }).toEqual({
      device: { source: SYNC_ORIGIN, peerId: 'sync:DEV', deviceId: 'DEV' },
      window: { source: WINDOW_PEER_ORIGIN, peerId: 'renderer-1' },
      frozen: true,
      peers: ['sync:DEV', 'renderer-1', null, null, null],
    })
  })
})
