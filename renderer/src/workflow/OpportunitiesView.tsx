import { useMemo, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { ISIC_SECTIONS, OPPORTUNITY_KINDS, type IsicSectionId } from '../../../shared/graph'
import type { Opportunity, PersonId } from '../../../shared/graph'
import { traceOpportunities, type OpportunityProvenance } from '../../../shared/workflow'
import { useActions, useGraph } from '../core/vault-context'
import { ChoiceSelect } from '../components/ChoiceSelect'
import { attempt } from '../vault/write-problem'
import { AddRecordForm } from './AddRecordForm'
import { PeopleChooser } from './PeopleChooser'
import { RecordList } from './RecordList'
import { useTodayDate } from './use-workflow'

/** One opportunity with its chain of introductions and how long after meeting it arrived. */
export function ProvenanceLine({ o }: { o: OpportunityProvenance }) {
  const { t } = useTranslation()
  const chain = o.chain.map((l) => l.name ?? '?').join(' → ')
  return (
    <>
      {t('workflow.opportunities.item', { title: o.title, date: o.date, chain: chain === '' ? '—' : chain })}
      {o.yearsAfterMeeting !== null && o.broughtBy !== null && (
        <span className="muted"> · {t('workflow.opportunities.years', { years: o.yearsAfterMeeting, name: o.broughtBy.name ?? '?' })}</span>
      )}
      {o.crossField !== null && <span className="muted"> · {o.crossField ? t('workflow.opportunities.crossField') : t('workflow.opportunities.sameField')}</span>}
    </>
  )
}

/** Opportunities: when, through whom (a chain), from which field; and where they came from overall. */
export function OpportunitiesView() {
  const { t, i18n } = useTranslation()
  const graph = useGraph()
  const actions = useActions()
  const today = useTodayDate()
  const [title, setTitle] = useState('')
  const [kind, setKind] = useState<Opportunity['kind']>('job')
  const [date, setDate] = useState(today)
  const [chain, setChain] = useState<PersonId[]>([])
  const [field, setField] = useState<IsicSectionId | ''>('')
  const [note, setNote] = useState('')
  const provenance = useMemo(() => traceOpportunities(graph), [graph])
  const language = i18n.language === 'ja' ? 'ja' : 'en'

  const save = () => {
    const result = attempt(() => actions.addOpportunity({ title, kind, date, viaPersonIds: chain, field: field === '' ? null : field, note }))
    if (result === null) {
      setTitle('')
      setChain([])
      setNote('')
    }
    return result
  }
  const { summary } = provenance
  return (
    <section className="view workflow-view" aria-labelledby="opportunities-title">
      <h1 id="opportunities-title">{t('workflow.opportunities.title')}</h1>
      <p className="lead">{t('workflow.opportunities.lead')}</p>
      <AddRecordForm label={t('workflow.opportunities.add')} saveLabel={t('workflow.opportunities.save')} onSave={save}>
        <div className="form-columns">
          <label>
            {t('workflow.opportunities.titleField')}
            <input value={title} required onChange={(e) => setTitle(e.target.value)} />
          </label>
          <ChoiceSelect
            label={t('workflow.opportunities.kind')}
            value={kind}
            choices={OPPORTUNITY_KINDS}
            labelOf={(k) => t(`workflow.opportunities.kinds.${k}`)}
            onChange={setKind}
          />
          <label>
            {t('workflow.opportunities.date')}
            <input type="date" value={date} required onChange={(e) => setDate(e.target.value)} />
          </label>
          <label>
            {t('workflow.opportunities.field')}
            <select value={field} onChange={(e) => setField(e.target.value as IsicSectionId | '')}>
              <option value="">{t('workflow.opportunities.noField')}</option>
              {ISIC_SECTIONS.map((s) => (
                <option key={s.id} value={s.id}>
                  {s.id}: {s.label[language]}
                </option>
              ))}
            </select>
          </label>
        </div>
        <PeopleChooser
          label={t('workflow.opportunities.chain')}
          addLabel={t('workflow.opportunities.addLink')}
          removeLabel={(name) => t('workflow.opportunities.removeLink', { name })}
          value={chain}
          onChange={setChain}
        />
        <label>
          {t('workflow.opportunities.note')}
          <input value={note} onChange={(e) => setNote(e.target.value)} />
        </label>
      </AddRecordForm>
      <RecordList
        title={t('workflow.opportunities.provenance')}
        empty={t('workflow.opportunities.none')}
        intro={<p>{t('workflow.opportunities.summary', { count: summary.count, median: summary.medianYearsAfterMeeting ?? '—', cross: summary.crossField })}</p>}
        items={provenance.opportunities}
        keyOf={(o) => o.opportunityId}
      >
        {(o) => <ProvenanceLine o={o} />}
      </RecordList>
    </section>
  )
}
