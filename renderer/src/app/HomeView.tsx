import { Suspense } from 'react'
import { useTranslation } from 'react-i18next'
import { useNavigation } from '../core/navigation'
import { QuickAddPerson } from './QuickAddPerson'
import { useGraphSummary } from '../core/vault-context'
import { OverviewInsights as Insights } from '../overview'

export function HomeView() {
  const { t } = useTranslation()
  const navigation = useNavigation()
  // The first screen reads a summary, not the whole graph: it must not wait on a full read.
  const summary = useGraphSummary()
  const recent = summary.recent
  return (
    <section aria-labelledby="home-title" className="view overview">
      <h1 id="home-title">{t('home.title')}</h1>
      {summary.people === 0 && <p className="empty-state">{t('home.empty')}</p>}
      {summary.people > 0 && (
        <ul className="stat-list" aria-label={t('home.title')}>
          <li>{t('home.people', { count: summary.people })}</li>
          <li>{t('home.ties', { count: summary.ties })}</li>
          <li>{t('home.advisors', { count: summary.advisors })}</li>
        </ul>
      )}
      <Suspense fallback={null}>
        <Insights.Component />
      </Suspense>
      <QuickAddPerson />
      {recent.length > 0 && (
        <>
          <h2>{t('home.recent')}</h2>
          <ul className="recent-people" aria-label={t('home.recent')}>
            {recent.map((p) => (
              <li key={p.id}>
                <button type="button" className="link-button" onClick={() => navigation.navigate({ view: 'person', params: { id: p.id } })}>
                  {p.name}
                </button>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  )
}
