/**
 * Change over time on one dimension as two lines, my advisors and everyone I know, from 0 (all
 * alike) to 1 (evenly spread), one point per year. Small enough to set several side by side.
 */
import { useTranslation } from 'react-i18next'
import type { DiversityPoint } from './diversity-data'

const W = 280
const H = 150
const PAD = { left: 28, right: 10, top: 12, bottom: 24 }

export function TrendChart({ points, title }: { points: readonly DiversityPoint[]; title: string }) {
  const { t } = useTranslation()
  const x = (i: number) => PAD.left + (points.length === 1 ? 0 : (i * (W - PAD.left - PAD.right)) / (points.length - 1))
  const y = (v: number) => PAD.top + (1 - v) * (H - PAD.top - PAD.bottom)
  const line = (key: 'advisorIqv' | 'networkIqv') => points.map((p, i) => `${i === 0 ? 'M' : 'L'}${x(i).toFixed(1)},${y(p[key]).toFixed(1)}`).join('')
  const first = points[0]?.date.slice(0, 4)
  const last = points[points.length - 1]?.date.slice(0, 4)
  return (
    <figure className="chart trend-chart">
      <figcaption>{title}</figcaption>
      <svg viewBox={`0 0 ${W} ${H}`} width={W} height={H} role="img" aria-label={t('insight.diversity.overTimeChart', { dimension: title })}>
        {[0, 0.5, 1].map((v) => (
          <g key={v}>
            <line x1={PAD.left} x2={W - PAD.right} y1={y(v)} y2={y(v)} className="chart-grid" />
            <text x={PAD.left - 4} y={y(v)} textAnchor="end" dominantBaseline="middle" className="chart-value">
              {v}
            </text>
          </g>
        ))}
        <path d={line('networkIqv')} className="line-network" />
        <path d={line('advisorIqv')} className="line-advisors" />
        <text x={PAD.left} y={H - 6} className="chart-value">
          {first}
        </text>
        <text x={W - PAD.right} y={H - 6} textAnchor="end" className="chart-value">
          {last}
        </text>
      </svg>
    </figure>
  )
}
