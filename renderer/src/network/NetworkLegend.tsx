import { useTranslation } from 'react-i18next'
import type { LegendEntry } from './scene/export-image'

/** The legend: one swatch per category with its count, plus how advisors and me are drawn. */
export function NetworkLegend({ title, entries }: { title: string; entries: readonly (LegendEntry & { count: number })[] }) {
  const { t } = useTranslation()
  return (
    <section className="network-legend" aria-label={t('network.legend')}>
      <h2>{title}</h2>
      <ul>
        {entries.map((entry) => (
          <li key={entry.label}>
            <svg width="14" height="14" aria-hidden="true">
              <circle cx="7" cy="7" r="6" fill={entry.colour} />
            </svg>
            {entry.label} <span className="muted">({entry.count})</span>
          </li>
        ))}
        <li>
          <svg width="14" height="14" aria-hidden="true">
            <circle cx="7" cy="7" r="5" fill="none" stroke="currentColor" strokeWidth="1.5" />
          </svg>
          {t('network.legendAdvisor')}
        </li>
        <li>
          <svg width="14" height="14" aria-hidden="true">
            <circle cx="7" cy="7" r="6" fill="currentColor" />
          </svg>
          {t('network.me')}
        </li>
      </ul>
    </section>
  )
}
