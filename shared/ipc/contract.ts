/**
 * The one IPC contract between the renderer (through the preload) and the main process: one
 * table per namespace (method -> request schema, response type). Everything else is derived from
 * these tables: the runtime `requestSchemas` main parses with, `IpcRequests`/`IpcResponses`,
 * main's `IpcHandlers` (its handler maps `satisfies` them) and the preload's `KizunaApi` (api.ts).
 *
 * Every response is `IpcResult<T>`, so errors cross the boundary as data, never as thrown
 * exceptions; an unexpected failure reaches the renderer as `internal` with a generic message.
 */
import { z } from 'zod'
import { LANGUAGE_SETTINGS } from '../i18n'
import type { PairedDeviceStatus, PairingStatus, SyncNowReport, SyncStatus } from '../sync'
import type { EventChannel, InvokeChannel, InvokeNamespace } from './channels'
import { method, VaultNameSchema, type NamespaceContract, type VaultName } from './contract-table'
import { backupsContract, ioContract, type RestoreReport } from './io-contract'

export { VaultNameSchema, type VaultName }

/** Largest sync message accepted over IPC. A whole 100k-record vault encodes to a few MB. */
export const MAX_SYNC_MESSAGE_BYTES = 64 * 1024 * 1024
/** Largest non-binary payload, measured as JSON. */
export const MAX_PLAIN_PAYLOAD_BYTES = 64 * 1024

const Bytes = z
  .custom<Uint8Array>((b) => b instanceof Uint8Array, 'expected bytes (a Uint8Array)')
  .refine((b) => b.byteLength > 0, 'empty message')
  .refine((b) => b.byteLength <= MAX_SYNC_MESSAGE_BYTES, `message larger than ${MAX_SYNC_MESSAGE_BYTES} bytes`)

export const LanguageSettingSchema = z.enum(LANGUAGE_SETTINGS)
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

const vaultContract = {
  open: method<VaultOpenResponse>()(z.strictObject({ vault: VaultNameSchema })),
  sync: method<VaultSyncResponse>()(z.strictObject({ vault: VaultNameSchema, message: Bytes })),
} satisfies NamespaceContract<'vault'>

const settingsContract = {
  get: method<Settings>()(z.undefined()),
  set: method<Settings>()(SettingsSchema.partial().strict()),
} satisfies NamespaceContract<'settings'>

const appContract = {
  info: method<AppInfo>()(z.undefined()),
} satisfies NamespaceContract<'app'>

const syncContract = {
  status: method<SyncStatus>()(z.undefined()),
  pairInvite: method<PairingStatus>()(z.undefined()),
  pairJoin: method<PairingStatus>()(z.strictObject({ code: z.string().min(1).max(1000) })),
  confirm: method<PairingStatus>()(z.strictObject({ pairingId: z.uuid(), accept: z.boolean() })),
  pairCancel: method<PairingStatus>()(z.strictObject({ pairingId: z.uuid() })),
  devices: method<PairedDeviceStatus[]>()(z.undefined()),
  revoke: method<SyncStatus>()(z.strictObject({ deviceId: z.string().regex(/^[A-Z2-7]{52}$/) })),
  now: method<SyncNowReport>()(z.undefined()),
  // The folder is chosen in main's native dialog; the renderer can only clear it, never name a path.
  chooseFolder: method<SyncStatus>()(z.undefined()),
  clearFolder: method<SyncStatus>()(z.undefined()),
  // The last mass removal by another device (SyncStatus.lastRemoteRemoval): restore the backup kept before it, or keep the change.
  restoreRemoval: method<RestoreReport>()(z.undefined()),
  dismissRemoval: method<SyncStatus>()(z.undefined()),
} satisfies NamespaceContract<'sync'>

export const CONTRACT = {
  vault: vaultContract,
  settings: settingsContract,
  app: appContract,
  sync: syncContract,
  io: ioContract,
  backups: backupsContract,
} satisfies { [N in InvokeNamespace]: NamespaceContract<N> }

export type Contract = typeof CONTRACT
type EntryOf<C extends InvokeChannel> = C extends `${infer N extends InvokeNamespace}:${infer M}` ? Contract[N][M & keyof Contract[N]] : never

/** Every channel's request schema, keyed by channel: what main parses each call with. */
export const requestSchemas = Object.fromEntries(
  Object.entries(CONTRACT).flatMap(([namespace, table]) => Object.entries(table).map(([name, entry]) => [`${namespace}:${name}`, (entry as { request: z.ZodType }).request])),
) as { [C in InvokeChannel]: EntryOf<C>['request'] }

export type IpcRequests = { [C in InvokeChannel]: z.infer<EntryOf<C>['request']> }
export type IpcResponses = { [C in InvokeChannel]: EntryOf<C>['response'] }

export type IpcErrorCode = 'invalid-payload' | 'payload-too-large' | 'untrusted-sender' | 'internal' | 'storage' | 'sync'
export interface IpcError {
  code: IpcErrorCode
  /** Safe to show: a handler's `IpcUserError` message, or a generic one for `internal`. */
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

/** Each event's payload, by channel (channels.ts lists the events). */
export interface EventPayloads extends Record<EventChannel, unknown> {
  'vault:didReceive': { vault: VaultName; message: Uint8Array }
  'status:didChange': StatusEvent
  /** Main asks the window to show something, e.g. the person a clicked notification is about. */
  'app:didRequestOpen': { view: 'person'; personId: string }
  'sync:didChange': SyncStatus
}
