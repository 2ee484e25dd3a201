/**
 * The echo-chamber report: each cluster the analysis flagged under its one name, why in a sentence,
 * how much of my advice comes from it, its members, the bridges who could widen it, one click to
 * see it on the map; the measures behind the verdict in "How is this measured?".
 */
import { useMemo } from 'react'
import { useTranslation } from 'react-i18next'
import { useAnalysis } from '../analysis'
import { useNavigation } from '../core/navigation'
import { useGraph } from '../core/vault-context'
import { NetworkEmpty } from '../network'
import { useChamberNames } from '../review'
import { Measured } from '../review'
import { PersonLinks } from '../components/PersonLinks'
import { decimal, percent, uiLanguage } from '../review'
import { FirstReportStatus } from './FirstReportStatus'

export function EchoChamberReport() {
  const { t, i18n } = useTranslation()
  const language = uiLanguage(i18n.language)
  const navigation = useNavigation()
  const snapshot = useGraph()
  const { report, status, retry } = useAnalysis()
  const chamberNames = useChamberNames(report?.echoChambers)
  const names = useMemo(() => new Map(snapshot.people.map((p) => [p.id, p.name])), [snapshot.people])
  const nameOf = (id: string) => names.get(id) ?? id
  const open = (id: string) => navigation.navigate({ view: 'person', params: { id } })
  const separator = t('review.listSeparator')
  const dimensionList = (dimensions: readonly string[]) => [...new Set(dimensions.map((d) => t(`review.dimensionInline.${d}`)))].join(separator)
  return (
    <section className="view echo-report" aria-labelledby="echo-title" aria-busy={snapshot.people.length > 0 && !report && status !== 'error'}>
      <h1 id="echo-title">{t('echo.title')}</h1>
      <p className="hint">{t('echo.lead')}</p>
      {snapshot.people.length === 0 ? (
        <NetworkEmpty />
      ) : !report ? (
        <FirstReportStatus status={status} retry={retry} />
      ) : report.echoChambers.length === 0 ? (
        <p>{t('echo.none')}</p>
      ) : (
        report.echoChambers.map((chamber) => (
          <article key={chamber.circle} className="echo-card" aria-labelledby={`echo-${chamber.circle}`}>
            <h2 id={`echo-${chamber.circle}`}>{chamberNames.get(chamber.circle)}</h2>
            <p>
              {t('insight.review.chamberSentence', {
                count: chamber.memberIds.length,
                dimensions: dimensionList(chamber.reason.homogeneous.map((h) => h.dimension)),
                inside: percent((1 - chamber.reason.groupEi) / 2, language),
              })}
            </p>
            {chamber.reason.advisorShare !== null && chamber.reason.advisorShare > 0 && (
              <p>{t('review.echoAdvisorShare', { share: percent(chamber.reason.advisorShare, language) })}</p>
            )}
            {chamber.reason.consultationShare !== null && chamber.reason.consultationShare > 0 && (
              <p>{t('review.echoConsultationShare', { share: percent(chamber.reason.consultationShare, language) })}</p>
            )}
            <h3>{t('insight.review.members')}</h3>
            <PersonLinks ids={chamber.memberIds} nameOf={nameOf} label={t('insight.review.members')} />
            <h3>{t('echo.bridges')}</h3>
            {chamber.bridges.length === 0 ? (
              <p>{t('echo.noBridges')}</p>
            ) : (
              <ul>
                {chamber.bridges.map((bridge) => (
                  <li key={bridge.personId}>
                    <button type="button" className="link-button" onClick={() => open(bridge.personId)}>
                      {nameOf(bridge.personId)}
                    </button>{' '}
                    {t('insight.review.bridgeVia', { via: nameOf(bridge.viaPersonId), differs: dimensionList(bridge.differsOn) })}
                  </li>
                ))}
              </ul>
            )}
            <p>
              <button type="button" onClick={() => navigation.navigate({ view: 'network', params: { echo: String(chamber.circle) } })}>
                {t('echo.showOnMap')}
              </button>
            </p>
            <Measured explain={['density', 'ei', 'iqv']}>
              <dl className="echo-facts">
                <dt>{t('echo.density')}</dt>
                <dd>{decimal(chamber.reason.density, language)}</dd>
                <dt>{t('echo.inward')}</dt>
                <dd>{decimal(chamber.reason.groupEi, language)}</dd>
                <dt>{t('echo.alike')}</dt>
                <dd>{chamber.reason.homogeneous.map((h) => `${t(`diversity.dimension.${h.dimension}`)} (${percent(h.dominantShare, language)})`).join(separator)}</dd>
              </dl>
            </Measured>
          </article>
        ))
      )}
    </section>
  )
}
