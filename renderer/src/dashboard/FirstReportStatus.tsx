import { useTranslation } from 'react-i18next'
import type { AnalysisStatus } from '../analysis'

/** What a report view says before its first report: analysing, or that it failed with Try again. */
export function FirstReportStatus({ status, retry }: { status: AnalysisStatus; retry: () => void }) {
  const { t } = useTranslation()
  return (
    <p role="status">
      {status === 'error' ? t('diversity.failed') : t('diversity.computing')}
      {status === 'error' && (
        <button type="button" onClick={retry}>
          {t('app.retry')}
        </button>
      )}
    </p>
  )
}
