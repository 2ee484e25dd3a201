import { useMemo, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { comparePeople } from '../../../shared/graph'
import { addDays, computeLedger, type LedgerCounts, type LedgerFlag } from '../../../shared/workflow'
import { useGraph } from '../core/vault-context'
import { useTodayDate } from './use-workflow'
import { ColumnHeads } from '../components/ColumnHeads'
import { PersonLinks } from '../components/PersonLinks'

/** The flags in the order they are shown: each a group of people with one suggestion, not a line per person. */
const LEDGER_FLAGS: readonly LedgerFlag[] = ['only-take', 'consults-me-one-way']

const COLUMNS = ['consultedMe', 'helpedThem', 'introducedForThem', 'consultedThem', 'helpedMe', 'introducedMe'] as const

/** The give-and-take ledger for a chosen period: overall, per person, and the gentle flags. */
export function LedgerView() {
  const { t } = useTranslation()
  const graph = useGraph()
  const today = useTodayDate()
  const [from, setFrom] = useState(addDays(today, -365))
  const [to, setTo] = useState(today)
  const ledger = useMemo(() => computeLedger(graph, { from: from === '' ? null : from, to: to === '' ? null : to }), [graph, from, to])
  const readings = useMemo(() => new Map(graph.people.map((p) => [p.id, p.reading])), [graph.people])
  const names = useMemo(() => new Map(ledger.people.map((p) => [p.personId, p.name])), [ledger.people])
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
      <div className="inline-form">
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
        {t('workflow.ledger.overallLine', { gave: ledger.overall.gave, received: ledger.overall.received })}
      </p>
      {ledger.flagged.length > 0 && (
        <section aria-labelledby="ledger-flags">
          <h2 id="ledger-flags">{t('workflow.ledger.flags')}</h2>
          <ul className="record-list ledger-flags">
            {LEDGER_FLAGS.map((flag) => {
              const people = ledger.flagged.filter((f) => f.flags.includes(flag)).map((f) => f.personId)
              if (people.length === 0) return null
              return (
                <li key={flag} data-flag={flag}>
                  <p>{t(`workflow.ledger.group.${flag}`, { count: people.length })}</p>
                  <PersonLinks ids={people} nameOf={(id) => names.get(id) ?? ''} label={t(`workflow.ledger.group.${flag}`, { count: people.length })} />
                </li>
              )
            })}
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
