/**
 * The one IPC contract between the renderer (through the preload) and the main process.
 *
 * Every request is parsed at runtime with the schema below before a handler sees it; every
 * response is `IpcResult<T>` so errors cross the boundary as data, never as thrown exceptions.
 * Main's handler map `satisfies IpcHandlers`; the preload's `KizunaApi` is derived from the
 * same request/response types.
 */
import { z } from 'zod'
import type { PairedDeviceStatus, PairingStatus, SyncNowReport, SyncStatus } from '../sync'
import { INVOKE_CHANNELS } from './channels'
import { ioRequestSchemas, type IoResponses } from './io-contract'

/** Largest sync message accepted over IPC. A whole 100k-record vault encodes to a few MB. */
export const MAX_SYNC_MESSAGE_BYTES = 64 * 1024 * 1024
/** Largest non-binary payload, measured as JSON. */
export const MAX_PLAIN_PAYLOAD_BYTES = 64 * 1024

export const VaultNameSchema = z.enum(['default', 'sample'])
export type VaultName = z.infer<typeof VaultNameSchema>

const Bytes = z
  .instanceof(Uint8Array)
  .refine((b) => b.byteLength > 0, 'empty message')
  .refine((b) => b.byteLength <= MAX_SYNC_MESSAGE_BYTES, `message larger than ${MAX_SYNC_MESSAGE_BYTES} bytes`)

export const LanguageSettingSchema = z.enum(['system', 'ja', 'en'])
export const ThemeSettingSchema = z.enum(['system', 'light', 'dark'])

export const SettingsSchema = z.object({
  language: LanguageSettingSchema,
  theme: ThemeSettingSchema,
  /** Whether the first-run screen has been dismissed on this device. */
  firstRunDone: z.boolean(),
  /** Desktop notifications for follow-ups and keep-in-touch items falling due, on this device. */
  notifications: z.boolean(),
  /** At most this many such notifications a day. */
  notificationsPerDay: z.int().min(0).max(20),
})
export type Settings = z.infer<typeof SettingsSchema>
export const DEFAULT_SETTINGS: Settings = { language: 'system', theme: 'system', firstRunDone: false, notifications: true, notificationsPerDay: 3 }

export const requestSchemas = {
  [INVOKE_CHANNELS.vaultOpen]: z.strictObject({ vault: VaultNameSchema }),
  [INVOKE_CHANNELS.vaultSync]: z.strictObject({ vault: VaultNameSchema, message: Bytes }),
  [INVOKE_CHANNELS.settingsGet]: z.undefined(),
  [INVOKE_CHANNELS.settingsSet]: SettingsSchema.partial().strict(),
  [INVOKE_CHANNELS.appInfo]: z.undefined(),
  [INVOKE_CHANNELS.syncStatus]: z.undefined(),
  [INVOKE_CHANNELS.syncPairInvite]: z.undefined(),
  [INVOKE_CHANNELS.syncPairJoin]: z.strictObject({ code: z.string().min(1).max(1000) }),
  [INVOKE_CHANNELS.syncConfirm]: z.strictObject({ pairingId: z.uuid(), accept: z.boolean() }),
  [INVOKE_CHANNELS.syncPairCancel]: z.strictObject({ pairingId: z.uuid() }),
  [INVOKE_CHANNELS.syncDevices]: z.undefined(),
  [INVOKE_CHANNELS.syncRevoke]: z.strictObject({ deviceId: z.string().regex(/^[A-Z2-7]{52}$/) }),
  [INVOKE_CHANNELS.syncNow]: z.undefined(),
  // The folder is chosen in main's native dialog; the renderer can only clear it, never name a path.
  [INVOKE_CHANNELS.syncChooseFolder]: z.undefined(),
  [INVOKE_CHANNELS.syncSetFolder]: z.strictObject({ folder: z.null() }),
  ...ioRequestSchemas,
} as const

/** What the main process found when it loaded a vault's file store. */
export interface StoreHealth {
  /** The store held nothing (first run, or its files were deleted). */
  wasEmpty: boolean
  /** Human-readable problems found and repaired while loading (corrupt tail kept aside, etc.). */
  repairs: string[]
}

export interface VaultOpenResponse {
  /** Name of the renderer's IndexedDB database for this vault. */
  dbName: string
  store: StoreHealth
}

export interface VaultSyncResponse {
  /** y-protocols sync messages to apply, in order. */
  replies: Uint8Array[]
}

export interface AppInfo {
  version: string
  platform: string
  /** The OS locale, e.g. "ja-JP". */
  locale: string
  dataDir: string
}

export interface IpcResponses extends IoResponses {
  [INVOKE_CHANNELS.vaultOpen]: VaultOpenResponse
  [INVOKE_CHANNELS.vaultSync]: VaultSyncResponse
  [INVOKE_CHANNELS.settingsGet]: Settings
  [INVOKE_CHANNELS.settingsSet]: Settings
  [INVOKE_CHANNELS.appInfo]: AppInfo
  [INVOKE_CHANNELS.syncStatus]: SyncStatus
  [INVOKE_CHANNELS.syncPairInvite]: PairingStatus
  [INVOKE_CHANNELS.syncPairJoin]: PairingStatus
  [INVOKE_CHANNELS.syncConfirm]: PairingStatus
  [INVOKE_CHANNELS.syncPairCancel]: PairingStatus
  [INVOKE_CHANNELS.syncDevices]: PairedDeviceStatus[]
  [INVOKE_CHANNELS.syncRevoke]: SyncStatus
  [INVOKE_CHANNELS.syncNow]: SyncNowReport
  [INVOKE_CHANNELS.syncChooseFolder]: SyncStatus
  [INVOKE_CHANNELS.syncSetFolder]: SyncStatus
}

export type IpcRequests = { [C in keyof typeof requestSchemas]: z.infer<(typeof requestSchemas)[C]> }

export type IpcErrorCode = 'invalid-payload' | 'payload-too-large' | 'untrusted-sender' | 'internal' | 'storage' | 'sync'
export interface IpcError {
  code: IpcErrorCode
  message: string
}
export type IpcResult<T> = { ok: true; value: T } | { ok: false; error: IpcError }

/**
 * What main's handlers must satisfy: parsed request in, plain value out (thrown errors are
 * caught). `Ctx` is what the main process knows about the caller (its web contents).
 */
export type IpcHandlers<Ctx = unknown> = {
  [C in keyof IpcRequests]: (request: IpcRequests[C], context: Ctx) => Promise<IpcResponses[C]>
}

/** A problem or notice shown in the status area. */
export interface StatusEvent {
  kind: 'error' | 'notice'
  /** i18n key under `status.`; `detail` carries the specifics (file, cause). */
  code: 'store-write-failed' | 'store-repaired' | 'restored-from-window' | 'restored-from-disk'
  detail: string
}

export interface EventPayloads {
  'vault:didReceive': { vault: VaultName; message: Uint8Array }
  'status:didChange': StatusEvent
  /** Main asks the window to show something, e.g. the person a clicked notification is about. */
  'app:didRequestOpen': { view: 'person'; personId: string }
  'sync:didChange': SyncStatus
}
