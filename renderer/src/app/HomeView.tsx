import { useTranslation } from 'react-i18next'
import { QuickAddPerson } from './QuickAddPerson'
import { useGraphSummary } from '../core/vault-context'

export function HomeView() {
  const { t } = useTranslation()
  // The first screen reads a summary, not the whole graph: it must not wait on a full read.
  const summary = useGraphSummary()
  const recent = summary.recent
  return (
    <section aria-labelledby="home-title" className="view">
      <h1 id="home-title">{t('home.title')}</h1>
      {summary.people === 0 ? (
        <p className="empty-state">{t('home.empty')}</p>
      ) : (
        <ul className="stat-list" aria-label={t('home.title')}>
          <li>{t('home.people', { count: summary.people })}</li>
          <li>{t('home.ties', { count: summary.ties })}</li>
          <li>{t('home.advisors', { count: summary.advisors })}</li>
        </ul>
      )}
      <QuickAddPerson />
      {recent.length > 0 && (
        <>
          <h2>{t('home.recent')}</h2>
          <ul className="recent-people" aria-label={t('home.recent')}>
            {recent.map((p) => (
              <li key={p.id}>{p.name}</li>
            ))}
          </ul>
        </>
      )}
    </section>
  )
}
