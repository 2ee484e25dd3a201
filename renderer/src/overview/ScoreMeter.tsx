import { useTranslation } from 'react-i18next'

/** A score out of 100 as a bar with its number; "not enough data" instead of a bar without one. */
export function ScoreMeter({ score, label }: { score: number | null; label: string }) {
  const { t } = useTranslation()
  if (score === null) return <p className="score-meter muted">{t('insight.score.none')}</p>
  return (
    <div className="score-meter">
      <meter min={0} max={100} low={40} high={70} optimum={100} value={score} aria-label={label} />
      <span className="score-number">{t('insight.score.value', { score })}</span>
    </div>
  )
}
