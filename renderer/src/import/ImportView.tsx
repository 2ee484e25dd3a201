import { useEffect, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import {
  reportImport,
  settleDecisions,
  suggestCalendarDecisions,
  suggestDecisions,
  type DuplicateCandidate,
  type ImportDecision,
  type ImportPreview as Preview,
} from '../../../shared/io'
import { addDays, todayIn } from '../../../shared/workflow'
import { useApi } from '../core/api-context'
import { useActions, useMe, usePeople } from '../core/vault-context'
import { CalendarSummary } from './CalendarSummary'
import { startImport, type ImportJob } from './import-client'
import { ImportPreview } from './ImportPreview'

type State =
  | { kind: 'idle'; notice?: string }
  | { kind: 'working'; name: string; stage: string }
  | { kind: 'preview'; name: string; preview: Preview; candidates: DuplicateCandidate[]; decisions: ImportDecision[] }
  | { kind: 'done'; message: string; canUndo: boolean; warnings?: string[] }
  | { kind: 'error'; message: string }

/**
 * Import: choose a file (main's dialog), parse and match in a worker, preview, decide, apply.
 * Certain matches start as merges, suggestions as new people: nothing is merged on a suggestion
 * until the person says so. A calendar (.ics) is read from the chosen day up to now, without my
 * own addresses, and its attendees start as calendar-records.ts decides (a name alone is left out).
 */
export function ImportView() {
  const { t } = useTranslation()
  const api = useApi()
  const actions = useActions()
  const people = usePeople()
  const me = useMe()
  const [today] = useState(() => todayIn(Date.now()))
  const [since, setSince] = useState(() => addDays(today, -365))
  const [state, setState] = useState<State>({ kind: 'idle' })
  const job = useRef<ImportJob | null>(null)
  useEffect(() => () => job.current?.cancel(), [])

  const apply = async (state: Extract<State, { kind: 'preview' }>) => {
    try {
      const decisions = settleDecisions(state.decisions)
      const { counts } = reportImport(state.preview, state.candidates, decisions)
      const result = await actions.applyImport(state.preview, decisions)
      const applied = t('io.applied', { ...counts, ties: result.ties, records: result.records })
      const message = result.calendar === undefined ? applied : `${applied} ${t('io.calendar.applied', { ...result.calendar })}`
      setState({ kind: 'done', canUndo: true, message, warnings: result.warnings })
    } catch (error) {
      setState({ kind: 'error', message: t('io.failed', { name: state.name, message: error instanceof Error ? error.message : String(error) }) })
    }
  }

  const choose = async () => {
    const chosen = await api.io.chooseImportFile()
    if (!chosen.ok) return setState({ kind: 'error', message: chosen.error.message })
    if (chosen.value === null) return
    const { name, bytes } = chosen.value
    setState({ kind: 'working', name, stage: t('io.reading', { name }) })
    const selfEmails = me.handles.filter((h) => h.kind === 'email').map((h) => h.value)
    const running = startImport(
      bytes,
      people,
      (stage, count) => setState({ kind: 'working', name, stage: stage === 'parsing' ? t('io.parsing') : t('io.matching', { count: count ?? 0 }) }),
      { now: Date.now(), since, selfEmails },
    )
    job.current = running
    const outcome = await running.result
    if (job.current !== running) return
    job.current = null
    if (outcome.type === 'cancelled') return setState({ kind: 'idle', notice: t('io.cancelled') })
    if (outcome.type === 'error') return setState({ kind: 'error', message: t('io.failed', { name, message: outcome.message }) })
    const decisions =
      outcome.preview.calendar !== undefined ? suggestCalendarDecisions(outcome.preview, outcome.candidates) : suggestDecisions(outcome.preview, outcome.candidates, 'merge')
    setState({ kind: 'preview', name, preview: outcome.preview, candidates: outcome.candidates, decisions })
  }

  const cancel = () => {
    job.current?.cancel()
  }

  return (
    <section aria-labelledby="import-title" className="view import-view">
      <h1 id="import-title">{t('io.title')}</h1>
      <p className="lead">{t('io.lead')}</p>
      <p className="muted">{t('io.calendar.lead')}</p>
      {state.kind !== 'preview' && state.kind !== 'working' && (
        <p className="calendar-since">
          <label htmlFor="calendar-since">{t('io.calendar.since')}</label>{' '}
          <input id="calendar-since" type="date" value={since} max={today} required onChange={(e) => e.target.value !== '' && setSince(e.target.value)} />
        </p>
      )}
      {state.kind === 'idle' && (
        <>
          {state.notice && <p role="status">{state.notice}</p>}
          <button type="button" onClick={() => void choose()}>
            {t('io.choose')}
          </button>
        </>
      )}
      {state.kind === 'working' && (
        <div role="status" className="import-progress">
          <progress aria-label={state.stage} />
          <span>{state.stage}</span>
          <button type="button" onClick={cancel}>
            {t('io.cancel')}
          </button>
        </div>
      )}
      {state.kind === 'error' && (
        <>
          <p role="alert" className="field-error">
            {state.message}
          </p>
          <button type="button" onClick={() => void choose()}>
            {t('io.choose')}
          </button>
        </>
      )}
      {state.kind === 'preview' && <CalendarSummary preview={state.preview} decisions={settleDecisions(state.decisions)} />}
      {state.kind === 'preview' && (
        <ImportPreview {...state} onChange={(decisions) => setState({ ...state, decisions })} onDiscard={() => setState({ kind: 'idle' })} onApply={() => void apply(state)} />
      )}
      {state.kind === 'done' && (
        <>
          <p role="status">{state.message}</p>
          {state.warnings !== undefined && state.warnings.length > 0 && (
            <ul className="import-warnings" aria-label={t('io.warnings')}>
              {state.warnings.map((w) => (
                <li key={w}>{w}</li>
              ))}
            </ul>
          )}
          {state.canUndo && (
            <button
              type="button"
              onClick={() => {
                actions.undo()
                setState({ kind: 'done', canUndo: false, message: t('io.undone') })
              }}
            >
              {t('io.undo')}
            </button>
          )}
          <button type="button" onClick={() => void choose()}>
            {t('io.choose')}
          </button>
        </>
      )}
    </section>
  )
}
