import { useMemo, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { PersonId } from '../../../shared/graph'
import { useActions, useGraph } from '../core/vault-context'
import { attempt } from '../vault/write-problem'
import { AddRecordForm } from './AddRecordForm'
import { PeopleChooser } from './PeopleChooser'
import { ProjectRecord } from './RecordDetails'
import { RecordList } from './RecordList'

const EMPTY = { name: '', start: '', end: '', deadline: '', finishedAt: '', myRole: '', notes: '', learned: '' }
const orNull = (s: string) => (s === '' ? null : s)

/** Joint projects: members, dates, deadline and when it really finished, my role, how it went. */
export function ProjectsView() {
  const { t } = useTranslation()
  const graph = useGraph()
  const actions = useActions()
  const [draft, setDraft] = useState(EMPTY)
  const [members, setMembers] = useState<PersonId[]>([])
  const [chores, setChores] = useState(false)
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
    if (result === null) {
      setDraft(EMPTY)
      setMembers([])
      setChores(false)
    }
    return result
  }

  return (
    <section className="view workflow-view" aria-labelledby="projects-title">
      <h1 id="projects-title">{t('workflow.projects.title')}</h1>
      <p className="lead">{t('workflow.projects.lead')}</p>
      <AddRecordForm label={t('workflow.projects.add')} saveLabel={t('workflow.projects.save')} onSave={save}>
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
      </AddRecordForm>
      <RecordList title={t('workflow.projects.list')} empty={t('workflow.projects.none')} items={projects} keyOf={(p) => p.id}>
        {(p) => <ProjectRecord project={p} />}
      </RecordList>
    </section>
  )
}
