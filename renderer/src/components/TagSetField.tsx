import { useId, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { WriteProblem } from '../vault/write-problem'
import { FieldError } from './FieldError'

interface Props {
  label: string
  items: readonly string[]
  /** Writes the whole new set; returns the problem when the graph rejected it. */
  onChange: (items: string[]) => WriteProblem | null
}

/** A set of free-text entries (tags, field tags): chips with a remove button, and an input to add. */
export function TagSetField({ label, items, onChange }: Props) {
  const { t } = useTranslation()
  const id = useId()
  const [draft, setDraft] = useState('')
  const [problem, setProblem] = useState<WriteProblem | null>(null)
  const add = (event: { preventDefault(): void }) => {
    event.preventDefault()
    if (draft.trim() === '') return
    const result = onChange([...items, draft])
    setProblem(result)
    if (result === null) setDraft('')
  }
  return (
    <fieldset className="field tag-set">
      <legend>{label}</legend>
      {items.length > 0 && (
        <ul className="chips" aria-label={label}>
          {items.map((item) => (
            <li key={item} className="chip">
              <span>{item}</span>
              <button type="button" className="chip-remove" aria-label={t('person.removeTag', { tag: item })} onClick={() => setProblem(onChange(items.filter((i) => i !== item)))}>
                ×
              </button>
            </li>
          ))}
        </ul>
      )}
      <div className="inline-add" role="group">
        <input
          id={id}
          value={draft}
          aria-label={t('person.newTag', { field: label })}
          aria-describedby={problem ? `${id}-error` : undefined}
          autoComplete="off"
          onChange={(e) => setDraft(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === 'Enter') add(e)
          }}
        />
        <button type="button" onClick={add} disabled={draft.trim() === ''}>
          {t('person.addTag')}
        </button>
      </div>
      <FieldError id={`${id}-error`} problem={problem} />
    </fieldset>
  )
}
