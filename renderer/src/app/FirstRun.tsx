import { useTranslation } from 'react-i18next'

interface Props {
  onStart: () => void
  onSample: () => void
}

/** Explains what Kizuna is for, in the essay's terms, before anything is created. */
export function FirstRun({ onStart, onSample }: Props) {
  const { t } = useTranslation()
  return (
    <main className="first-run" aria-labelledby="first-run-title">
      <h1 id="first-run-title">{t('firstRun.title')}</h1>
      <p className="lead">{t('firstRun.lead')}</p>
      <h2>{t('firstRun.qualitiesTitle')}</h2>
      <ol className="qualities">
        <li>{t('firstRun.quality1')}</li>
        <li>{t('firstRun.quality2')}</li>
        <li>{t('firstRun.quality3')}</li>
        <li>{t('firstRun.quality4')}</li>
      </ol>
      <div className="actions">
        <button type="button" className="primary" onClick={onStart} autoFocus>
          {t('firstRun.start')}
        </button>
        <button type="button" onClick={onSample} aria-describedby="sample-hint">
          {t('firstRun.sample')}
        </button>
      </div>
      <p id="sample-hint" className="hint">
        {t('firstRun.sampleHint')}
      </p>
    </main>
  )
}
