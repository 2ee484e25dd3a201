/**
 * The sync commands of `kizuna` (but `sync serve`, see sync-serve.ts). Each runs where the vault
 * is: through the control socket of the process that holds it (the app or `sync serve`, whose
 * SyncHost answers), or on a SyncHost this command opens on the vault itself and closes after.
 * Pairing is polled (pair.status) so one code path serves both, whatever the process.
 */
import { resolve } from 'node:path'
import { createInterface } from 'node:readline'
import QRCode from 'qrcode'
import type { RestoreReport } from '../../shared/ipc'
import type { PairingStatus, SyncNowReport, SyncStatus, FolderRoundSummary } from '../../shared/sync'
import type { SyncCommand } from '../node/commands/sync-command-schema'
import { ControlProtocolError, ControlUnreachableError, sendControlRequest } from '../node/control'
import { PairingError, SyncHost, SyncHostError } from '../node/sync'
import { CliDataError } from './cli-errors'
import { resolveDataDir } from './data-dir'
import type { SyncInvocation } from './sync-args'
import { formatDevices, formatFolderRound, formatRemovalRestored, formatSyncNow } from './sync-format'
import { openVaultSession } from './vault-session'

export interface SyncCliIo {
  out(text: string): void
  err(text: string): void
  /** Asks the user a question and resolves with the answer line (stdin by default). */
  ask?(question: string): Promise<string>
}

type RunSync = (command: SyncCommand) => Promise<unknown>
const POLL_MS = 250
const toJson = (value: unknown): string => `${JSON.stringify(value, null, 2)}\n`
const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms))

/** Runs `use` with a function that executes sync commands where the vault is. */
async function withSync<T>(dataDir: string | undefined, listen: { host: string; port: number } | null, use: (run: RunSync) => Promise<T>): Promise<T> {
  const target = { dataDir: resolveDataDir(dataDir), vault: 'default' as const }
  const session = await openVaultSession(target)
  if (session.kind === 'remote') {
    const { holder } = session
    return use(async (command) => {
      let response
      try {
        response = await sendControlRequest(holder.controlSocket, { token: holder.token, vault: target.vault, command })
      } catch (error) {
        if (error instanceof ControlUnreachableError)
          throw new CliDataError(`the vault is open in another Kizuna process (pid ${holder.pid}) that does not answer: ${error.message}`)
        if (error instanceof ControlProtocolError)
          throw new CliDataError(`the Kizuna process holding the vault (pid ${holder.pid}) answered in a way this version does not understand: ${error.message}`)
        throw error
      }
      if (response.ok) return response.value
      if (response.error.code === 'malformed')
        throw new CliDataError(`the Kizuna process holding the vault (pid ${holder.pid}) does not know sync commands; update it or stop it first (${response.error.message})`)
      throw new CliDataError(response.error.message)
    })
  }
  const { replica } = session
  const host = await SyncHost.open({ dataDir: target.dataDir, replica, listen: listen ?? { host: '0.0.0.0', port: 0 }, listenWhen: 'invite-only', reconnectMs: null })
  try {
    return await use(async (command) => {
      try {
        return await host.run(command)
      } catch (error) {
        if (error instanceof SyncHostError || error instanceof PairingError) throw new CliDataError(error.message)
        throw new CliDataError(error instanceof Error ? error.message : String(error))
      }
    })
  } finally {
    await host.dispose()
    await replica.close()
  }
}

function askOnStdin(question: string, io: SyncCliIo): Promise<string> {
  io.out(question)
  return new Promise((done) => {
    const lines = createInterface({ input: process.stdin })
    let answered = false
    lines.once('line', (line) => {
      answered = true
      lines.close()
      done(line)
    })
    lines.once('close', () => {
      if (!answered) done('')
    })
  })
}

/** Follows a pairing until it is paired (resolves) or failed (throws), asking for the words. */
async function followPairing(run: RunSync, started: PairingStatus, yes: boolean, io: SyncCliIo): Promise<PairingStatus> {
  let status = started
  let asked = false
  const cancel = () => void run({ name: 'pair.cancel', pairingId: started.pairingId }).catch(() => undefined)
  process.once('SIGINT', cancel)
  try {
    for (;;) {
      if (status.phase === 'paired') return status
      if (status.phase === 'failed') throw new CliDataError(`pairing failed: ${status.error ?? 'unknown reason'}`)
      if (status.phase === 'confirm' && !asked && status.words && status.peer) {
        asked = true
        io.out(`\nThe other device is ${status.peer.name} (${status.peer.fingerprint}).\nConfirmation words: ${status.words.join(' ')}\n`)
        let accept = yes
        if (yes) io.out('Confirmed (--yes).\n')
        else accept = /^y(es)?$/i.test((await (io.ask ?? ((q: string) => askOnStdin(q, io)))('Do both screens show these words? [y/N] ')).trim())
        status = (await run({ name: 'pair.confirm', pairingId: status.pairingId, accept })) as PairingStatus
        if (!accept) throw new CliDataError('pairing cancelled: the words were not confirmed')
        continue
      }
      await sleep(POLL_MS)
      status = (await run({ name: 'pair.status', pairingId: status.pairingId })) as PairingStatus
    }
  } finally {
    process.off('SIGINT', cancel)
  }
}

/** A pairing this command started must not outlive it in a long-running holder. */
async function cancelOnError(run: RunSync, pairing: PairingStatus, use: () => Promise<void>): Promise<void> {
  try {
    await use()
  } catch (error) {
    await run({ name: 'pair.cancel', pairingId: pairing.pairingId }).catch(() => undefined)
    throw error
  }
}

async function printInvite(invite: PairingStatus, io: SyncCliIo): Promise<void> {
  const qr = invite.qrPayload ? await QRCode.toString(invite.qrPayload, { type: 'utf8' }) : ''
  const minutes = invite.expiresAt ? Math.round((invite.expiresAt - Date.now()) / 60_000) : null
  io.out(
    `Pairing code (valid ${minutes ?? '?'} min, one use):\n\n  ${invite.code ?? ''}\n\nOn the other device run \`kizuna pair join CODE\`, or enter it on its Devices page, or scan:\n${qr}\nWaiting for the other device...\n`,
  )
}

function pairedMessage(status: PairingStatus): string {
  return `Paired with ${status.peer?.name ?? 'the other device'} (${status.peer?.fingerprint ?? ''}).\n`
}

export async function runSyncInvocation(invocation: Exclude<SyncInvocation, { kind: 'sync-serve' }>, io: SyncCliIo): Promise<void> {
  switch (invocation.kind) {
    case 'sync-status':
    case 'devices-list':
      return withSync(invocation.dataDir, null, async (run) => {
        const status = (await run({ name: 'sync.status' })) as SyncStatus
        io.out(invocation.json ? toJson(invocation.kind === 'devices-list' ? status.devices : status) : formatDevices(status))
      })
    case 'devices-revoke':
      return withSync(invocation.dataDir, null, async (run) => {
        const before = (await run({ name: 'sync.status' })) as SyncStatus
        const device = before.devices.find((d) => d.deviceId === invocation.deviceId)
        if (!device) throw new CliDataError(`no paired device has the id ${invocation.deviceId} (see \`kizuna devices list\`)`)
        await run({ name: 'devices.revoke', deviceId: invocation.deviceId })
        io.out(`Revoked ${device.name} (${device.fingerprint}). The vault key was rotated: that device can no longer connect or read what is written from now on.\n`)
      })
    case 'sync-now':
      return withSync(invocation.dataDir, null, async (run) => {
        const status = (await run({ name: 'sync.status' })) as SyncStatus
        if (status.devices.length === 0 && !status.folder) throw new CliDataError('nothing to sync with: no paired device and no sync folder')
        const report = (await run({ name: 'sync.now' })) as SyncNowReport
        io.out(invocation.json ? toJson(report) : formatSyncNow(report, new Map(status.devices.map((d) => [d.deviceId, d.name]))))
        const anyOk = report.devices.some((d) => d.ok) || (report.folder !== null && report.folderError === null)
        if (!anyOk) throw new CliDataError('could not sync with any paired device')
      })
    case 'sync-folder':
      return withSync(invocation.dataDir, null, async (run) => {
        // Resolved here, in the caller's working directory: the holder may run anywhere.
        const round = (await run({ name: 'sync.folder', path: resolve(invocation.path) })) as FolderRoundSummary
        io.out(invocation.json ? toJson(round) : formatFolderRound(invocation.path, round))
      })
    case 'sync-restore-removal':
      return withSync(invocation.dataDir, null, async (run) => {
        const { lastRemoteRemoval } = (await run({ name: 'sync.status' })) as SyncStatus
        if (!lastRemoteRemoval) throw new CliDataError('no change from another device removed most people here; nothing to restore (see `kizuna sync status`)')
        const report = (await run({ name: 'sync.restore-removal' })) as RestoreReport
        io.out(invocation.json ? toJson(report) : formatRemovalRestored(lastRemoteRemoval, report))
      })
    case 'pair-invite':
      return withSync(invocation.dataDir, { host: invocation.host, port: invocation.port }, async (run) => {
        const invite = (await run({ name: 'pair.invite', ...(invocation.ttlMs ? { ttlMs: invocation.ttlMs } : {}) })) as PairingStatus
        await cancelOnError(run, invite, async () => {
          await printInvite(invite, io)
          io.out(pairedMessage(await followPairing(run, invite, invocation.yes, io)))
        })
      })
    case 'pair-join':
      return withSync(invocation.dataDir, null, async (run) => {
        const started = (await run({ name: 'pair.join', code: invocation.code })) as PairingStatus
        io.out('Connecting to the inviting device...\n')
        await cancelOnError(run, started, async () => io.out(pairedMessage(await followPairing(run, started, invocation.yes, io))))
      })
  }
}
