import { useId, useMemo, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { PersonId } from '../../../shared/graph'
import { parseQuickCapture } from '../../../shared/workflow'
import { useActions, usePeople } from '../core/vault-context'
import { attempt, type WriteProblem } from '../vault/write-problem'
import { FieldError } from '../components/FieldError'
import { useDateFormat } from '../components/format-date'
import { ActionNotice, type Notice } from './ActionNotice'
import { useTodayDate } from './use-workflow'
import './workflow.css'

/**
 * One line -> a preview sentence of the interaction it describes -> Enter logs it, and a
 * "Logged" line with Undo confirms it. A name that fits several people shows them as choices;
 * one that fits nobody says so and blocks logging. Names match in any script (name-keys).
 */
export function QuickCapture({ autoFocus = false }: { autoFocus?: boolean }) {
  const { t, i18n } = useTranslation()
  const format = useDateFormat()
  const people = usePeople()
  const actions = useActions()
  const today = useTodayDate()
  const id = useId()
  const [text, setText] = useState('')
  const [choices, setChoices] = useState<Record<number, PersonId>>({})
  const [problem, setProblem] = useState<WriteProblem | null>(null)
  const [notice, setNotice] = useState<Notice | null>(null)
  const parsed = useMemo(() => (text.trim() === '' ? null : parseQuickCapture(text, people, today)), [text, people, today])
  const resolved = parsed?.mentions.map((m, i) => choices[i] ?? (m.candidates.length === 1 ? m.candidates[0].personId : null)) ?? []
  const ready = parsed !== null && resolved.length > 0 && resolved.every((r) => r !== null)
  const names = resolved.map((r) => people.find((p) => p.id === r)?.name ?? '?')
  const list = new Intl.ListFormat(i18n.language, { type: 'conjunction' })
  const sentence =
    parsed === null
      ? ''
      : t('workflow.capture.preview', {
          sentence: t(`workflow.capture.sentence.${parsed.kind}`, { people: list.format(names.map((name) => t('workflow.capture.person', { name }))) }),
          date: format.day(parsed.date ?? today),
        })

  const log = () => {
    if (!ready || parsed === null) return
    const result = attempt(() =>
      actions.logInteraction({ kind: parsed.kind, personIds: resolved.filter((r): r is PersonId => r !== null), date: parsed.date ?? today, note: parsed.note }),
    )
    setProblem(result)
    if (result !== null) return
    setText('')
    setChoices({})
    setNotice((n) => ({ key: (n?.key ?? 0) + 1, text: t('workflow.notice.logged', { sentence }) }))
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
        {text.trim() !== '' && parsed === null && <p>{t('workflow.capture.noMatch')}</p>}
        {parsed !== null && (
          <>
            {ready && (
              <p className="capture-summary">
                {sentence}
                {parsed.note !== '' && <> {t('workflow.capture.note', { note: parsed.note })}</>}
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
      <ActionNotice notice={notice} onDismiss={() => setNotice(null)} />
    </div>
  )
}
