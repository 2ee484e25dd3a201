import { describe, expect, it } from 'vitest'
import { dispatch, IpcUserError } from '../../../../electron/main/ipc'
import { isAppUrl } from '../../../../electron/main/url-trust'
import { INVOKE_CHANNELS, MAX_SYNC_MESSAGE_BYTES, type IpcHandlers } from '../../../../shared/ipc'
import { SYNC_CASES, syncHandlers } from '../../shared/sync/sync-ipc-cases'
import { IO_CASES, ioHandlers } from '../node/io/io-ipc-cases'

type Channel = keyof IpcHandlers

function recordingHandlers(): { handlers: IpcHandlers; calls: string[] } {
  const calls: string[] = []
  const ok =
    <T>(channel: string, value: T) =>
    () => {
      calls.push(channel)
      return Promise.resolve(value)
    }
  const settings = { language: 'system', theme: 'system', firstRunDone: false, notifications: true, notificationsPerDay: 3 } as const
  return {
    calls,
    handlers: {
      [INVOKE_CHANNELS.vaultOpen]: ok('vault:open', { dbName: 'x', store: { wasEmpty: true, repairs: [] } }),
      [INVOKE_CHANNELS.vaultSync]: ok('vault:sync', { replies: [] }),
      [INVOKE_CHANNELS.settingsGet]: ok('settings:get', settings),
      [INVOKE_CHANNELS.settingsSet]: ok('settings:set', settings),
      [INVOKE_CHANNELS.appInfo]: ok('app:info', { version: '0', platform: 'linux', locale: 'en', dataDir: '/' }),
      ...syncHandlers(ok),
      ...ioHandlers(ok),
    },
  }
}

const trusted = (url: string | undefined) => url !== undefined && isAppUrl(url)
const APP_FRAME = 'app://kizuna/index.html'

/** For each channel: one valid payload and payloads that must be refused. */
const CASES: Record<Channel, { valid: unknown[]; malformed: unknown[][] }> = {
  'vault:open': {
    valid: [{ vault: 'default' }],
    malformed: [[], [undefined], [null], ['default'], [{ vault: 'other' }], [{ vault: 'default', extra: 1 }], [{ vault: 'default' }, 'second']],
  },
  'vault:sync': {
    valid: [{ vault: 'default', message: new Uint8Array([0, 1, 0]) }],
    malformed: [
      [{ vault: 'default', message: [0, 1, 0] }],
      [{ vault: 'default', message: 'AAEA' }],
      [{ vault: 'default', message: new Uint8Array(0) }],
      [{ vault: 'sample' }],
      [{ vault: '../etc', message: new Uint8Array([1]) }],
      [{ vault: 'default', message: new Uint8Array([1]), sneaky: true }],
    ],
  },
  'settings:get': { valid: [], malformed: [[{}], ['x'], [1]] },
  'settings:set': {
    valid: [{ language: 'ja' }],
    malformed: [[{ language: 'fr' }], [{ theme: 'blue' }], [{ firstRunDone: 'yes' }], [{ nodeIntegration: true }], ['ja'], [null]],
  },
  'app:info': { valid: [], malformed: [[{}], [[]]] },
  ...SYNC_CASES,
  ...IO_CASES,
}

describe('IPC dispatch', () => {
  const channels = Object.keys(CASES) as Channel[]

  it.each(channels)('%s accepts its valid payload from the app frame', async (channel) => {
    const { handlers, calls } = recordingHandlers()
    const result = await dispatch(handlers, trusted, channel, APP_FRAME, CASES[channel].valid, {})
    expect(result.ok).toBe(true)
    expect(calls).toEqual([channel])
  })

  it.each(channels)('%s rejects every malformed payload without calling the handler', async (channel) => {
    const { handlers, calls } = recordingHandlers()
    const codes = []
    for (const args of CASES[channel].malformed) {
      const result = await dispatch(handlers, trusted, channel, APP_FRAME, args, {})
      codes.push(result.ok ? 'ok' : result.error.code)
    }
    expect(codes).toEqual(CASES[channel].malformed.map(() => 'invalid-payload'))
    expect(calls).toEqual([])
  })

  it.each(channels)('%s rejects foreign sender frames', async (channel) => {
    const { handlers, calls } = recordingHandlers()
    const frames = [undefined, 'https://evil.example/', 'file:///tmp/x.html', 'app://evil/index.html', 'about:blank', 'devtools://devtools/']
    const codes = []
    for (const frame of frames) {
      const result = await dispatch(handlers, trusted, channel, frame, CASES[channel].valid, {})
      codes.push(result.ok ? 'ok' : result.error.code)
    }
    expect(codes).toEqual(frames.map(() => 'untrusted-sender'))
    expect(calls).toEqual([])
  })

  it('caps payload sizes before parsing', async () => {
    const { handlers, calls } = recordingHandlers()
    const huge = await dispatch(handlers, trusted, 'vault:sync', APP_FRAME, [{ vault: 'default', message: new Uint8Array(MAX_SYNC_MESSAGE_BYTES + 1) }], {})
    const bigJson = await dispatch(handlers, trusted, 'settings:set', APP_FRAME, [{ language: 'x'.repeat(100_000) }], {})
    expect([huge.ok ? 'ok' : huge.error.code, bigJson.ok ? 'ok' : bigJson.error.code]).toEqual(['payload-too-large', 'payload-too-large'])
    expect(calls).toEqual([])
  })

  it('turns a throwing handler into an internal error naming the channel but not the cause', async () => {
    const handlers = { ...recordingHandlers().handlers, 'app:info': () => Promise.reject(new Error('disk on fire at /home/me/secret')) }
    const result = await dispatch(handlers, trusted, 'app:info', APP_FRAME, [], {})
    expect(result).toEqual({ ok: false, error: { code: 'internal', message: "app:info failed (internal error; details are in the app's log)" } })
  })

  it('passes an IpcUserError message through as it is', async () => {
    const handlers = { ...recordingHandlers().handlers, 'app:info': () => Promise.reject(new IpcUserError('storage', 'The disk is full.')) }
    const result = await dispatch(handlers, trusted, 'app:info', APP_FRAME, [], {})
    expect(result).toEqual({ ok: false, error: { code: 'storage', message: 'The disk is full.' } })
  })
})
