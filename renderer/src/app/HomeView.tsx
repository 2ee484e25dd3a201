import { useTranslation } from 'react-i18next'
import { QuickAddPerson } from './QuickAddPerson'
import { useGraph } from './vault-context'

export function HomeView() {
  const { t } = useTranslation()
  const graph = useGraph()
  const advisors = graph.people.filter((p) => p.roles.includes('advisor')).length
  const recent = [...graph.people].sort((a, b) => b.createdAt - a.createdAt || a.id.localeCompare(b.id)).slice(0, 8)
  return (
    <section aria-labelledby="home-title" className="view">
      <h1 id="home-title">{t('home.title')}</h1>
      {graph.people.length === 0 ? (
        <p className="empty-state">{t('home.empty')}</p>
      ) : (
        <ul className="stat-list" aria-label={t('home.title')}>
          <li>{t('home.people', { count: graph.people.length })}</li>
          <li>{t('home.ties', { count: graph.ties.length })}</li>
          <li>{t('home.advisors', { count: advisors })}</li>
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
