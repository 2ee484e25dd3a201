import { useEffect, useMemo, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { describePosition, suggestDecisions, type DuplicateCandidate, type DuplicatePolicy, type ImportDecision, type ImportPreview } from '../../../shared/io'
import { useApi } from '../core/api-context'
import { useGraphActions, usePeople, useVaultStore } from '../core/vault-context'
import { applyPreview } from './import-actions'
import { startImport, type ImportJob } from './import-client'

type State =
  | { kind: 'idle'; notice?: string }
  | { kind: 'working'; name: string; stage: string }
  | { kind: 'preview'; name: string; preview: ImportPreview; candidates: DuplicateCandidate[]; decisions: ImportDecision[] }
  | { kind: 'done'; message: string; canUndo: boolean; warnings?: string[] }
  | { kind: 'error'; message: string }

/** Import: choose a file (main's dialog), parse and match in a worker, preview, decide, apply. */
export function ImportView() {
  const { t } = useTranslation()
  const api = useApi()
  const store = useVaultStore()
  const graph = useGraphActions()
  const people = usePeople()
  const [state, setState] = useState<State>({ kind: 'idle' })
  const job = useRef<ImportJob | null>(null)
  useEffect(() => () => job.current?.cancel(), [])

  const choose = async () => {
    const chosen = await api.io.chooseImportFile()
    if (!chosen.ok) return setState({ kind: 'error', message: chosen.error.message })
    if (chosen.value === null) return
    const { name, bytes } = chosen.value
    setState({ kind: 'working', name, stage: t('io.reading', { name }) })
    const running = startImport(bytes, people, (stage, count) =>
      setState({ kind: 'working', name, stage: stage === 'parsing' ? t('io.parsing') : t('io.matching', { count: count ?? 0 }) }),
    )
    job.current = running
    const outcome = await running.result
    if (job.current !== running) return
    job.current = null
    if (outcome.type === 'cancelled') return setState({ kind: 'idle', notice: t('io.cancelled') })
    if (outcome.type === 'error') return setState({ kind: 'error', message: t('io.failed', { name, message: outcome.message }) })
    setState({ kind: 'preview', name, preview: outcome.preview, candidates: outcome.candidates, decisions: suggestDecisions(outcome.preview, outcome.candidates, 'merge') })
  }

  const cancel = () => {
    job.current?.cancel()
  }

  return (
    <section aria-labelledby="import-title" className="view import-view">
      <h1 id="import-title">{t('io.title')}</h1>
      <p className="lead">{t('io.lead')}</p>
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
      {state.kind === 'preview' && (
        <ImportPreviewTable
          {...state}
          onChange={(decisions) => setState({ ...state, decisions })}
          onDiscard={() => setState({ kind: 'idle' })}
          onApply={() => {
            try {
              const result = applyPreview(store, state.preview, state.decisions)
              const message = t('io.applied', { created: result.created.length, merged: result.merged.length, skipped: result.skipped, ties: result.ties, records: result.records })
              setState({ kind: 'done', canUndo: true, message, warnings: result.warnings })
            } catch (error) {
              setState({ kind: 'error', message: t('io.failed', { name: state.name, message: error instanceof Error ? error.message : String(error) }) })
            }
          }}
        />
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
                graph.undo()
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

interface TableProps {
  name: string
  preview: ImportPreview
  candidates: DuplicateCandidate[]
  decisions: ImportDecision[]
  onChange: (decisions: ImportDecision[]) => void
  onApply: () => void
  onDiscard: () => void
}

/** Rows shown at once; a 10,000-card file lists its duplicates first and the rest on demand. */
const PAGE = 200

function ImportPreviewTable({ name, preview, candidates, decisions, onChange, onApply, onDiscard }: TableProps) {
  const { t } = useTranslation()
  const people = usePeople()
  const [shown, setShown] = useState(PAGE)
  const names = useMemo(() => new Map(people.map((p) => [p.id, p.name])), [people])
  const best = useMemo(() => {
    const map = new Map<number, DuplicateCandidate>()
    for (const c of candidates) if (!map.has(c.index)) map.set(c.index, c)
    return map
  }, [candidates])
  const order = useMemo(() => preview.people.map((_, i) => i).sort((a, b) => Number(best.has(b)) - Number(best.has(a)) || a - b), [preview, best])
  const count = (action: ImportDecision['action']) => decisions.filter((d) => d.action === action).length
  const setAll = (policy: DuplicatePolicy) => onChange(suggestDecisions(preview, candidates, policy))
  const setOne = (index: number, action: string) => {
    const candidate = best.get(index)
    const next = [...decisions]
    next[index] = action === 'merge' && candidate !== undefined ? { action: 'merge', into: candidate.target } : action === 'skip' ? { action: 'skip' } : { action: 'new' }
    onChange(next)
  }
  const targetName = (c: DuplicateCandidate) =>
    c.target.kind === 'vault' ? (names.get(c.target.personId) ?? c.target.personId) : t('io.inFile', { name: preview.people[c.target.index].name })

  return (
    <div className="import-preview">
      <h2>{t('io.previewTitle', { name, count: preview.people.length })}</h2>
      <p role="status">{t('io.summary', { add: count('new'), merge: count('merge'), skip: count('skip') })}</p>
      <div className="button-row">
        <button type="button" onClick={() => setAll('merge')}>{t('io.allMerge')}</button>
        <button type="button" onClick={() => setAll('keep')}>{t('io.allKeep')}</button>
        <button type="button" onClick={() => setAll('skip')}>{t('io.allSkip')}</button>
      </div>
      {preview.warnings.length > 0 && (
        <details>
          <summary>{t('io.warnings')} ({preview.warnings.length})</summary>
          <ul>
            {preview.warnings.slice(0, 100).map((w, i) => (
              <li key={i}>{`${name}: ${describePosition(w.at)}: ${w.message}`}</li>
            ))}
          </ul>
        </details>
      )}
      <table className="import-table">
        <thead>
          <tr>
            <th scope="col">{t('io.colName')}</th>
            <th scope="col">{t('io.colMatch')}</th>
            <th scope="col">{t('io.colReason')}</th>
            <th scope="col">{t('io.colAction')}</th>
          </tr>
        </thead>
        <tbody>
          {order.slice(0, shown).map((index) => {
            const person = preview.people[index]
            const candidate = best.get(index)
            return (
              <tr key={index}>
                <th scope="row">{person.name}</th>
                <td>{candidate === undefined ? t('io.noMatch') : targetName(candidate)}</td>
                <td>{candidate === undefined ? '' : candidate.reasons.map((r) => t(`io.reason_${r.replace('-', '_')}`)).join(', ')}</td>
                <td>
                  <select aria-label={`${t('io.colAction')}: ${person.name}`} value={decisions[index].action} onChange={(e) => setOne(index, e.target.value)}>
                    <option value="new">{t('io.actionNew')}</option>
                    {candidate !== undefined && <option value="merge">{t('io.actionMerge')}</option>}
                    <option value="skip">{t('io.actionSkip')}</option>
                  </select>
                </td>
              </tr>
            )
          })}
        </tbody>
      </table>
      {order.length > shown && (
        <button type="button" className="link-button" onClick={() => setShown(shown + PAGE)}>
          {`${shown} / ${order.length} …`}
        </button>
      )}
      <div className="button-row">
        <button type="button" className="primary" onClick={onApply}>{t('io.apply')}</button>
        <button type="button" onClick={onDiscard}>{t('io.discard')}</button>
      </div>
    </div>
  )
}
