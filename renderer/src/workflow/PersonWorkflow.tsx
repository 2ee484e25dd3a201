import { useId, useMemo, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { INTERACTION_KINDS, type Cadence, type InteractionKind, type Person } from '../../../shared/graph'
import { chooseCadence, computeLedger, resolveWorkflowSettings, traceOpportunities } from '../../../shared/workflow'
import { useActions, useGraph } from '../core/vault-context'
import { ChoiceSelect } from '../components/ChoiceSelect'
import { FieldError } from '../components/FieldError'
import { useDateFormat } from '../components/format-date'
import { attempt, type WriteProblem } from '../vault/write-problem'
import { ProvenanceLine } from './OpportunitiesView'
import { CadencePicker } from './CadencePicker'
import { RecordList } from './RecordList'
import { deadlineText } from './deadline-text'
import { LOG_NOTE_ID } from './log-note-id'
import { useTodayDate, useWorkflowData } from './use-workflow'

/** The workflow sections lower on a person's page: projects and opportunities (the timeline and cadence sit at the top). */
export function PersonWorkflow({ person }: { person: Person }) {
  return (
    <div className="person-workflow">
      <SharedProjects person={person} />
      <OpportunitiesThrough person={person} />
    </div>
  )
}

/** The id of the note field of the log form, which the page's "Log what happened" focuses. */

export function InteractionTimeline({ person }: { person: Person }) {
  const { t } = useTranslation()
  const graph = useGraph()
  const actions = useActions()
  const today = useTodayDate()
  const id = useId()
  const format = useDateFormat()
  const [kind, setKind] = useState<InteractionKind>('message')
  const [date, setDate] = useState(today)
  const [note, setNote] = useState('')
  const [problem, setProblem] = useState<WriteProblem | null>(null)
  const mine = useMemo(
    () => graph.interactions.filter((i) => i.personIds.includes(person.id)).sort((a, b) => b.date.localeCompare(a.date) || a.id.localeCompare(b.id)),
    [graph.interactions, person.id],
  )
  const ledger = useMemo(() => computeLedger({ people: [person], interactions: mine }, { from: null, to: null }).overall, [person, mine])
  const names = useMemo(() => new Map(graph.people.map((p) => [p.id, p.name])), [graph.people])
  return (
    <section className="form-section" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('workflow.person.timeline')}</h2>
      <p className="muted">{t('workflow.person.ledger', { gave: ledger.gave, received: ledger.received })}</p>
      <form
        className="inline-form"
        onSubmit={(e) => {
          e.preventDefault()
          const result = attempt(() => actions.logInteraction({ kind, date, personIds: [person.id], note }))
          setProblem(result)
          if (result === null) setNote('')
        }}
      >
        <ChoiceSelect label={t('workflow.person.logKind')} value={kind} choices={INTERACTION_KINDS} labelOf={(k) => t(`workflow.kinds.${k}`)} onChange={setKind} />
        <label>
          {t('workflow.person.logDate')}
          <input type="date" value={date} required onChange={(e) => setDate(e.target.value)} />
        </label>
        <label className="grow">
          {t('workflow.person.logNote')}
          <input id={LOG_NOTE_ID} value={note} onChange={(e) => setNote(e.target.value)} />
        </label>
        <button type="submit">{t('workflow.person.log')}</button>
      </form>
      <FieldError id={`${id}-error`} problem={problem} />
      {mine.length === 0 ? (
        <p className="muted">{t('workflow.person.noInteractions')}</p>
      ) : (
        <ol className="timeline" aria-label={t('workflow.person.timeline')}>
          {mine.map((i) => (
            <li key={i.id}>
              <time dateTime={i.date}>{format.day(i.date)}</time> {t(`workflow.kinds.${i.kind}`)}
              {i.personIds.length > 1 && (
                <span className="muted">
                  {' '}
                  (
                  {i.personIds
                    .filter((p) => p !== person.id)
                    .map((p) => names.get(p) ?? '?')
                    .join(', ')}
                  )
                </span>
              )}
              {i.note !== '' && <span> · {i.note}</span>}
            </li>
          ))}
        </ol>
      )}
    </section>
  )
}

export function SharedProjects({ person }: { person: Person }) {
  const { t } = useTranslation()
  const graph = useGraph()
  const id = useId()
  const projects = graph.projects.filter((p) => p.memberIds.includes(person.id))
  return (
    <section className="form-section" aria-labelledby={`${id}-title`}>
      <RecordList title={t('workflow.person.projects')} titleId={`${id}-title`} empty={t('workflow.person.noProjects')} items={projects} keyOf={(p) => p.id}>
        {(p) => (
          <>
            <strong>{p.name}</strong> <span className="muted">{[p.start, p.end].filter(Boolean).join(' – ')}</span>
            {p.myRole !== '' && <span> · {p.myRole}</span>}
            {deadlineText(t, p) !== null && <span className="muted"> · {deadlineText(t, p)}</span>}
          </>
        )}
      </RecordList>
    </section>
  )
}

export function OpportunitiesThrough({ person }: { person: Person }) {
  const { t } = useTranslation()
  const graph = useGraph()
  const id = useId()
  const through = useMemo(() => traceOpportunities(graph).opportunities.filter((o) => o.chain.some((l) => l.personId === person.id)), [graph, person.id])
  return (
    <section className="form-section" aria-labelledby={`${id}-title`}>
      <RecordList title={t('workflow.person.opportunities')} titleId={`${id}-title`} empty={t('workflow.person.noOpportunities')} items={through} keyOf={(o) => o.opportunityId}>
        {(o) => <ProvenanceLine o={o} />}
      </RecordList>
    </section>
  )
}

const CADENCE_CHOICES: readonly number[] = [14, 30, 45, 60, 90, 180, 365]

/** Keep in touch with this person: the role default, a cadence of their own, or off. */
export function CadenceSelect({ person }: { person: Person }) {
  const { t } = useTranslation()
  const workflow = useWorkflowData()
  const actions = useActions()
  const id = useId()
  const state = workflow.people.find((p) => p.personId === person.id)
  const fallback = chooseCadence(person.roles, undefined, resolveWorkflowSettings(workflow.settings)).cadence
  const label = (c: Cadence) => (c === 'off' ? t('workflow.person.cadenceOff') : t('workflow.person.cadenceDays', { count: c }))
  return (
    <span className="cadence-select">
      <label htmlFor={id}>{t('workflow.person.cadenceLabel')}</label>
      <CadencePicker
        id={id}
        value={state?.cadence}
        choices={CADENCE_CHOICES}
        defaultLabel={fallback === 'off' ? t('workflow.person.cadenceNone') : t('workflow.person.cadenceDefault', { days: label(fallback) })}
        labelOf={label}
        onChange={(cadence) => actions.setCadence(person.id, cadence)}
        disabled={person.deletedAt !== null}
      />
    </span>
  )
}
