import { useId, useMemo, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { PersonId } from '../../../shared/graph'
import { parseQuickCapture } from '../../../shared/workflow'
import { usePeople } from '../core/vault-context'
import { attempt, type WriteProblem } from '../vault/graph-actions'
import { FieldError } from '../components/FieldError'
import { useTodayDate, useWorkflowActions } from './use-workflow'

/**
 * One line -> a preview of the interaction it describes -> Enter logs it. A name that fits
 * several people shows them as choices; one that fits nobody says so and blocks logging.
 */
export function QuickCapture({ autoFocus = false, onLogged }: { autoFocus?: boolean; onLogged?: () => void }) {
  const { t } = useTranslation()
  const people = usePeople()
  const actions = useWorkflowActions()
  const today = useTodayDate()
  const id = useId()
  const [text, setText] = useState('')
  const [choices, setChoices] = useState<Record<number, PersonId>>({})
  const [problem, setProblem] = useState<WriteProblem | null>(null)
  const [logged, setLogged] = useState(false)
  const parsed = useMemo(() => (text.trim() === '' ? null : parseQuickCapture(text, people, today)), [text, people, today])
  const resolved = parsed?.mentions.map((m, i) => choices[i] ?? (m.candidates.length === 1 ? m.candidates[0].personId : null)) ?? []
  const ready = parsed !== null && resolved.length > 0 && resolved.every((r) => r !== null)
  const names = resolved.map((r) => people.find((p) => p.id === r)?.name ?? '?')

  const log = () => {
    if (!ready || parsed === null) return
    const result = attempt(() => actions.logInteraction({ kind: parsed.kind, personIds: resolved.filter((r): r is PersonId => r !== null), date: parsed.date ?? today, note: parsed.note }))
    setProblem(result)
    if (result !== null) return
    setText('')
    setChoices({})
    setLogged(true)
    onLogged?.()
  }

  return (
    <div className="quick-capture">
      <label htmlFor={id}>{t('workflow.capture.label')}</label>
      <input
        id={id}
        type="text"
        value={text}
        autoFocus={autoFocus}
        autoComplete="off"
        placeholder={t('workflow.capture.placeholder')}
        aria-describedby={`${id}-preview ${id}-hint`}
        onChange={(e) => {
          setText(e.target.value)
          setChoices({})
          setLogged(false)
        }}
        onKeyDown={(e) => {
          if (e.key === 'Enter') {
            e.preventDefault()
            log()
          }
        }}
      />
      <p id={`${id}-hint`} className="muted">
        {t('workflow.capture.hint')}
      </p>
      <div id={`${id}-preview`} className="capture-preview" role="status" aria-live="polite">
        {logged && text === '' && <p>{t('workflow.capture.logged')}</p>}
        {text.trim() !== '' && parsed === null && <p>{t('workflow.capture.noMatch')}</p>}
        {parsed !== null && (
          <>
            {ready && (
              <p className="capture-summary">
                {t('workflow.capture.preview', { kind: t(`workflow.kinds.${parsed.kind}`), people: names.join(', '), date: parsed.date ?? today })}
                {parsed.note !== '' && <> · {t('workflow.capture.note', { note: parsed.note })}</>}
              </p>
            )}
            {parsed.mentions.map((m, i) =>
              m.candidates.length === 0 ? (
                <p key={i} className="field-error">
                  {t('workflow.capture.unknown', { name: m.text })}
                </p>
              ) : m.candidates.length > 1 ? (
                <fieldset key={i} className="capture-choices">
                  <legend>{t('workflow.capture.choose', { name: m.text })}</legend>
                  {m.candidates.map((c) => (
                    <label key={c.personId} className="check">
                      <input type="radio" name={`${id}-m${i}`} checked={choices[i] === c.personId} onChange={() => setChoices({ ...choices, [i]: c.personId })} />
                      {c.name}
                    </label>
                  ))}
                </fieldset>
              ) : null,
            )}
          </>
        )}
      </div>
      <button type="button" onClick={log} disabled={!ready}>
        {t('workflow.capture.log')}
      </button>
      <FieldError id={`${id}-error`} problem={problem} />
    </div>
  )
}
