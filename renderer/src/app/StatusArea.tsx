import { useTranslation } from 'react-i18next'
import { SyncStatusBadge } from '../devices'
import { dismissStatus, statusText, useSaving, useStatusMessages } from './status'

export function StatusArea() {
  const { t } = useTranslation()
  const messages = useStatusMessages()
  const saving = useSaving()
  return (
    <footer className="status-area" aria-label={t('status.label')}>
      <div role="status" aria-live="polite" className="status-messages">
        {messages.length === 0 ? (
          <span className="status-ok">{saving ? t('status.saving') : t('status.saved')}</span>
        ) : (
          messages.map((m) => (
            <div key={m.id} className={`status-message status-${m.kind}`} role={m.kind === 'error' ? 'alert' : undefined}>
              <span>{statusText(t, m.text)}</span>
              <button type="button" className="link-button" onClick={() => dismissStatus(m.id)}>
                {t('status.dismiss')}
              </button>
            </div>
          ))
        )}
      </div>
      <div role="status" aria-live="polite" className="status-sync" aria-label={t('devices.title')}>
        <SyncStatusBadge />
      </div>
    </footer>
  )
}
