/** Plain-text output of the sync commands. */
import type { RestoreReport } from '../../shared/ipc'
import type { FolderRoundSummary, PairedDeviceStatus, RemoteRemovalStatus, SyncNowReport, SyncStatus } from '../../shared/sync'

const when = (ms: number | null): string => (ms === null ? 'never' : new Date(ms).toISOString().replace('T', ' ').slice(0, 19))

export function formatDevices(status: SyncStatus): string {
  const lines = [
    `This device: ${status.device.name} (${status.device.fingerprint})`,
    `  id ${status.device.deviceId}`,
    `Sync: ${status.state}${status.error ? ` (${status.error})` : ''}${status.listening ? `, listening on ${status.listening}` : ''}`,
  ]
  if (status.folder) lines.push(`Sync folder: ${status.folder}`)
  const removal = status.lastRemoteRemoval
  if (removal) lines.push(`${removedBy(removal)}. Undo with \`kizuna sync restore-removal\`.`)
  lines.push('')
  if (status.devices.length === 0) lines.push('No paired devices. Pair one with `kizuna pair invite` here and `kizuna pair join CODE` there.')
  else lines.push(`Paired devices (${status.devices.length}):`, ...status.devices.map(formatDevice))
  return `${lines.join('\n')}\n`
}

function formatDevice(device: PairedDeviceStatus): string {
  return [
    `  ${device.name} (${device.fingerprint})${device.connected ? ' connected' : ''}`,
    `    id ${device.deviceId}`,
    `    address ${device.address ?? 'unknown'}; last seen ${when(device.lastSeenAt)}; last synced ${when(device.lastSyncedAt)}`,
    `    ${pendingLine(device.pendingChanges)}`,
  ].join('\n')
}

export function formatFolderRound(folder: string, round: FolderRoundSummary): string {
  const problems = round.problems.map((p) => `  skipped ${p}\n`).join('')
  return `Synced through ${folder}: ${round.written ? 'wrote our changes, ' : ''}applied ${round.applied} file(s) from other devices.\n${problems}`
}

export function formatSyncNow(report: SyncNowReport, names: ReadonlyMap<string, string>): string {
  const lines = report.devices.map((d) => `${names.get(d.deviceId) ?? d.deviceId}: ${d.ok ? 'in sync' : `not synced (${d.error ?? 'unknown reason'})`}`)
  if (report.devices.length === 0) lines.push('No paired devices to sync with.')
  if (report.folder) lines.push(`Sync folder: applied ${report.folder.applied} file(s)${report.folder.problems.length > 0 ? `, skipped ${report.folder.problems.length}` : ''}.`)
  if (report.folderError) lines.push(`Sync folder: ${report.folderError}`)
  return `${lines.join('\n')}\n`
}

const removedBy = (removal: RemoteRemovalStatus): string => `${removal.deviceName} removed ${removal.removed} of ${removal.of} people at ${when(removal.at)}`

export function formatRemovalRestored(removal: RemoteRemovalStatus, report: RestoreReport): string {
  return `Restored the state from before ${removedBy(removal)}.\nThe state it replaced is kept as backup ${report.keptAs.id}.\n`
}

function pendingLine(pending: number | null): string {
  if (pending === null) return 'has not acknowledged a sync yet'
  if (pending === 0) return 'has every change from this device'
  return `${pending} change${pending === 1 ? '' : 's'} from this device not yet acknowledged`
}
