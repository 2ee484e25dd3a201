/** A button that opens "Whom to consult", optionally with a topic: for the Overview and a person's page. */
import { useTranslation } from 'react-i18next'
import { useNavigation } from '../core/navigation'

export function ConsultLink({ topic }: { topic?: string }) {
  const { t } = useTranslation()
  const navigation = useNavigation()
  return (
    <button type="button" className="link-button consult-link" onClick={() => navigation.navigate({ view: 'consult', params: topic === undefined ? undefined : { topic } })}>
      {topic === undefined ? t('consult.openConsult') : t('consult.consultAbout', { topic })}
    </button>
  )
}
