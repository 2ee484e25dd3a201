import { useMemo, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { comparePeople } from '../../../shared/graph'
import { addDays, computeLedger, type LedgerCounts } from '../../../shared/workflow'
import { useNavigation } from '../core/navigation'
import { useGraph } from '../core/vault-context'
import { useTodayDate } from './use-workflow'
import { ColumnHeads } from '../components/ColumnHeads'

const COLUMNS = ['consultedMe', 'helpedThem', 'introducedForThem', 'consultedThem', 'helpedMe', 'introducedMe'] as const

/** The give-and-take ledger for a chosen period: overall, per person, and the gentle flags. */
export function LedgerView() {
  const { t } = useTranslation()
  const graph = useGraph()
  const navigation = useNavigation()
  const today = useTodayDate()
  const [from, setFrom] = useState(addDays(today, -365))
  const [to, setTo] = useState(today)
  const ledger = useMemo(() => computeLedger(graph, { from: from === '' ? null : from, to: to === '' ? null : to }), [graph, from, to])
  const readings = useMemo(() => new Map(graph.people.map((p) => [p.id, p.reading])), [graph.people])
  const rows = useMemo(
    () =>
      [...ledger.people].sort((a, b) =>
        comparePeople(
          { id: a.personId, name: a.name, reading: readings.get(a.personId) ?? null },
          { id: b.personId, name: b.name, reading: readings.get(b.personId) ?? null },
          'reading',
        ),
      ),
    [ledger.people, readings],
  )
  const cells = (c: LedgerCounts) => COLUMNS.map((k) => <td key={k}>{c[k]}</td>)
  return (
    <section className="view workflow-view" aria-labelledby="ledger-title">
      <h1 id="ledger-title">{t('workflow.ledger.title')}</h1>
      <p className="lead">{t('workflow.ledger.lead')}</p>
      <div className="form-columns">
        <label>
          {t('workflow.ledger.from')}
          <input type="date" value={from} onChange={(e) => setFrom(e.target.value)} />
        </label>
        <label>
          {t('workflow.ledger.to')}
          <input type="date" value={to} onChange={(e) => setTo(e.target.value)} />
        </label>
      </div>
      <p className="ledger-overall" data-testid="ledger-overall">
        {t('workflow.ledger.overall')}: {t('workflow.ledger.gave')} {ledger.overall.gave} · {t('workflow.ledger.received')} {ledger.overall.received}
      </p>
      {ledger.flagged.length > 0 && (
        <section aria-labelledby="ledger-flags">
          <h2 id="ledger-flags">{t('workflow.ledger.flags')}</h2>
          <ul className="record-list">
            {ledger.flagged.map((f) => (
              <li key={f.personId}>
                <button type="button" className="link-button" onClick={() => navigation.navigate({ view: 'person', params: { id: f.personId } })}>
                  {ledger.people.find((p) => p.personId === f.personId)?.name}
                </button>
                : {f.flags.map((flag) => t(`workflow.ledger.${flag}`)).join(' ')}
              </li>
            ))}
          </ul>
        </section>
      )}
      {rows.length === 0 ? (
        <p className="muted">{t('workflow.ledger.none')}</p>
      ) : (
        <table className="data-table ledger-table">
          <caption>{t('workflow.ledger.table')}</caption>
          <ColumnHeads labels={[t('workflow.ledger.person'), ...COLUMNS.map((k) => t(`workflow.ledger.${k}`)), t('workflow.ledger.gave'), t('workflow.ledger.received')]} />
          <tbody>
            {rows.map((row) => (
              <tr key={row.personId}>
                <th scope="row">{row.name}</th>
                {cells(row)}
                <td>{row.gave}</td>
                <td>{row.received}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  )
}
