/**
 * The echo-chamber report: each cluster the analysis flagged, the reason in words, the share of my
 * advice that comes from it, the bridges who could widen it, and one click to see it on the map.
 */
import { useMemo } from 'react'
import { useTranslation } from 'react-i18next'
import { useAnalysis } from '../analysis'
import { useNavigation } from '../core/navigation'
import { useGraph } from '../core/vault-context'

const percent = (share: number | null): string => (share === null ? '—' : `${Math.round(share * 100)}%`)

export function EchoChamberReport() {
  const { t, i18n } = useTranslation()
  const language = i18n.language === 'ja' ? 'ja' : 'en'
  const navigation = useNavigation()
  const snapshot = useGraph()
  const { report, status } = useAnalysis()
  const names = useMemo(() => new Map(snapshot.people.map((p) => [p.id, p.name])), [snapshot.people])
  const open = (id: string) => navigation.navigate({ view: 'person', params: { id } })
  return (
    <section className="view echo-report" aria-labelledby="echo-title">
      <h1 id="echo-title">{t('echo.title')}</h1>
      <p className="hint">{t('echo.lead')}</p>
      {!report ? (
        <p role="status">{status === 'error' ? t('diversity.failed') : t('diversity.computing')}</p>
      ) : report.echoChambers.length === 0 ? (
        <p>{t('echo.none')}</p>
      ) : (
        report.echoChambers.map((chamber) => (
          <article key={chamber.community} className="echo-card" aria-labelledby={`echo-${chamber.community}`}>
            <h2 id={`echo-${chamber.community}`}>{t('network.echoChamber', { number: chamber.community + 1, count: chamber.memberIds.length })}</h2>
            <p>{chamber.text[language]}</p>
            <dl className="echo-facts">
              <dt>{t('echo.adviceShare')}</dt>
              <dd>{percent(chamber.reason.consultationShare)}</dd>
              <dt>{t('echo.advisorShare')}</dt>
              <dd>{percent(chamber.reason.advisorShare)}</dd>
              <dt>{t('echo.density')}</dt>
              <dd>{chamber.reason.density.toFixed(2)}</dd>
              <dt>{t('echo.inward')}</dt>
              <dd>{chamber.reason.groupEi.toFixed(2)}</dd>
              <dt>{t('echo.alike')}</dt>
              <dd>{chamber.reason.homogeneous.map((h) => `${t(`diversity.dimension.${h.dimension}`)} (${percent(h.dominantShare)})`).join(', ')}</dd>
            </dl>
            <h3>{t('echo.bridges')}</h3>
            {chamber.bridges.length === 0 ? (
              <p>{t('echo.noBridges')}</p>
            ) : (
              <ul>
                {chamber.bridges.map((bridge) => (
                  <li key={bridge.personId}>
                    <button type="button" className="link-button" onClick={() => open(bridge.personId)}>
                      {names.get(bridge.personId) ?? bridge.personId}
                    </button>{' '}
                    {t('echo.bridgeVia', { via: names.get(bridge.viaPersonId) ?? bridge.viaPersonId, differs: bridge.differsOn.map((d) => t(`diversity.dimension.${d}`)).join(', ') })}
                  </li>
                ))}
              </ul>
            )}
            <button type="button" onClick={() => navigation.navigate({ view: 'network', params: { echo: String(chamber.community) } })}>
              {t('echo.showOnMap')}
            </button>
          </article>
        ))
      )}
    </section>
  )
}
