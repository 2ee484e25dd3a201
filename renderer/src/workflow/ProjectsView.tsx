import { useId, useMemo, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { PersonId } from '../../../shared/graph'
import { useActions, useGraph } from '../core/vault-context'
import { FieldError } from '../components/FieldError'
import { attempt, type WriteProblem } from '../vault/graph-actions'
import { PeopleChooser } from './PeopleChooser'
import { ProjectRecord } from './RecordDetails'

const EMPTY = { name: '', start: '', end: '', deadline: '', finishedAt: '', myRole: '', notes: '', learned: '' }
const orNull = (s: string) => (s === '' ? null : s)

/** Joint projects: members, dates, deadline and when it really finished, my role, how it went. */
export function ProjectsView() {
  const { t } = useTranslation()
  const graph = useGraph()
  const actions = useActions()
  const id = useId()
  const [draft, setDraft] = useState(EMPTY)
  const [members, setMembers] = useState<PersonId[]>([])
  const [chores, setChores] = useState(false)
  const [problem, setProblem] = useState<WriteProblem | null>(null)
  const projects = useMemo(() => [...graph.projects].sort((a, b) => (b.start ?? '').localeCompare(a.start ?? '')), [graph.projects])
  const field = (key: keyof typeof EMPTY, label: string, type: 'text' | 'date' = 'text') => (
    <label>
      {label}
      <input type={type} value={draft[key]} required={key === 'name'} onChange={(e) => setDraft({ ...draft, [key]: e.target.value })} />
    </label>
  )

  const save = () => {
    const result = attempt(() =>
      actions.addProject({
        name: draft.name,
        memberIds: members,
        start: orNull(draft.start),
        end: orNull(draft.end),
        deadline: orNull(draft.deadline),
        finishedAt: orNull(draft.finishedAt),
        myRole: draft.myRole,
        notes: draft.notes,
        learned: draft.learned,
        tookUnownedChores: chores,
      }),
    )
    setProblem(result)
    if (result !== null) return
    setDraft(EMPTY)
    setMembers([])
    setChores(false)
  }

  return (
    <section className="view workflow-view" aria-labelledby="projects-title">
      <h1 id="projects-title">{t('workflow.projects.title')}</h1>
      <p className="lead">{t('workflow.projects.lead')}</p>
      <form
        className="workflow-form"
        aria-label={t('workflow.projects.add')}
        onSubmit={(e) => {
          e.preventDefault()
          save()
        }}
      >
        <h2>{t('workflow.projects.add')}</h2>
        <div className="form-columns">
          {field('name', t('workflow.projects.name'))}
          {field('myRole', t('workflow.projects.myRole'))}
          {field('start', t('workflow.projects.start'), 'date')}
          {field('end', t('workflow.projects.end'), 'date')}
          {field('deadline', t('workflow.projects.deadline'), 'date')}
          {field('finishedAt', t('workflow.projects.finishedAt'), 'date')}
        </div>
        <PeopleChooser
          label={t('workflow.projects.members')}
          addLabel={t('workflow.projects.addMember')}
          removeLabel={(name) => t('workflow.projects.removeMember', { name })}
          value={members}
          onChange={setMembers}
        />
        <div className="form-columns">
          {field('notes', t('workflow.projects.notes'))}
          {field('learned', t('workflow.projects.learned'))}
        </div>
        <label className="check">
          <input type="checkbox" checked={chores} onChange={(e) => setChores(e.target.checked)} />
          {t('workflow.projects.chores')}
        </label>
        <button type="submit">{t('workflow.projects.save')}</button>
        <FieldError id={`${id}-error`} problem={problem} />
      </form>
      <h2>{t('workflow.projects.list')}</h2>
      {projects.length === 0 ? (
        <p className="muted">{t('workflow.projects.none')}</p>
      ) : (
        <ul className="record-list" aria-label={t('workflow.projects.list')}>
          {projects.map((p) => (
            <li key={p.id}>
              <ProjectRecord project={p} />
            </li>
          ))}
        </ul>
      )}
    </section>
  )
}
