/**
 * Past events and projects open in place: a summary line, then who was there (each name opens
 * their page) and what was written down.
 */
import { useTranslation } from 'react-i18next'
import type { GraphEvent, PersonId, Project } from '../../../shared/graph'
import { useNavigation } from '../core/navigation'
import { useVaultStore } from '../core/vault-context'
import { useDateFormat } from '../components/format-date'
import { deadlineText } from './deadline-text'

function PersonLink({ id }: { id: PersonId }) {
  const store = useVaultStore()
  const navigation = useNavigation()
  return (
    <button type="button" className="link-button" onClick={() => navigation.navigate({ view: 'person', params: { id } })}>
      {store.getPerson(id)?.name ?? id}
    </button>
  )
}

export function EventRecord({ event }: { event: GraphEvent }) {
  const { t } = useTranslation()
  const format = useDateFormat()
  return (
    <details className="record-details">
      <summary>
        <strong>{event.name}</strong>{' '}
        <span className="muted">
          {[event.date && format.day(event.date), event.where, t(`workflow.events.kinds.${event.kind}`)].filter(Boolean).join(t('personPage.separator'))}
        </span>{' '}
        <span>{t('workflow.events.met', { count: event.met.length })}</span>
      </summary>
      <ul className="record-people" aria-label={t('workflow.events.peopleAt', { event: event.name })}>
        {event.met.map((m) => (
          <li key={m.personId}>
            <PersonLink id={m.personId} />
            {m.exchange !== '' && <span className="muted"> {m.exchange}</span>}
          </li>
        ))}
      </ul>
    </details>
  )
}

export function ProjectRecord({ project }: { project: Project }) {
  const { t } = useTranslation()
  const format = useDateFormat()
  const deadline = deadlineText(t, project)
  const dates = [project.start, project.end]
    .filter((d): d is string => d !== null)
    .map(format.day)
    .join(' – ')
  return (
    <details className="record-details">
      <summary>
        <strong>{project.name}</strong> {dates !== '' && <span className="muted">{dates}</span>}
        {deadline !== null && <span className="muted"> · {deadline}</span>}
      </summary>
      <dl className="record-fields">
        <dt>{t('workflow.projects.members')}</dt>
        <dd className="record-people-inline">
          {project.memberIds.map((id) => (
            <PersonLink key={id} id={id} />
          ))}
        </dd>
        {project.myRole !== '' && (
          <>
            <dt>{t('workflow.projects.myRole')}</dt>
            <dd>{project.myRole}</dd>
          </>
        )}
        {project.notes !== '' && (
          <>
            <dt>{t('workflow.projects.notes')}</dt>
            <dd>{project.notes}</dd>
          </>
        )}
        {(project.learned ?? '') !== '' && (
          <>
            <dt>{t('workflow.projects.learned')}</dt>
            <dd>{project.learned}</dd>
          </>
        )}
      </dl>
    </details>
  )
}
