import { useTranslation } from 'react-i18next'
import type { EchoChamber } from '../../../shared/analysis'

interface Props {
  chambers: readonly EchoChamber[]
  highlighted: number | null
  onHighlight: (community: number | null) => void
}

/** The echo chambers the analysis flagged, as toggles that highlight one on the map. */
export function EchoChamberBar({ chambers, highlighted, onHighlight }: Props) {
  const { t } = useTranslation()
  if (chambers.length === 0) return null
  return (
    <div className="echo-bar" role="group" aria-label={t('network.echoChambers')}>
      <span>{t('network.echoChambers')}:</span>
      {chambers.map((chamber) => (
        <button
          key={chamber.community}
          type="button"
          aria-pressed={highlighted === chamber.community}
          onClick={() => onHighlight(highlighted === chamber.community ? null : chamber.community)}
        >
          {t('network.echoChamber', { number: chamber.community + 1, count: chamber.memberIds.length })}
        </button>
      ))}
    </div>
  )
}
