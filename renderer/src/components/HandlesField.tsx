import { useId, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { HANDLE_KINDS, type Handle, type HandleKind } from '../../../shared/graph'
import type { WriteProblem } from '../vault/write-problem'
import { FieldError } from './FieldError'

interface Props {
  handles: readonly Handle[]
  onChange: (handles: Handle[]) => WriteProblem | null
}

/** Email addresses, phone numbers and web pages: a list with remove buttons and a row to add one. */
export function HandlesField({ handles, onChange }: Props) {
  const { t } = useTranslation()
  const id = useId()
  const [kind, setKind] = useState<HandleKind>('email')
  const [value, setValue] = useState('')
  const [problem, setProblem] = useState<WriteProblem | null>(null)
  const add = () => {
    const result = onChange([...handles, { kind, value }])
    setProblem(result)
    if (result === null) setValue('')
  }
  return (
    <fieldset className="field handles">
      <legend>{t('person.handles')}</legend>
      {handles.length > 0 && (
        <ul className="handle-list" aria-label={t('person.handles')}>
          {handles.map((h) => (
            <li key={`${h.kind}:${h.value}`}>
              <span className="handle-kind">{t(`handleKinds.${h.kind}`)}</span> <span>{h.value}</span>
              <button
                type="button"
                className="chip-remove"
                aria-label={t('person.removeHandle', { value: h.value })}
                onClick={() => setProblem(onChange(handles.filter((x) => x !== h)))}
              >
                ×
              </button>
            </li>
          ))}
        </ul>
      )}
      <div className="inline-add" role="group">
        <select aria-label={t('person.handleKind')} value={kind} onChange={(e) => setKind(e.target.value as HandleKind)}>
          {HANDLE_KINDS.map((k) => (
            <option key={k} value={k}>
              {t(`handleKinds.${k}`)}
            </option>
          ))}
        </select>
        <input
          aria-label={t('person.handleValue')}
          aria-describedby={problem ? `${id}-error` : undefined}
          value={value}
          autoComplete="off"
          onChange={(e) => setValue(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === 'Enter' && value.trim() !== '') add()
          }}
        />
        <button type="button" onClick={add} disabled={value.trim() === ''}>
          {t('person.addHandle')}
        </button>
      </div>
      <FieldError id={`${id}-error`} problem={problem} />
    </fieldset>
  )
}
