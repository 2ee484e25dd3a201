/** The sync commands' command line and their failures, in-process: exit 1 for usage, 2 for data. */
import { describe, expect, it } from 'vitest'
import { parseCommandLine } from '../../../../electron/cli/parse-args'
import { cleanupsAfterEach, runHere } from './fixtures/cli-process'

const { dataDir } = cleanupsAfterEach('kizuna-sync-usage-')

async function vaultDir(): Promise<string> {
  const dir = await dataDir()
  expect((await runHere(['--data', dir, 'init'])).code).toBe(0)
  return dir
}

describe('kizuna sync commands: command line', () => {
  it('parses every sync command with its defaults', () => {
    const id = 'A'.repeat(52)
    expect(
      [
        ['--data', 'D', 'sync', 'serve'],
        ['sync', 'serve', '--host', '127.0.0.1', '--port', '5000', '--no-mdns', '--name', 'nas', '--data', 'D'],
        ['pair', 'invite', '--yes', '--minutes', '2'],
        ['pair', 'join', 'CODE', '-y'],
        ['devices', 'list', '--json'],
        ['devices', 'revoke', id],
        ['sync', 'now'],
        ['sync', 'folder', '/x', '--json'],
        ['sync', 'status'],
        ['sync', 'restore-removal', '--json'],
      ].map((argv) => parseCommandLine(argv)),
    ).toEqual([
      { kind: 'sync-serve', dataDir: 'D', host: '0.0.0.0', port: 47120, mdns: true, name: undefined },
      { kind: 'sync-serve', dataDir: 'D', host: '127.0.0.1', port: 5000, mdns: false, name: 'nas' },
      { kind: 'pair-invite', dataDir: undefined, yes: true, host: '0.0.0.0', port: 47120, ttlMs: 120_000 },
      { kind: 'pair-join', dataDir: undefined, code: 'CODE', yes: true },
      { kind: 'devices-list', dataDir: undefined, json: true },
      { kind: 'devices-revoke', dataDir: undefined, deviceId: id },
      { kind: 'sync-now', dataDir: undefined, json: false },
      { kind: 'sync-folder', dataDir: undefined, path: '/x', json: true },
      { kind: 'sync-status', dataDir: undefined, json: false },
      { kind: 'sync-restore-removal', dataDir: undefined, json: true },
    ])
  })

  it('refuses bad command lines with exit 1 and a reason', async () => {
    const cases = [
      ['sync'],
      ['sync', 'bogus'],
      ['pair', 'join'],
      ['pair', 'join', 'a', 'b'],
      ['devices', 'revoke', 'short'],
      ['sync', 'serve', '--port', '99999'],
      ['sync', 'serve', '--port', 'http'],
      ['pair', 'invite', '--minutes', '60'],
      ['devices', 'list', '--what'],
    ]
    const outcomes = await Promise.all(cases.map((argv) => runHere(argv)))
    expect(outcomes.map((o) => ({ code: o.code, reason: o.stderr.split('\n')[0] }))).toEqual([
      { code: 1, reason: 'kizuna: "sync" needs a known subcommand' },
      { code: 1, reason: 'kizuna: "sync bogus" needs a known subcommand' },
      { code: 1, reason: 'kizuna: pair join: missing CODE' },
      { code: 1, reason: 'kizuna: pair join: unexpected argument "b"' },
      { code: 1, reason: 'kizuna: devices revoke: ID must be a full device id (52 characters, see `kizuna devices list`)' },
      { code: 1, reason: 'kizuna: sync serve: --port must be a number from 1 to 65535' },
      { code: 1, reason: 'kizuna: sync serve: --port must be a number from 1 to 65535' },
      { code: 1, reason: 'kizuna: pair invite: --minutes must be from 1 to 10' },
      { code: 1, reason: expect.stringMatching(/^kizuna: devices list: .*--what/) as unknown },
    ])
  })

  it('reports data problems with exit 2 and a clear message', async () => {
    const dir = await vaultDir()
    const outcomes = [
      await runHere(['--data', dir, 'sync', 'now']),
      await runHere(['--data', dir, 'pair', 'join', 'not-a-code', '--yes']),
      await runHere(['--data', dir, 'devices', 'revoke', 'B'.repeat(52)]),
      await runHere(['--data', `${dir}-missing`, 'devices', 'list']),
      await runHere(['--data', dir, 'sync', 'restore-removal']),
    ]
    expect(outcomes.map((o) => ({ code: o.code, err: o.stderr.trim() }))).toEqual([
      { code: 2, err: 'kizuna: nothing to sync with: no paired device and no sync folder' },
      { code: 2, err: expect.stringMatching(/^kizuna: pairing failed: .*pairing code/) as unknown },
      { code: 2, err: `kizuna: no paired device has the id ${'B'.repeat(52)} (see \`kizuna devices list\`)` },
      { code: 2, err: expect.stringMatching(/^kizuna: there is no vault in /) as unknown },
      { code: 2, err: 'kizuna: no change from another device removed most people here; nothing to restore (see `kizuna sync status`)' },
    ])
  })

  it('lists this device and no paired devices on a fresh vault; the help names the commands', async () => {
    const dir = await vaultDir()
    const list = await runHere(['--data', dir, 'devices', 'list'])
    const json = await runHere(['--data', dir, 'sync', 'status', '--json'])
    const help = await runHere(['help'])
    const status = JSON.parse(json.stdout) as { state: string; listening: string | null; devices: unknown[]; device: { fingerprint: string } }
    expect({
      list: list.stdout.split('\n').slice(0, 1).join(),
      none: list.stdout.includes('No paired devices'),
      status: { state: status.state, listening: status.listening, devices: status.devices },
      fingerprint: status.device.fingerprint,
      help: ['sync serve', 'pair invite', 'pair join CODE', 'devices list', 'devices revoke ID', 'sync now', 'sync folder PATH'].every((c) => help.stdout.includes(c)),
    }).toEqual({
      list: expect.stringMatching(/^This device: .+ \([A-Z2-7]{4}(-[A-Z2-7]{4}){3}\)$/) as unknown,
      none: true,
      status: { state: 'off', listening: null, devices: [] },
      fingerprint: expect.stringMatching(/^[A-Z2-7]{4}(-[A-Z2-7]{4}){3}$/) as unknown,
      help: true,
    })
  })
})
