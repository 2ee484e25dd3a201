import { useEffect, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { PairedDeviceStatus } from '../../../shared/sync/sync-status'
import { acceptSyncStatus } from './sync-status-store'
import { useSyncAction } from './use-sync-action'

/** The paired devices, with last-seen and last-synced times, and revoke (after a confirmation). */
export function DeviceList({ devices }: { devices: PairedDeviceStatus[] }) {
  const { t, i18n } = useTranslation()
  const [revoking, setRevoking] = useState<PairedDeviceStatus | null>(null)
  const { busy, error, run } = useSyncAction()
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
              <button type="button" className="danger" disabled={busy} onClick={() => setRevoking(d)}>
                {t('devices.revoke.button', { name: d.name })}
              </button>
            </li>
          ))}
        </ul>
      )}
      {error && (
        <p role="alert" className="devices-error">
          {t('devices.failed', { message: error })}
        </p>
      )}
      {revoking && (
        <ConfirmRevoke
          device={revoking}
          onCancel={() => setRevoking(null)}
          onConfirm={() => {
            const id = revoking.deviceId
            setRevoking(null)
            void run(() => window.kizuna.sync.revoke(id), acceptSyncStatus)
          }}
        />
      )}
    </section>
  )
}

function ConfirmRevoke({ device, onCancel, onConfirm }: { device: PairedDeviceStatus; onCancel: () => void; onConfirm: () => void }) {
  const { t } = useTranslation()
  const dialog = useRef<HTMLDialogElement>(null)
  useEffect(() => {
    const d = dialog.current
    if (d && !d.open) d.showModal()
    return () => d?.close()
  }, [])
  return (
    <dialog ref={dialog} className="confirm" aria-labelledby="revoke-title" aria-describedby="revoke-body" onCancel={onCancel}>
      <h2 id="revoke-title">{t('devices.revoke.title', { name: device.name })}</h2>
      <p id="revoke-body">{t('devices.revoke.body', { name: device.name })}</p>
      <div className="actions">
        <button type="button" onClick={onCancel} autoFocus>
          {t('devices.cancel')}
        </button>
        <button type="button" className="danger" onClick={onConfirm}>
          {t('devices.revoke.confirm')}
        </button>
      </div>
    </dialog>
  )
}
