/**
 * The diversity dashboard: for my advisors against everyone I know, per dimension, first the answer
 * in a sentence, then the shares as bars, the counts as a collapsed table, and the index behind the
 * sentence in "How is this measured?"; the values circle drawn whole; the missing perspectives with
 * people who could fill them; change over time as one small line chart per dimension. Every part
 * folds.
 */
import { useMemo, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { DimensionId, NetworkReport } from '../../../shared/analysis'
import { summarizeAdvisors } from '../../../shared/analysis'
import type { Person } from '../../../shared/graph'
import { useAnalysis } from '../analysis'
import { useNavigation } from '../core/navigation'
import { useGenders, useGraph } from '../core/vault-context'
import { NetworkEmpty } from '../network'
import { traitWord } from '../review'
import { Fold } from '../review'
import { Measured } from '../review'
import { advisorReading, spreadSentence } from '../review'
import { uiLanguage } from '../review'
import { CircumplexChart } from './CircumplexChart'
import { DistributionChart } from './DistributionChart'
import { DASHBOARD_DIMENSIONS, distributionOf, diversityOverTime } from './diversity-data'
import { TrendChart } from './TrendChart'
import { ColumnHeads } from '../components/ColumnHeads'
import { FirstReportStatus } from './FirstReportStatus'

function useLabel(dimension: DimensionId): (category: string) => string {
  const { t, i18n } = useTranslation()
  const genders = useGenders()
  const language = uiLanguage(i18n.language)
  return (category) => traitWord({ dimension, category }, t, language, genders)
}

function DimensionSection({ dimension, report, people, advisors }: { dimension: DimensionId; report: NetworkReport; people: readonly Person[]; advisors: readonly Person[] }) {
  const { t } = useTranslation()
  const genders = useGenders()
  const label = useLabel(dimension)
  const year = new Date(report.parameters.now).getUTCFullYear()
  const mine = distributionOf(advisors, dimension, genders, year)
  const all = distributionOf(people, dimension, genders, year)
  const name = t(`diversity.dimension.${dimension}`)
  const total = (counts: readonly number[]) =>
    Math.max(
      1,
      counts.reduce((sum, c) => sum + c, 0),
    )
  const rows = all.categories
    .map((c, i) => ({ c, a: mine.counts[i], n: all.counts[i] }))
    .filter((row) => row.n > 0 || row.a > 0)
    .map((row) => ({ key: row.c, label: label(row.c), advisors: row.a / total(mine.counts), network: row.n / total(all.counts), a: row.a, n: row.n }))
  const fmt = (v: number): string => (Number.isInteger(v) ? String(v) : v.toFixed(1))
  return (
    <Fold id={`dim-${dimension}`} title={name}>
      <p>{spreadSentence(t('insight.diversity.advisors'), { ...mine, iqv: report.advisors.profile.diversity[dimension].iqv }, label, t)}</p>
      <p>{spreadSentence(t('insight.diversity.network'), { ...all, iqv: report.network.diversity[dimension].iqv }, label, t)}</p>
      {rows.length > 0 && <DistributionChart rows={rows} label={t('insight.diversity.chartLabel', { dimension: name })} />}
      <details className="table-alternative">
        <summary>{t('insight.diversity.showTable')}</summary>
        <table className="data-table">
          <caption>{t('diversity.barsCaption', { dimension: name })}</caption>
          <ColumnHeads labels={[t('diversity.category'), t('insight.diversity.advisors'), t('insight.diversity.network')]} />
          <tbody>
            {rows.map((row) => (
              <tr key={row.key}>
                <th scope="row">{row.label}</th>
                <td>{fmt(row.a)}</td>
                <td>{fmt(row.n)}</td>
              </tr>
            ))}
            <tr>
              <th scope="row">{t('diversity.notRecorded')}</th>
              <td>{mine.missing}</td>
              <td>{all.missing}</td>
            </tr>
          </tbody>
        </table>
      </details>
      <Measured explain={['iqv']}>
        {[
          { who: t('insight.diversity.advisors'), d: report.advisors.profile.diversity[dimension] },
          { who: t('insight.diversity.network'), d: report.network.diversity[dimension] },
        ].map(({ who, d }) => (
          <p key={who}>{t('insight.measured.iqvValue', { who, iqv: d.iqv.toFixed(2), richness: d.richness })}</p>
        ))}
      </Measured>
    </Fold>
  )
}

export function DiversityView() {
  const { t, i18n } = useTranslation()
  const language = uiLanguage(i18n.language)
  const navigation = useNavigation()
  const snapshot = useGraph()
  const genders = useGenders()
  const { report, status, retry } = useAnalysis()
  const [now] = useState(() => Date.now())
  const advisors = useMemo(() => snapshot.people.filter((p) => p.roles.includes('advisor')), [snapshot.people])
  const names = useMemo(() => new Map(snapshot.people.map((p) => [p.id, p.name])), [snapshot.people])
  const histories = useMemo(
    () => DASHBOARD_DIMENSIONS.map((dimension) => ({ dimension, points: diversityOverTime(snapshot.people, dimension, genders, now) })),
    [snapshot.people, genders, now],
  )
  const summary = useMemo(() => summarizeAdvisors(advisors, new Date(now).getFullYear()), [advisors, now])
  if (snapshot.people.length === 0) {
    return (
      <section className="view diversity-view" aria-labelledby="diversity-title">
        <h1 id="diversity-title">{t('diversity.title')}</h1>
        <p>{t('insight.diversity.emptyLead')}</p>
        <NetworkEmpty />
      </section>
    )
  }
  if (!report) {
    return (
      <section className="view" aria-busy={status !== 'error'}>
        <h1>{t('diversity.title')}</h1>
        <FirstReportStatus status={status} retry={retry} />
      </section>
    )
  }
  const label = (dimension: DimensionId, category: string) => traitWord({ dimension, category }, t, language, genders)
  return (
    <section className="view diversity-view" aria-labelledby="diversity-title">
      <h1 id="diversity-title">{t('diversity.title')}</h1>
      <p className="lead">{advisorReading(summary, t, language, genders)}</p>
      <p className="hint">{t('insight.diversity.lead')}</p>
      {DASHBOARD_DIMENSIONS.map((dimension) => (
        <DimensionSection key={dimension} dimension={dimension} report={report} people={snapshot.people} advisors={advisors} />
      ))}
      <Fold id="values-title" title={t('diversity.valuesTitle')}>
        <p>{t('insight.diversity.valuesLead')}</p>
        <CircumplexChart me={snapshot.me} advisors={advisors} />
      </Fold>
      <Fold id="missing-title" title={t('diversity.missingTitle')}>
        {report.missingPerspectives.length === 0 ? (
          <p>{t('diversity.noneMissing')}</p>
        ) : (
          <ul className="missing-list">
            {report.missingPerspectives.map((m) => (
              <li key={`${m.dimension}:${m.category}`}>
                {t(m.status === 'absent' ? 'diversity.absent' : 'diversity.nearlyAbsent', {
                  dimension: t(`diversity.dimension.${m.dimension}`),
                  category: label(m.dimension, m.category),
                })}{' '}
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
      </Fold>
      <Fold id="time-title" title={t('diversity.overTimeTitle')}>
        {histories.every((h) => h.points === null) ? (
          <p>{t('diversity.noHistory')}</p>
        ) : (
          <>
            <p>{t('insight.diversity.overTimeLead')}</p>
            <p className="chart-key">
              <span className="key-advisors">{t('insight.diversity.advisors')}</span> <span className="key-network">{t('insight.diversity.network')}</span>
            </p>
            <div className="trend-grid">
              {histories.map(({ dimension, points }) => points && <TrendChart key={dimension} points={points} title={t(`diversity.dimension.${dimension}`)} />)}
            </div>
            <details className="table-alternative">
              <summary>{t('insight.diversity.showTable')}</summary>
              {histories.map(
                ({ dimension, points }) =>
                  points && (
                    <table key={dimension} className="data-table">
                      <caption>{t(`diversity.dimension.${dimension}`)}</caption>
                      <ColumnHeads labels={[t('diversity.date'), t('diversity.people'), t('insight.diversity.network'), t('insight.diversity.advisors')]} />
                      <tbody>
                        {points.map((point) => (
                          <tr key={point.date}>
                            <th scope="row">{point.date}</th>
                            <td>{point.people}</td>
                            <td>{point.networkIqv.toFixed(2)}</td>
                            <td>{point.advisorIqv.toFixed(2)}</td>
                          </tr>
                        ))}
                      </tbody>
                    </table>
                  ),
              )}
            </details>
          </>
        )}
      </Fold>
    </section>
  )
}
