import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { RemoteRemovalStatus } from '../../../shared/sync'
import { ConfirmDialog } from '../components/ConfirmDialog'
import { useApi } from '../core/api-context'
import { useSyncStatus, useSyncStatusStore } from './sync-status-store'
import { useSyncAction } from './use-sync-action'

/**
 * The shell's notice that another device moved most people to the trash in one change (main kept
 * a backup first, deletion-guard.ts): which device, how many, when, and one action to restore
 * (after a confirmation) or keep the change. Shown on every view until answered, here or by
 * `kizuna sync restore-removal`.
 */
export function RemoteRemovalBanner() {
  const { t, i18n } = useTranslation()
  const status = useSyncStatus()
  const api = useApi()
  const { accept: acceptSyncStatus, refresh: refreshSyncStatus } = useSyncStatusStore()
  const { busy, error, run } = useSyncAction()
  const [confirming, setConfirming] = useState(false)
  const [restored, setRestored] = useState<RemoteRemovalStatus | null>(null)
  const removal = status?.lastRemoteRemoval ?? null
  const time = (ms: number) => new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium', timeStyle: 'short' }).format(ms)
  const values = (r: RemoteRemovalStatus) => ({ device: r.deviceName, count: r.removed, of: r.of, time: time(r.at) })

  if (restored && !removal) {
    return (
      <div className="banner removal-banner" role="status">
        <span>{t('deviceSync.removal.restored', values(restored))}</span>
        <button type="button" onClick={() => setRestored(null)}>
          {t('deviceSync.removal.dismiss')}
        </button>
      </div>
    )
  }
  if (!removal) return null
  return (
    <div className="banner removal-banner" role="alert" data-removal-backup={removal.backupId}>
      <span>{t('deviceSync.removal.text', values(removal))}</span>
      <div className="removal-actions">
        <button type="button" disabled={busy} onClick={() => setConfirming(true)}>
          {t('deviceSync.removal.restore', values(removal))}
        </button>
        <button type="button" className="link-button" disabled={busy} onClick={() => void run(() => api.sync.dismissRemoval(), acceptSyncStatus)}>
          {t('deviceSync.removal.keep')}
        </button>
      </div>
      {error && <p className="devices-error">{t('deviceSync.removal.failed', { message: error })}</p>}
      {confirming && (
        <ConfirmDialog
          title={t('deviceSync.removal.confirmTitle', values(removal))}
          body={t('deviceSync.removal.confirmBody', values(removal))}
          cancelLabel={t('deviceSync.removal.cancel')}
          confirmLabel={t('deviceSync.removal.confirm', values(removal))}
          onCancel={() => setConfirming(false)}
          onConfirm={() => {
            setConfirming(false)
            void run(
              () => api.sync.restoreRemoval(),
              () => {
                setRestored(removal)
                void refreshSyncStatus()
              },
            )
          }}
        />
      )}
    </div>
  )
}
