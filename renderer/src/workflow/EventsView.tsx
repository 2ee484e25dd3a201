import { useMemo, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { EVENT_KINDS, type GraphEvent, type PersonId } from '../../../shared/graph'
import { resolveWorkflowSettings } from '../../../shared/workflow'
import { useActions, useGraph } from '../core/vault-context'
import { ChoiceSelect } from '../components/ChoiceSelect'
import { attempt } from '../vault/write-problem'
import { AddRecordForm } from './AddRecordForm'
import { PeopleChooser } from './PeopleChooser'
import { EventRecord } from './RecordDetails'
import { RecordList } from './RecordList'
import { useTodayDate, useWorkflowData } from './use-workflow'

interface NewPersonRow {
  key: number
  name: string
  exchange: string
}

/**
 * Events with the people met there: new people (each gets a follow-up due a few days later) and
 * people already in the network who were there too. Past events open to show who was there.
 */
export function EventsView() {
  const { t } = useTranslation()
  const graph = useGraph()
  const actions = useActions()
  const today = useTodayDate()
  const { settings } = useWorkflowData()
  const [name, setName] = useState('')
  const [kind, setKind] = useState<GraphEvent['kind']>('meetup')
  const [date, setDate] = useState(today)
  const [where, setWhere] = useState('')
  const [rows, setRows] = useState<NewPersonRow[]>([{ key: 0, name: '', exchange: '' }])
  const [known, setKnown] = useState<PersonId[]>([])
  const events = useMemo(() => [...graph.events].sort((a, b) => (b.date ?? '').localeCompare(a.date ?? '')), [graph.events])
  const setRow = (key: number, patch: Partial<NewPersonRow>) => setRows(rows.map((r) => (r.key === key ? { ...r, ...patch } : r)))

  const save = () => {
    const people = rows.filter((r) => r.name.trim() !== '')
    const result = attempt(() =>
      actions.addEvent({
        name,
        kind,
        date,
        where: where.trim() === '' ? null : where,
        newPeople: people.map((r) => ({ person: { name: r.name.trim() }, exchange: r.exchange })),
        knownPeople: known.map((personId) => ({ personId })),
      }),
    )
    if (result === null) {
      setName('')
      setWhere('')
      setRows([{ key: 0, name: '', exchange: '' }])
      setKnown([])
    }
    return result
  }

  return (
    <section className="view workflow-view" aria-labelledby="events-title">
      <h1 id="events-title">{t('workflow.events.title')}</h1>
      <p className="lead">{t('workflow.events.lead')}</p>
      <AddRecordForm
        label={t('workflow.events.add')}
        saveLabel={t('workflow.events.save')}
        onSave={save}
        savedMessage={t('workflow.events.saved', { days: resolveWorkflowSettings(settings).followUpDays })}
      >
        <div className="form-columns">
          <label>
            {t('workflow.events.name')}
            <input value={name} required onChange={(e) => setName(e.target.value)} />
          </label>
          <ChoiceSelect label={t('workflow.events.kind')} value={kind} choices={EVENT_KINDS} labelOf={(k) => t(`workflow.events.kinds.${k}`)} onChange={setKind} />
          <label>
            {t('workflow.events.date')}
            <input type="date" value={date} required onChange={(e) => setDate(e.target.value)} />
          </label>
          <label>
            {t('workflow.events.where')}
            <input value={where} onChange={(e) => setWhere(e.target.value)} />
          </label>
        </div>
        <fieldset className="plain">
          <legend>{t('workflow.events.newPeople')}</legend>
          {rows.map((row, i) => (
            <div key={row.key} className="met-row">
              <label>
                {t('workflow.events.personName', { n: i + 1 })}
                <input value={row.name} onChange={(e) => setRow(row.key, { name: e.target.value })} />
              </label>
              <label className="grow">
                {t('workflow.events.exchange', { n: i + 1 })}
                <input value={row.exchange} onChange={(e) => setRow(row.key, { exchange: e.target.value })} />
              </label>
              {rows.length > 1 && (
                <button type="button" onClick={() => setRows(rows.filter((r) => r.key !== row.key))}>
                  {t('workflow.events.removePerson', { n: i + 1 })}
                </button>
              )}
            </div>
          ))}
          <button type="button" onClick={() => setRows([...rows, { key: Math.max(...rows.map((r) => r.key)) + 1, name: '', exchange: '' }])}>
            {t('workflow.events.addPerson')}
          </button>
        </fieldset>
        <PeopleChooser
          label={t('workflow.events.knownPeople')}
          addLabel={t('workflow.events.addKnown')}
          removeLabel={(person) => t('workflow.events.removeKnown', { name: person })}
          value={known}
          onChange={setKnown}
        />
      </AddRecordForm>
      <RecordList title={t('workflow.events.list')} empty={t('workflow.events.none')} items={events} keyOf={(e) => e.id}>
        {(e) => <EventRecord event={e} />}
      </RecordList>
    </section>
  )
}
