/**
 * IPC channel names, shared by main and preload. Kept free of zod so the sandboxed preload
 * bundles nothing but these strings. Channels are `namespace:verb`; events are `namespace:didX`.
 */
export const INVOKE_CHANNELS = {
  vaultOpen: 'vault:open',
  vaultSync: 'vault:sync',
  settingsGet: 'settings:get',
  settingsSet: 'settings:set',
  appInfo: 'app:info',
  syncStatus: 'sync:status',
  syncPairInvite: 'sync:pairInvite',
  syncPairJoin: 'sync:pairJoin',
  syncConfirm: 'sync:confirm',
  syncPairCancel: 'sync:pairCancel',
  syncDevices: 'sync:devices',
  syncRevoke: 'sync:revoke',
  syncNow: 'sync:now',
  syncChooseFolder: 'sync:chooseFolder',
  syncSetFolder: 'sync:setFolder',
  ioChooseImportFile: 'io:chooseImportFile',
  ioExport: 'io:export',
  backupsList: 'backups:list',
  backupsRead: 'backups:read',
  backupsRestore: 'backups:restore',
} as const

export const EVENT_CHANNELS = {
  vaultDidReceive: 'vault:didReceive',
  statusDidChange: 'status:didChange',
  appDidRequestOpen: 'app:didRequestOpen',
  syncDidChange: 'sync:didChange',
} as const

export type InvokeChannel = (typeof INVOKE_CHANNELS)[keyof typeof INVOKE_CHANNELS]
export type EventChannel = (typeof EVENT_CHANNELS)[keyof typeof EVENT_CHANNELS]
