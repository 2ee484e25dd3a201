/**
 * The diversity dashboard: for my advisors and for the whole network, per dimension, the
 * distribution (bars, in a table that doubles as the chart's text alternative), the indices from
 * the analysis with a plain-language reading, the missing perspectives with people who could fill
 * them, the values circumplex, and diversity over time when people were added over several years.
 */
import { useMemo, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { DimensionId, NetworkReport } from '../../../shared/analysis'
import { AGE_BANDS, ISCO_MAJOR_GROUPS, ISIC_SECTIONS, SCHWARTZ_GROUPS } from '../../../shared/graph'
import type { Label } from '../../../shared/graph'
import type { Person } from '../../../shared/graph'
import { useAnalysis } from '../analysis'
import { useNavigation } from '../core/navigation'
import { useGenders, useGraph } from '../core/vault-context'
import { CircumplexChart } from './CircumplexChart'
import { DASHBOARD_DIMENSIONS, distributionOf, diversityOverTime, readIqv } from './diversity-data'

const TAXONOMY_LABELS = new Map<string, Label>(
  [...AGE_BANDS, ...ISCO_MAJOR_GROUPS.map((g) => ({ ...g, id: `isco:${g.id}` })), ...ISIC_SECTIONS.map((s) => ({ ...s, id: `isic:${s.id}` })), ...SCHWARTZ_GROUPS].map((e) => [e.id, e.label]),
)

function useCategoryLabel(): (dimension: DimensionId, id: string) => string {
  const { i18n } = useTranslation()
  const genders = useGenders()
  const language = i18n.language === 'ja' ? 'ja' : 'en'
  return (dimension, id) => {
    if (dimension === 'gender') return genders.find((g) => g.id === id)?.label[language] ?? id
    const key = dimension === 'occupation' ? `isco:${id}` : dimension === 'industry' ? `isic:${id}` : id
    return TAXONOMY_LABELS.get(key)?.[language] ?? id
  }
}

function Bar({ value, max, label }: { value: number; max: number; label: string }) {
  return (
    <svg className="bar" width="120" height="12" role="img" aria-label={label}>
      <rect width={120} height={12} className="bar-track" />
      <rect width={max === 0 ? 0 : (120 * value) / max} height={12} className="bar-fill" />
    </svg>
  )
}

function DimensionSection({ dimension, report, people, advisors }: { dimension: DimensionId; report: NetworkReport; people: readonly Person[]; advisors: readonly Person[] }) {
  const { t } = useTranslation()
  const genders = useGenders()
  const label = useCategoryLabel()
  const year = new Date(report.parameters.now).getUTCFullYear()
  const mine = distributionOf(advisors, dimension, genders, year)
  const all = distributionOf(people, dimension, genders, year)
  const advisorIndex = report.advisors.profile.diversity[dimension]
  const networkIndex = report.network.diversity[dimension]
  const rows = all.categories.map((c, i) => ({ c, a: mine.counts[i], n: all.counts[i] })).filter((row) => row.n > 0 || row.a > 0)
  const maxA = Math.max(0, ...rows.map((r) => r.a))
  const maxN = Math.max(0, ...rows.map((r) => r.n))
  const fmt = (v: number): string => (Number.isInteger(v) ? String(v) : v.toFixed(1))
  return (
    <section className="diversity-dimension" aria-labelledby={`dim-${dimension}`}>
      <h2 id={`dim-${dimension}`}>{t(`diversity.dimension.${dimension}`)}</h2>
      <p>
        {t('diversity.advisorReading', { reading: t(`diversity.reading.${readIqv(advisorIndex.iqv, advisorIndex.n)}`), iqv: advisorIndex.iqv.toFixed(2), richness: advisorIndex.richness })}{' '}
        {t('diversity.networkReading', { reading: t(`diversity.reading.${readIqv(networkIndex.iqv, networkIndex.n)}`), iqv: networkIndex.iqv.toFixed(2), richness: networkIndex.richness })}
      </p>
      <table className="data-table diversity-bars">
        <caption>{t('diversity.barsCaption', { dimension: t(`diversity.dimension.${dimension}`) })}</caption>
        <thead>
          <tr>
            <th scope="col">{t('diversity.category')}</th>
            <th scope="col">{t('diversity.advisors')}</th>
            <th scope="col">{t('diversity.network')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.c}>
              <th scope="row">{label(dimension, row.c)}</th>
              <td>
                <Bar value={row.a} max={maxA} label={fmt(row.a)} /> {fmt(row.a)}
              </td>
              <td>
                <Bar value={row.n} max={maxN} label={fmt(row.n)} /> {fmt(row.n)}
              </td>
            </tr>
          ))}
          <tr>
            <th scope="row">{t('diversity.notRecorded')}</th>
            <td>{mine.missing}</td>
            <td>{all.missing}</td>
          </tr>
        </tbody>
      </table>
    </section>
  )
}

export function DiversityView() {
  const { t } = useTranslation()
  const navigation = useNavigation()
  const snapshot = useGraph()
  const genders = useGenders()
  const { report, status } = useAnalysis()
  const label = useCategoryLabel()
  const [overTime, setOverTime] = useState<DimensionId>('age-band')
  const [now] = useState(() => Date.now())
  const advisors = useMemo(() => snapshot.people.filter((p) => p.roles.includes('advisor')), [snapshot.people])
  const names = useMemo(() => new Map(snapshot.people.map((p) => [p.id, p.name])), [snapshot.people])
  const history = useMemo(() => diversityOverTime(snapshot.people, overTime, genders, now), [snapshot.people, overTime, genders, now])
  if (!report) {
    return (
      <section className="view">
        <h1>{t('diversity.title')}</h1>
        <p role="status">{status === 'error' ? t('diversity.failed') : t('diversity.computing')}</p>
      </section>
    )
  }
  return (
    <section className="view diversity-view" aria-labelledby="diversity-title">
      <h1 id="diversity-title">{t('diversity.title')}</h1>
      <p className="hint">{t('diversity.lead', { advisors: advisors.length, people: snapshot.people.length })}</p>
      {DASHBOARD_DIMENSIONS.map((dimension) => (
        <DimensionSection key={dimension} dimension={dimension} report={report} people={snapshot.people} advisors={advisors} />
      ))}
      <section aria-labelledby="values-title">
        <h2 id="values-title">{t('diversity.valuesTitle')}</h2>
        <CircumplexChart me={snapshot.me} advisors={advisors} />
      </section>
      <section aria-labelledby="missing-title">
        <h2 id="missing-title">{t('diversity.missingTitle')}</h2>
        {report.missingPerspectives.length === 0 ? (
          <p>{t('diversity.noneMissing')}</p>
        ) : (
          <ul className="missing-list">
            {report.missingPerspectives.map((m) => (
              <li key={`${m.dimension}:${m.category}`}>
                {t(m.status === 'absent' ? 'diversity.absent' : 'diversity.nearlyAbsent', { dimension: t(`diversity.dimension.${m.dimension}`), category: label(m.dimension, m.category) })}{' '}
                {m.candidateIds.length > 0 && <span>{t('diversity.couldFill')} </span>}
                {m.candidateIds.map((id) => (
                  <button key={id} type="button" className="link-button" onClick={() => navigation.navigate({ view: 'person', params: { id } })}>
                    {names.get(id) ?? id}
                  </button>
                ))}
              </li>
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="time-title">
        <h2 id="time-title">{t('diversity.overTimeTitle')}</h2>
        <label>
          {t('diversity.dimensionLabel')}{' '}
          <select value={overTime} onChange={(e) => setOverTime(e.target.value as DimensionId)}>
            {DASHBOARD_DIMENSIONS.map((d) => (
              <option key={d} value={d}>
                {t(`diversity.dimension.${d}`)}
              </option>
            ))}
          </select>
        </label>
        {history === null ? (
          <p>{t('diversity.noHistory')}</p>
        ) : (
          <table className="data-table">
            <caption>{t('diversity.overTimeCaption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('diversity.date')}</th>
                <th scope="col">{t('diversity.people')}</th>
                <th scope="col">{t('diversity.networkIqv')}</th>
                <th scope="col">{t('diversity.advisorIqv')}</th>
              </tr>
            </thead>
            <tbody>
              {history.map((point) => (
                <tr key={point.date}>
                  <th scope="row">{point.date}</th>
                  <td>{point.people}</td>
                  <td>
                    <Bar value={point.networkIqv} max={1} label={point.networkIqv.toFixed(2)} /> {point.networkIqv.toFixed(2)}
                  </td>
                  <td>
                    <Bar value={point.advisorIqv} max={1} label={point.advisorIqv.toFixed(2)} /> {point.advisorIqv.toFixed(2)}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
    </section>
  )
}
