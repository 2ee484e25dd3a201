import { useMemo } from 'react'
import { useTranslation } from 'react-i18next'
import type { Translate } from '../i18n'
import { ISCO_MAJOR_GROUPS, ISCO_SUB_MAJOR_GROUPS, ISIC_SECTIONS } from '../../../shared/graph'
import type { Person } from '../../../shared/graph'
import { computeToday } from '../../../shared/workflow'
import { useNavigation } from '../core/navigation'
import { useGraph, useVaultStore } from '../core/vault-context'
import { useDateFormat } from '../components/format-date'
import { labelIn, useUiLanguage } from '../components/labels'
import { CadenceSelect } from '../workflow'
import { useTodayDate, useWorkflowData } from '../workflow'
import { personFacts } from './person-facts'

/**
 * Who they are at a glance (Dex, Clay): name and reading, roles, organisation and field, how we
 * met, last contact and next due, the strongest ties; then the quick actions.
 */
export function PersonHeader({ person, onLog, onAddTie }: { person: Person; onLog: () => void; onAddTie: () => void }) {
  const { t } = useTranslation()
  const language = useUiLanguage()
  const format = useDateFormat()
  const graph = useGraph()
  const workflow = useWorkflowData()
  const today = useTodayDate()
  const navigation = useNavigation()
  const store = useVaultStore()
  const facts = useMemo(() => personFacts(graph, person), [graph, person])
  const due = useMemo(() => computeToday(graph, today, workflow, { horizonDays: 3650 }).find((i) => i.personId === person.id), [graph, today, workflow, person.id])
  const occupation = ISCO_SUB_MAJOR_GROUPS.find((g) => g.id === person.occupation?.subMajor) ?? ISCO_MAJOR_GROUPS.find((g) => g.id === person.occupation?.major)
  const industry = ISIC_SECTIONS.find((s) => s.id === person.industry)
  const work = [person.organization, occupation && labelIn(occupation.label, language), industry && labelIn(industry.label, language)]
    .filter(Boolean)
    .join(t('personPage.separator'))
  const met = metSentence(t, person, format.day, person.howWeMet.introducedBy === null ? null : (store.getPerson(person.howWeMet.introducedBy)?.name ?? null))
  const trashed = person.deletedAt !== null
  return (
    <header className="person-header">
      <div className="person-title">
        <h1 id="person-title">{person.name}</h1>
        {person.reading && <span className="reading">{person.reading}</span>}
      </div>
      {person.roles.length > 0 && (
        <ul className="role-chips" aria-label={t('person.roles')}>
          {person.roles.map((role) => (
            <li key={role} className="chip">
              {t(`personPage.role.${role}`)}
            </li>
          ))}
        </ul>
      )}
      <dl className="person-glance">
        {work !== '' && (
          <div>
            <dt>{t('personPage.work')}</dt>
            <dd>{work}</dd>
          </div>
        )}
        {met !== null && (
          <div>
            <dt>{t('personPage.met')}</dt>
            <dd>{met}</dd>
          </div>
        )}
        <div>
          <dt>{t('personPage.lastContact')}</dt>
          <dd>{facts.lastContact === null ? t('personPage.noContact') : format.day(facts.lastContact)}</dd>
        </div>
        <div>
          <dt>{t('personPage.nextDue')}</dt>
          <dd className={due !== undefined && due.daysOverdue > 0 ? 'overdue' : undefined}>
            {due === undefined
              ? t('personPage.noReminder')
              : due.daysOverdue > 0
                ? t('workflow.today.overdue', { count: due.daysOverdue, date: format.day(due.dueOn) })
                : format.day(due.dueOn)}
          </dd>
        </div>
        {facts.strongest.length > 0 && (
          <div>
            <dt>{t('personPage.strongest')}</dt>
            <dd className="strongest-ties">
              {facts.strongest.map((s) => (
                <button key={s.personId} type="button" className="link-button" onClick={() => navigation.navigate({ view: 'person', params: { id: s.personId } })}>
                  {s.name}
                </button>
              ))}
            </dd>
          </div>
        )}
      </dl>
      {!trashed && (
        <div className="quick-actions" role="group" aria-label={t('personPage.quickActions')}>
          <button type="button" className="primary" onClick={onLog}>
            {t('personPage.log')}
          </button>
          <button type="button" onClick={onAddTie}>
            {t('personPage.addTie')}
          </button>
          <CadenceSelect person={person} />
        </div>
      )}
    </header>
  )
}

/** "Met at 勉強会 on Apr 1, 2023, through Alex Kim" / 「Alex Kimさん経由で、2023年4月1日に勉強会で出会った」 */
function metSentence(t: Translate, person: Person, day: (iso: string) => string, via: string | null): string | null {
  const { where, when } = person.howWeMet
  const met =
    where && when ? t('personPage.metAtOn', { where, date: day(when) }) : where ? t('personPage.metAt', { where }) : when ? t('personPage.metOn', { date: day(when) }) : null
  if (via === null) return met
  return met === null ? t('personPage.via', { name: via }) : t('personPage.metVia', { met, name: via })
}
