/**
 * The egogram view: me at the centre, rings for closeness, sectors for a chosen dimension (see
 * egogram-layout.ts). Sectors are focusable (arrow keys move between them and announce what they
 * hold); the table below gives the same counts.
 */
import { arc } from 'd3-shape'
import { useMemo, useRef, useState } from 'react'
import type { KeyboardEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { AGE_BANDS, ISCO_MAJOR_GROUPS, SCHWARTZ_GROUPS } from '../../../shared/graph'
import type { Label } from '../../../shared/graph'
import { useNavigation } from '../core/navigation'
import { useGraph } from '../core/vault-context'
import { NetworkEmpty } from '../network'
import { categoryColour, documentTheme } from '../network'
import { RINGS, SECTOR_BY, UNKNOWN_SECTOR, layoutEgogram, ringsOf } from './egogram-layout'
import type { SectorBy } from './egogram-layout'
import { ChoiceSelect } from '../components/ChoiceSelect'
import { ColumnHeads } from '../components/ColumnHeads'

const LABELS = new Map<string, Label>([...ISCO_MAJOR_GROUPS, ...AGE_BANDS, ...SCHWARTZ_GROUPS].map((entry) => [entry.id, entry.label]))
const RING = 62
/** Wide enough for the longest sector names beside the circle. */
const WIDTH = 8 * RING + 720
const HEIGHT = 8 * RING + 90

export function EgogramView() {
  const { t, i18n } = useTranslation()
  const language = i18n.language === 'ja' ? 'ja' : 'en'
  const navigation = useNavigation()
  const snapshot = useGraph()
  const [by, setBy] = useState<SectorBy>('field')
  const [focused, setFocused] = useState<number | null>(null)
  const sectorRefs = useRef<(SVGGElement | null)[]>([])
  const [now] = useState(() => Date.now())
  const year = new Date(now).getFullYear()
  const rings = useMemo(() => ringsOf(snapshot.people, snapshot.interactions, now), [snapshot.people, snapshot.interactions, now])
  const egogram = useMemo(() => layoutEgogram(snapshot.people, rings, by, year, RING), [snapshot.people, rings, by, year])
  const names = useMemo(() => new Map(snapshot.people.map((p) => [p.id, p.name])), [snapshot.people])
  const theme = documentTheme()
  const label = (id: string): string => (id === UNKNOWN_SECTOR ? t('network.notRecorded') : (LABELS.get(id)?.[language] ?? id))
  const span = (2 * Math.PI) / egogram.sectors.length
  const wedge = arc<{ s: number }>()
    .innerRadius(14)
    .outerRadius(4 * RING)
    .startAngle(({ s }) => span * s)
    .endAngle(({ s }) => span * (s + 1))
  const describe = (s: number): string =>
    t('egogram.sectorSummary', {
      sector: label(egogram.sectors[s]),
      advisor: egogram.cells[s][0].personIds.length,
      close: egogram.cells[s][1].personIds.length,
      regular: egogram.cells[s][2].personIds.length,
      distant: egogram.cells[s][3].personIds.length,
    })
  const onKeyDown = (event: KeyboardEvent<SVGGElement>, s: number) => {
    const step = event.key === 'ArrowRight' || event.key === 'ArrowDown' ? 1 : event.key === 'ArrowLeft' || event.key === 'ArrowUp' ? -1 : 0
    if (step === 0) return
    event.preventDefault()
    const next = (s + step + egogram.sectors.length) % egogram.sectors.length
    sectorRefs.current[next]?.focus()
  }
  const advisorSectors = egogram.cells.filter((row) => row[0].personIds.length > 0).length

  if (snapshot.people.length === 0) {
    return (
      <section className="view egogram-view" aria-labelledby="egogram-title">
        <h1 id="egogram-title">{t('egogram.title')}</h1>
        <p className="hint">{t('egogram.lead')}</p>
        <NetworkEmpty />
      </section>
    )
  }
  return (
    <section className="view egogram-view" aria-labelledby="egogram-title">
      <h1 id="egogram-title">{t('egogram.title')}</h1>
      <p className="hint">{t('egogram.lead')}</p>
      <ChoiceSelect label={t('egogram.sectorsBy')} value={by} choices={SECTOR_BY} labelOf={(option) => t(`egogram.by.${option}`)} onChange={setBy} />
      <p className="egogram-summary" role="status">
        {t('egogram.advisorSectors', { count: advisorSectors, total: egogram.sectors.length })}
      </p>
      <svg className="egogram" viewBox={`${-WIDTH / 2} ${-HEIGHT / 2} ${WIDTH} ${HEIGHT}`} role="group" aria-label={t('egogram.chartLabel')}>
        {egogram.sectors.map((sector, s) => {
          const empty = egogram.cells[s].every((cell) => cell.personIds.length === 0)
          const mid = span * (s + 0.5) - Math.PI / 2
          const colour = categoryColour(theme, sector === UNKNOWN_SECTOR ? null : s)
          return (
            <g
              key={sector}
              ref={(el) => {
                sectorRefs.current[s] = el
              }}
              className={`egogram-sector${empty ? ' empty' : ''}${focused === s ? ' focused' : ''}`}
              tabIndex={0}
              role="img"
              aria-label={describe(s)}
              onFocus={() => setFocused(s)}
              onBlur={() => setFocused(null)}
              onKeyDown={(e) => onKeyDown(e, s)}
              data-sector={sector}
              data-advisors={egogram.cells[s][0].personIds.length}
            >
              <path d={wedge({ s }) ?? ''} fill={colour} fillOpacity={empty ? 0.03 : 0.12} stroke="currentColor" strokeOpacity={0.25} />
              <text
                x={(4 * RING + 16) * Math.cos(mid)}
                y={(4 * RING + 16) * Math.sin(mid)}
                textAnchor={Math.cos(mid) > 0.2 ? 'start' : Math.cos(mid) < -0.2 ? 'end' : 'middle'}
                dominantBaseline="middle"
                className="egogram-label"
              >
                {label(sector)}
                {empty ? ` (${t('egogram.empty')})` : ''}
              </text>
            </g>
          )
        })}
        {RINGS.map((ring, r) => (
          <g key={ring}>
            <circle r={RING * (r + 1)} fill="none" stroke="currentColor" strokeOpacity={0.35} strokeDasharray={r === 0 ? undefined : '3 3'} />
            <text x={4} y={-RING * (r + 1) + 12} className="egogram-ring-label">
              {t(`egogram.ring.${ring}`)}
            </text>
          </g>
        ))}
        {egogram.people.map((person) => (
          <circle
            key={person.id}
            cx={person.x}
            cy={person.y}
            r={person.ring === 0 ? 5 : 3.5}
            fill={categoryColour(theme, egogram.sectors[person.sector] === UNKNOWN_SECTOR ? null : person.sector)}
            stroke={person.ring === 0 ? 'currentColor' : 'none'}
            strokeWidth={1.5}
            className="egogram-person"
            onClick={() => navigation.navigate({ view: 'person', params: { id: person.id } })}
          >
            <title>{names.get(person.id)}</title>
          </circle>
        ))}
        <circle r={10} fill="currentColor" />
        <text y={24} textAnchor="middle" className="egogram-label">
          {t('network.me')}
        </text>
      </svg>
      <table className="data-table">
        <caption>{t('egogram.tableCaption')}</caption>
        <ColumnHeads labels={[t(`egogram.by.${by}`), ...RINGS.map((ring) => t(`egogram.ring.${ring}`))]} />
        <tbody>
          {egogram.sectors.map((sector, s) => (
            <tr key={sector}>
              <th scope="row">{label(sector)}</th>
              {egogram.cells[s].map((cell) => (
                <td key={cell.ring}>{cell.personIds.length}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  )
}
