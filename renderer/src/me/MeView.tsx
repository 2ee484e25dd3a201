import { useTranslation } from 'react-i18next'
import type { ProfilePatch } from '../../../shared/graph'
import { useActions, useMe } from '../core/vault-context'
import { ProfileFields } from '../components/ProfileFields'
import { attempt } from '../vault/write-problem'

/** My own profile: the same attributes as a person, since diversity is measured relative to me too. */
export function MeView() {
  const { t } = useTranslation()
  const me = useMe()
  const actions = useActions()
  const write = (patch: ProfilePatch) => attempt(() => actions.updateMe(patch))
  return (
    <section className="view person-view" aria-labelledby="me-title">
      <div className="view-header">
        <h1 id="me-title">{me.name === '' ? t('me.title') : t('me.titleWithName', { name: me.name })}</h1>
      </div>
      <p className="lead">{t('me.lead')}</p>
      <ProfileFields profile={me} write={write} self />
    </section>
  )
}
