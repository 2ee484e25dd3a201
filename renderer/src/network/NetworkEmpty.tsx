import { useTranslation } from 'react-i18next'
import { useNavigation } from '../core/navigation'

/** The map of an empty vault: what the map will show, and the two ways to bring people in. */
export function NetworkEmpty() {
  const { t } = useTranslation()
  const navigation = useNavigation()
  return (
    <div className="empty-state teaching">
      <p>{t('insight.map.emptyLead')}</p>
      <p className="muted">{t('insight.map.emptyHint')}</p>
      <p className="button-row">
        <button type="button" onClick={() => navigation.navigate({ view: 'people' })}>
          {t('insight.map.addPeople')}
        </button>
        <button type="button" onClick={() => navigation.navigate({ view: 'import' })}>
          {t('insight.map.importPeople')}
        </button>
      </p>
    </div>
  )
}
