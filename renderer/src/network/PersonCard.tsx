import type { Language } from '../../../shared/i18n'
import { useTranslation } from 'react-i18next'
import type { Person } from '../../../shared/graph'
import { describePerson } from './category-labels'

/** The hover card: name, roles, field, age band and values of the person under the pointer. */
export function PersonCard({ person, at, language, year }: { person: Person; at: { x: number; y: number }; language: Language; year: number }) {
  const { t } = useTranslation()
  const facts = describePerson(person, t, language, year)
  return (
    <div className="network-card" role="tooltip" style={{ left: at.x + 14, top: at.y + 14 }}>
      <strong>{person.name}</strong>
      <dl>
        <dt>{t('network.card.roles')}</dt>
        <dd>{facts.roles}</dd>
        <dt>{t('network.card.field')}</dt>
        <dd>{facts.field}</dd>
        <dt>{t('network.card.age')}</dt>
        <dd>{facts.age}</dd>
        <dt>{t('network.card.values')}</dt>
        <dd>{facts.values}</dd>
      </dl>
    </div>
  )
}
