import { useTranslation } from 'react-i18next'
import type { EchoChamber } from '../../../shared/analysis'

interface Props {
  chambers: readonly EchoChamber[]
  /** Each chamber's one name (review/chamber-names.ts). */
  names: ReadonlyMap<number, string>
  highlighted: number | null
  onHighlight: (community: number | null) => void
}

/**
 * The echo chambers the analysis flagged: outlined on the map already; each button focuses the
 * map on one (the rest dimmed), pressed again shows everyone.
 */
export function EchoChamberBar({ chambers, names, highlighted, onHighlight }: Props) {
  const { t } = useTranslation()
  if (chambers.length === 0) return null
  return (
    <div className="echo-bar" role="group" aria-label={t('network.echoChambers')}>
      <span>{t('insight.map.chambersOutlined')}</span>
      {chambers.map((chamber) => (
        <button
          key={chamber.circle}
          type="button"
          aria-pressed={highlighted === chamber.circle}
          onClick={() => onHighlight(highlighted === chamber.circle ? null : chamber.circle)}
        >
          {names.get(chamber.circle)}
        </button>
      ))}
    </div>
  )
}
