import { useId, useState } from 'react'
import type { WriteProblem } from '../vault/write-problem'
import { FieldError } from './FieldError'

interface Props {
  label: string
  value: string
  /** Writes the value; returns the problem when the graph rejected it. */
  onCommit: (value: string) => WriteProblem | null
  /** A problem from elsewhere (e.g. a whole-form write). */
  problem?: WriteProblem | null
  type?: 'text' | 'date' | 'number' | 'email'
  multiline?: boolean
  placeholder?: string
  inputMode?: 'numeric' | 'text'
}

/**
 * A text field that edits a draft and writes it when the user leaves the field or presses Enter.
 * While not being edited it shows the stored value, so undo and remote edits appear at once.
 */
export function TextField({ label, value, onCommit, problem, type = 'text', multiline = false, placeholder, inputMode }: Props) {
  const id = useId()
  const errorId = `${id}-error`
  const [draft, setDraft] = useState<string | null>(null)
  const [rejected, setRejected] = useState<WriteProblem | null>(null)
  const shown = rejected ?? problem ?? null

  const commit = (): void => {
    if (draft === null) return
    if (draft === value) {
      setDraft(null)
      setRejected(null)
      return
    }
    const result = onCommit(draft)
    setRejected(result)
    if (result === null) setDraft(null)
  }
  const common = {
    id,
    value: draft ?? value,
    placeholder,
    'aria-invalid': shown !== null ? true : undefined,
    'aria-describedby': shown !== null ? errorId : undefined,
    onFocus: () => setDraft((d) => d ?? value),
    onBlur: commit,
  }
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {multiline ? (
        <textarea {...common} rows={4} onChange={(e) => setDraft(e.target.value)} />
      ) : (
        <input
          {...common}
          type={type}
          inputMode={inputMode}
          autoComplete="off"
          onChange={(e) => setDraft(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === 'Enter') commit()
            if (e.key === 'Escape') {
              setDraft(null)
              setRejected(null)
            }
          }}
        />
      )}
      <FieldError id={errorId} problem={shown} />
    </div>
  )
}
