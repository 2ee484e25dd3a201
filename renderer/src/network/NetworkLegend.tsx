import { useTranslation } from 'react-i18next'
import type { LegendEntry } from './scene/export-image'

/** The legend beside the map: one swatch per category with its count, how advisors, me and echo chambers are drawn. */
export function NetworkLegend({ title, entries, outlined }: { title: string; entries: readonly (LegendEntry & { count: number })[]; outlined: boolean }) {
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
            <line x1="1" y1="4" x2="13" y2="4" stroke="currentColor" strokeWidth="2.6" strokeOpacity="0.7" strokeDasharray="3 2" />
            <line x1="1" y1="11" x2="13" y2="11" stroke="currentColor" strokeWidth="0.8" strokeOpacity="0.5" strokeDasharray="3 2" />
          </svg>
          {t('network.legendRecency')}
        </li>
        <li>
          <svg width="14" height="14" aria-hidden="true">
            <circle cx="7" cy="7" r="6" fill="currentColor" />
          </svg>
          {t('insight.map.legendMe')}
        </li>
        {outlined && (
          <li>
            <svg width="14" height="14" aria-hidden="true">
              <rect x="1.5" y="1.5" width="11" height="11" rx="3" fill="none" stroke="currentColor" strokeWidth="1.5" strokeDasharray="3 2" />
            </svg>
            {t('insight.map.legendOutline')}
          </li>
        )}
      </ul>
    </section>
  )
}
