/**
 * A distribution as bars: per category, the share of my advisors and the share of everyone I know
 * (shares, so a group of 8 and one of 120 compare), the category's name above its pair of bars
 * (no label is ever cut), the percentage after each bar.
 */
import { useTranslation } from 'react-i18next'

export interface DistributionRow {
  label: string
  advisors: number
  network: number
}

const WIDTH = 560
const BAR_MAX = 440
const ROW = 44

export function DistributionChart({ rows, label }: { rows: readonly DistributionRow[]; label: string }) {
  const { t, i18n } = useTranslation()
  const format = (share: number) => new Intl.NumberFormat(i18n.language, { style: 'percent', maximumFractionDigits: 0 }).format(share)
  const height = rows.length * ROW + 28
  return (
    <figure className="chart distribution-chart">
      <svg viewBox={`0 0 ${WIDTH} ${height}`} width="100%" style={{ maxWidth: WIDTH }} role="img" aria-label={label}>
        <g className="chart-legend" transform="translate(0 10)">
          <rect width={10} height={10} y={-5} className="series-advisors" />
          <text x={16} dominantBaseline="middle">
            {t('insight.diversity.advisors')}
          </text>
          <rect x={160} width={10} height={10} y={-5} className="series-network" />
          <text x={176} dominantBaseline="middle">
            {t('insight.diversity.network')}
          </text>
        </g>
        {rows.map((row, i) => {
          const y = 28 + i * ROW
          return (
            <g key={row.label} transform={`translate(0 ${y})`}>
              <text y={10} className="chart-label">
                {row.label}
              </text>
              <rect y={16} height={9} width={Math.max(1, BAR_MAX * row.advisors)} className="series-advisors" />
              <text x={BAR_MAX * row.advisors + 6} y={21} dominantBaseline="middle" className="chart-value">
                {format(row.advisors)}
              </text>
              <rect y={27} height={9} width={Math.max(1, BAR_MAX * row.network)} className="series-network" />
              <text x={BAR_MAX * row.network + 6} y={32} dominantBaseline="middle" className="chart-value">
                {format(row.network)}
              </text>
            </g>
          )
        })}
      </svg>
    </figure>
  )
}
