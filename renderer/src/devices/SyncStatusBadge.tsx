import { useTranslation } from 'react-i18next'
import { useSyncStatus } from './sync-status-store'

/** The sync state in the status area; nothing while sync is off (never enabled on this device). */
export function SyncStatusBadge() {
  const { t } = useTranslation()
  const status = useSyncStatus()
  if (!status || status.state === 'off') return null
  const text = status.state === 'error' ? t('devices.status.error', { reason: status.error ?? '' }) : t(`devices.status.${status.state}`)
  return (
    <span className={`sync-badge sync-${status.state}`} data-sync-state={status.state}>
      {text}
    </span>
  )
}
