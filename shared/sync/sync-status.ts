/**
 * What the Devices page, the status area and `kizuna devices list --json` see of device sync:
 * plain JSON data, the same from the main process (IPC) and from a headless peer (control socket).
 *
 *   state   off      sync was never enabled here (no paired device, no sync folder)
 *           offline  paired, but no paired device is connected right now
 *           syncing  connected and exchanging what is missing
 *           synced   every connected device (and the last folder round) is up to date
 *           error    the last attempt failed; `error` says why
 * Times are ms since the epoch, or null when it never happened.
 */

export type SyncState = 'off' | 'offline' | 'syncing' | 'synced' | 'error'

export interface ThisDevice {
  deviceId: string
  /** Short readable form of the device id, e.g. "ABCD-EFGH-IJKL-MNOP". */
  fingerprint: string
  name: string
}

export interface PairedDeviceStatus {
  deviceId: string
  fingerprint: string
  name: string
  pairedAt: number
  address: string | null
  lastSeenAt: number | null
  /** The last acknowledged round trip: the device had applied everything this device had sent it. */
  lastSyncedAt: number | null
  connected: boolean
  /**
   * How many of this device's changes it is not known to hold (0: up to date), counted in Yjs
   * items (a field set is one); null before its first acknowledged round trip.
   */
  pendingChanges: number | null
}

export type PairingRole = 'invite' | 'join'
export type PairingPhase = 'waiting' | 'confirm' | 'paired' | 'failed'

/** One pairing in progress (or just finished) on this device. */
export interface PairingStatus {
  pairingId: string
  role: PairingRole
  phase: PairingPhase
  /** Invites only: the code to type on the other device and its QR payload (`kizuna://pair?...`). */
  code: string | null
  qrPayload: string | null
  expiresAt: number | null
  /** Once both sides derived the secrets: the four words both screens must show. */
  words: string[] | null
  peer: { deviceId: string; fingerprint: string; name: string } | null
  /** Whether this side's user already answered the confirmation. */
  confirmed: boolean
  error: string | null
}

export interface FolderRoundSummary {
  at: number
  applied: number
  written: boolean
  /** Files that were skipped, as "<file>: <reason>". */
  problems: string[]
}

/** A change from another device removed a large share of the people; `backupId` restores the state before it. */
export interface RemoteRemovalStatus {
  deviceId: string
  /** The device's name, or its fingerprint if this device does not know it. */
  deviceName: string
  removed: number
  of: number
  backupId: string
  at: number
}

/** Changes that waited for other changes that never came were dropped (asked for again on the next sync). */
export interface DroppedUpdatesStatus {
  /** The device whose change last left them waiting, if known. */
  deviceId: string | null
  deviceName: string | null
  bytes: number
  /** `size`: more than the limit waited; `age`: they waited longer than the limit. */
  reason: 'size' | 'age'
  at: number
}

export interface SyncStatus {
  state: SyncState
  error: string | null
  /** Listening for other devices (host:port), or null while sync is off. */
  listening: string | null
  device: ThisDevice
  devices: PairedDeviceStatus[]
  folder: string | null
  lastFolderRound: FolderRoundSummary | null
  pairing: PairingStatus | null
  /** The last mass removal by another device, until restored or dismissed (absent: none). */
  lastRemoteRemoval?: RemoteRemovalStatus | null
  /** The last time waiting changes were dropped (absent: never since this process started). */
  lastDroppedUpdates?: DroppedUpdatesStatus | null
}

export interface SyncNowOutcome {
  deviceId: string
  ok: boolean
  error: string | null
}

export interface SyncNowReport {
  devices: SyncNowOutcome[]
  folder: FolderRoundSummary | null
  folderError: string | null
}
