/**
 * Schwartz's circumplex (Schwartz 1992; angles from taxonomy.ts): the ten values around a circle
 * in their four higher-order groups, my own values marked, and my advisors' perceived values as
 * dots whose area grows with how many advisors hold the value; the labels all fit inside the
 * drawing (the longest, "Self-direction", was once cut off). A collapsed table gives the numbers.
 */
import { useTranslation } from 'react-i18next'
import { SCHWARTZ_GROUPS, SCHWARTZ_VALUES } from '../../../shared/graph'
import type { Person, Profile } from '../../../shared/graph'
import { categoryColour, documentTheme } from '../network'
import { ColumnHeads } from '../components/ColumnHeads'

const R = 120

export function CircumplexChart({ me, advisors }: { me: Profile; advisors: readonly Person[] }) {
  const { t, i18n } = useTranslation()
  const language = i18n.language === 'ja' ? 'ja' : 'en'
  const theme = documentTheme()
  const counts = new Map(SCHWARTZ_VALUES.map((value) => [value.id, advisors.filter((a) => a.values.includes(value.id)).length]))
  const max = Math.max(1, ...counts.values())
  const mine = new Set(me.values)
  const at = (angle: number, radius: number): [number, number] => {
    // Counter-clockwise from the right, as the taxonomy's angles are defined; SVG y points down.
    const a = (angle * Math.PI) / 180
    return [radius * Math.cos(a), -radius * Math.sin(a)]
  }
  return (
    <figure className="circumplex">
      <svg viewBox="-280 -175 560 350" width="100%" style={{ maxWidth: 560 }} role="img" aria-label={t('diversity.circumplexLabel')}>
        <circle r={R} fill="none" stroke="currentColor" strokeOpacity={0.3} />
        {SCHWARTZ_VALUES.map((value) => {
          const [x, y] = at(value.angle, R)
          const [lx, ly] = at(value.angle, R + 22)
          const group = SCHWARTZ_GROUPS.findIndex((g) => g.id === value.group)
          const count = counts.get(value.id) ?? 0
          return (
            <g key={value.id} data-value={value.id}>
              <line x1={0} y1={0} x2={x} y2={y} stroke="currentColor" strokeOpacity={0.12} />
              {count > 0 && <circle cx={x} cy={y} r={4 + 12 * Math.sqrt(count / max)} fill={categoryColour(theme, group)} fillOpacity={0.75} />}
              {mine.has(value.id) && <circle cx={x} cy={y} r={6} fill="none" stroke="currentColor" strokeWidth={2.5} />}
              <text x={lx} y={ly} textAnchor={lx > 10 ? 'start' : lx < -10 ? 'end' : 'middle'} dominantBaseline="middle" className="chart-label">
                {value.label[language]}
              </text>
            </g>
          )
        })}
      </svg>
      <figcaption>{t('diversity.circumplexCaption')}</figcaption>
      <details className="table-alternative">
        <summary>{t('insight.diversity.showTable')}</summary>
        <table className="data-table">
          <caption>{t('diversity.circumplexTable')}</caption>
          <ColumnHeads labels={[t('diversity.value'), t('diversity.group'), t('diversity.advisorsHolding'), t('diversity.mine')]} />
          <tbody>
            {SCHWARTZ_VALUES.map((value) => (
              <tr key={value.id}>
                <th scope="row">{value.label[language]}</th>
                <td>{SCHWARTZ_GROUPS.find((g) => g.id === value.group)?.label[language]}</td>
                <td>{counts.get(value.id)}</td>
                <td>{mine.has(value.id) ? t('diversity.yes') : ''}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </figure>
  )
}
