/** The sync:* channels' cases for the IPC dispatch test (tests/unit/electron/main/ipc.test.ts). */
import type { IpcHandlers } from '../../../../shared/ipc'
import type { SyncStatus } from '../../../../shared/sync/sync-status'

type SyncChannel = Extract<keyof IpcHandlers, `sync:${string}`>
type Ok = <T>(channel: string, value: T) => () => Promise<T>

const DEVICE_ID = 'A'.repeat(52)
const PAIRING_ID = '4f7a1c2e-9b3d-4e5f-8a6b-7c8d9e0f1a2b'

const status: SyncStatus = {
  state: 'off',
  error: null,
  listening: null,
  device: { deviceId: DEVICE_ID, fingerprint: 'AAAA-AAAA-AAAA-AAAA', name: 'test' },
  devices: [],
  folder: null,
  lastFolderRound: null,
  pairing: null,
}
const pairing = {
  pairingId: PAIRING_ID,
  role: 'invite',
  phase: 'waiting',
  code: null,
  qrPayload: null,
  expiresAt: null,
  words: null,
  peer: null,
  confirmed: false,
  error: null,
} as const

export function syncHandlers(ok: Ok): Pick<IpcHandlers, SyncChannel> {
  return {
    'sync:status': ok('sync:status', status),
    'sync:pairInvite': ok('sync:pairInvite', pairing),
    'sync:pairJoin': ok('sync:pairJoin', pairing),
    'sync:confirm': ok('sync:confirm', pairing),
    'sync:pairCancel': ok('sync:pairCancel', pairing),
    'sync:devices': ok('sync:devices', []),
    'sync:revoke': ok('sync:revoke', status),
    'sync:now': ok('sync:now', { devices: [], folder: null, folderError: null }),
    'sync:chooseFolder': ok('sync:chooseFolder', status),
    'sync:clearFolder': ok('sync:clearFolder', status),
    'sync:restoreRemoval': ok('sync:restoreRemoval', {
      trashed: 0,
      unlinked: 0,
      removedRecords: 0,
      keptAs: { id: '2026-12-02T10-32-00-000Z', takenAt: '2026-12-02T10:32:00.000Z', size: 1 },
    }),
    'sync:dismissRemoval': ok('sync:dismissRemoval', status),
  }
}

/** For each sync channel: one valid payload and payloads that must be refused. */
export const SYNC_CASES: Record<SyncChannel, { valid: unknown[]; malformed: unknown[][] }> = {
  'sync:status': { valid: [], malformed: [[{}], ['x']] },
  'sync:pairInvite': { valid: [], malformed: [[{ ttlMs: 1 }], [1]] },
  'sync:pairJoin': { valid: [{ code: '127.0.0.1:47120-ABCD' }], malformed: [[{ code: '' }], [{ code: 'x'.repeat(1001) }], [{ code: 1 }], ['code'], [{ code: 'x', host: 'evil' }]] },
  'sync:confirm': {
    valid: [{ pairingId: PAIRING_ID, accept: true }],
    malformed: [[{ pairingId: PAIRING_ID }], [{ pairingId: 'not-a-uuid', accept: true }], [{ pairingId: PAIRING_ID, accept: 'yes' }]],
  },
  'sync:pairCancel': { valid: [{ pairingId: PAIRING_ID }], malformed: [[{}], [{ pairingId: 7 }]] },
  'sync:devices': { valid: [], malformed: [[{}]] },
  'sync:revoke': { valid: [{ deviceId: DEVICE_ID }], malformed: [[{ deviceId: 'short' }], [{ deviceId: `${DEVICE_ID.slice(1)}1` }], [{}], [DEVICE_ID]] },
  'sync:now': { valid: [], malformed: [[{}]] },
  'sync:chooseFolder': { valid: [], malformed: [[{ folder: '/etc' }], ['/etc']] },
  'sync:clearFolder': { valid: [], malformed: [[{ folder: '/etc' }], [{ folder: null }], [{}], ['../x']] },
  // Only the removal main knows of can be restored: the renderer names no backup.
  'sync:restoreRemoval': { valid: [], malformed: [[{ backupId: '2026-12-02T10-32-00-000Z' }], [{}], ['x']] },
  'sync:dismissRemoval': { valid: [], malformed: [[{}], [1]] },
}
