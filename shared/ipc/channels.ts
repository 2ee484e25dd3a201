/**
 * Every IPC method and event, by namespace. Kept free of zod so the sandboxed preload bundles
 * nothing but these names. A method's channel is `namespace:method`; an event's is
 * `namespace:didX` and the preload exposes it as `namespace.onDidX`. The request schemas and
 * response types of each method live in the contract tables (contract.ts, io-contract.ts).
 */
export const INVOKE_METHODS = {
  vault: ['open', 'sync'],
  settings: ['get', 'set'],
  app: ['info'],
  sync: ['status', 'pairInvite', 'pairJoin', 'confirm', 'pairCancel', 'devices', 'revoke', 'now', 'chooseFolder', 'clearFolder', 'restoreRemoval', 'dismissRemoval'],
  io: ['chooseImportFile', 'export'],
  backups: ['list', 'read', 'restore'],
} as const

export const EVENT_NAMES = {
  vault: ['didReceive'],
  status: ['didChange'],
  app: ['didRequestOpen'],
  sync: ['didChange'],
} as const

export type InvokeNamespace = keyof typeof INVOKE_METHODS
export type InvokeMethod<N extends InvokeNamespace> = (typeof INVOKE_METHODS)[N][number]
export type InvokeChannel = { [N in InvokeNamespace]: `${N}:${InvokeMethod<N>}` }[InvokeNamespace]
export type EventNamespace = keyof typeof EVENT_NAMES
export type EventChannel = { [N in EventNamespace]: `${N}:${(typeof EVENT_NAMES)[N][number]}` }[EventNamespace]

/** `sync:pairJoin` is `INVOKE_CHANNELS.syncPairJoin`: names for main's handler maps, derived from the list above. */
type ChannelKeys = { [C in InvokeChannel as C extends `${infer N}:${infer M}` ? `${N}${Capitalize<M>}` : never]: C }
type EventKeys = { [C in EventChannel as C extends `${infer N}:${infer M}` ? `${N}${Capitalize<M>}` : never]: C }

const keyOf = (channel: string): string => channel.replace(/:(.)/, (_match: string, first: string) => first.toUpperCase())

export const INVOKE_CHANNELS = Object.fromEntries(
  Object.entries(INVOKE_METHODS).flatMap(([namespace, methods]) => methods.map((method) => [keyOf(`${namespace}:${method}`), `${namespace}:${method}`])),
) as ChannelKeys

export const EVENT_CHANNELS = Object.fromEntries(
  Object.entries(EVENT_NAMES).flatMap(([namespace, events]) => events.map((event) => [keyOf(`${namespace}:${event}`), `${namespace}:${event}`])),
) as EventKeys
