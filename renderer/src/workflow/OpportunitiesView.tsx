import { useId, useMemo, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { ISIC_SECTIONS, OPPORTUNITY_KINDS, type IsicSectionId } from '../../../shared/graph'
import type { Opportunity, PersonId } from '../../../shared/graph'
import { traceOpportunities, type OpportunityProvenance } from '../../../shared/workflow'
import { useActions, useGraph } from '../core/vault-context'
import { FieldError } from '../components/FieldError'
import { attempt, type WriteProblem } from '../vault/graph-actions'
import { PeopleChooser } from './PeopleChooser'
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
  const id = useId()
  const [title, setTitle] = useState('')
  const [kind, setKind] = useState<Opportunity['kind']>('job')
  const [date, setDate] = useState(today)
  const [chain, setChain] = useState<PersonId[]>([])
  const [field, setField] = useState<IsicSectionId | ''>('')
  const [note, setNote] = useState('')
  const [problem, setProblem] = useState<WriteProblem | null>(null)
  const provenance = useMemo(() => traceOpportunities(graph), [graph])
  const language = i18n.language === 'ja' ? 'ja' : 'en'

  const save = () => {
    const result = attempt(() => actions.addOpportunity({ title, kind, date, viaPersonIds: chain, field: field === '' ? null : field, note }))
    setProblem(result)
    if (result !== null) return
    setTitle('')
    setChain([])
    setNote('')
  }
  const { summary } = provenance
  return (
    <section className="view workflow-view" aria-labelledby="opportunities-title">
      <h1 id="opportunities-title">{t('workflow.opportunities.title')}</h1>
      <p className="lead">{t('workflow.opportunities.lead')}</p>
      <form
        className="workflow-form"
        aria-label={t('workflow.opportunities.add')}
        onSubmit={(e) => {
          e.preventDefault()
          save()
        }}
      >
        <h2>{t('workflow.opportunities.add')}</h2>
        <div className="form-columns">
          <label>
            {t('workflow.opportunities.titleField')}
            <input value={title} required onChange={(e) => setTitle(e.target.value)} />
          </label>
          <label>
            {t('workflow.opportunities.kind')}
            <select value={kind} onChange={(e) => setKind(e.target.value as Opportunity['kind'])}>
              {OPPORTUNITY_KINDS.map((k) => (
                <option key={k} value={k}>
                  {t(`workflow.opportunities.kinds.${k}`)}
                </option>
              ))}
            </select>
          </label>
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
        <button type="submit">{t('workflow.opportunities.save')}</button>
        <FieldError id={`${id}-error`} problem={problem} />
      </form>
      <h2>{t('workflow.opportunities.provenance')}</h2>
      {summary.count === 0 ? (
        <p className="muted">{t('workflow.opportunities.none')}</p>
      ) : (
        <>
          <p>{t('workflow.opportunities.summary', { count: summary.count, median: summary.medianYearsAfterMeeting ?? '—', cross: summary.crossField })}</p>
          <ul className="record-list" aria-label={t('workflow.opportunities.provenance')}>
            {provenance.opportunities.map((o) => (
              <li key={o.opportunityId}>
                <ProvenanceLine o={o} />
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  )
}
