import { useTranslation } from 'react-i18next'

/** The last failed sync action's message (useSyncAction's `error`) as an alert; nothing while there is none. */
export function SyncActionError({ error }: { error: string | null }) {
  const { t } = useTranslation()
  if (!error) return null
  return (
    <p role="alert" className="devices-error">
      {t('devices.failed', { message: error })}
    </p>
  )
}
