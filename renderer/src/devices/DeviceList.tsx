import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { ConfirmDialog } from '../components/ConfirmDialog'
import type { PairedDeviceStatus } from '../../../shared/sync'
import { useApi } from '../core/api-context'
import { useSyncStatusStore } from './sync-status-store'
import { useSyncAction } from './use-sync-action'
import { SyncActionError } from './SyncActionError'

/** The paired devices: last seen, last acknowledged round trip, what it still lacks, and revoke (after a confirmation). */
export function DeviceList({ devices }: { devices: PairedDeviceStatus[] }) {
  const { t, i18n } = useTranslation()
  const [revoking, setRevoking] = useState<PairedDeviceStatus | null>(null)
  const { busy, error, run } = useSyncAction()
  const api = useApi()
  const { accept: acceptSyncStatus } = useSyncStatusStore()
  const pendingText = (pending: number | null) =>
    pending === null ? t('deviceSync.pending.unknown') : pending === 0 ? t('deviceSync.pending.upToDate') : t('deviceSync.pending.waiting', { count: pending })
  const when = (ms: number | null) => (ms === null ? t('devices.never') : new Date(ms).toLocaleString(i18n.language))
  return (
    <section className="devices-section" aria-labelledby="paired-title">
      <h2 id="paired-title">{t('devices.paired')}</h2>
      {devices.length === 0 ? (
        <p className="empty-state">{t('devices.none')}</p>
      ) : (
        <ul className="device-list" aria-labelledby="paired-title">
          {devices.map((d) => (
            <li key={d.deviceId} className="device-row" aria-label={d.name}>
              <div>
                <strong>{d.name}</strong> <code className="fingerprint">{d.fingerprint}</code>{' '}
                <span className={d.connected ? 'device-connected' : 'muted'}>{t(d.connected ? 'devices.connected' : 'devices.notConnected')}</span>
              </div>
              <div className="muted">
                {t('devices.lastSeen', { when: when(d.lastSeenAt) })} · {t('devices.lastSynced', { when: when(d.lastSyncedAt) })}
              </div>
              <div className={d.pendingChanges ? 'device-pending' : 'muted'} data-pending={d.pendingChanges ?? 'unknown'}>
                {pendingText(d.pendingChanges)}
              </div>
              <button type="button" className="danger" disabled={busy} onClick={() => setRevoking(d)}>
                {t('devices.revoke.button', { name: d.name })}
              </button>
            </li>
          ))}
        </ul>
      )}
      <SyncActionError error={error} />
      {revoking && (
        <ConfirmDialog
          title={t('devices.revoke.title', { name: revoking.name })}
          body={t('devices.revoke.body', { name: revoking.name })}
          cancelLabel={t('devices.cancel')}
          confirmLabel={t('devices.revoke.confirm')}
          onCancel={() => setRevoking(null)}
          onConfirm={() => {
            const id = revoking.deviceId
            setRevoking(null)
            void run(() => api.sync.revoke({ deviceId: id }), acceptSyncStatus)
          }}
        />
      )}
    </section>
  )
}
