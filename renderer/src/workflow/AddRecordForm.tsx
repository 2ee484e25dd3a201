import { useId, useState, type ReactNode } from 'react'
import { FieldError } from '../components/FieldError'
import type { WriteProblem } from '../vault/write-problem'

interface Props {
  /** The form's heading and accessible name, e.g. "Add an event". */
  label: string
  saveLabel: string
  /** Writes the record and returns the graph's problem with it, or null once it is saved (and the fields cleared). */
  onSave: () => WriteProblem | null
  /** Said after a save that went through. */
  savedMessage?: string
  children: ReactNode
}

/** The form that adds one record on the Events, Projects and Opportunities views. */
export function AddRecordForm({ label, saveLabel, onSave, savedMessage, children }: Props) {
  const id = useId()
  const [problem, setProblem] = useState<WriteProblem | null>(null)
  const [saved, setSaved] = useState(false)
  return (
    <form
      className="workflow-form"
      aria-label={label}
      onSubmit={(e) => {
        e.preventDefault()
        const result = onSave()
        setProblem(result)
        setSaved(result === null)
      }}
    >
      <h2>{label}</h2>
      {children}
      <button type="submit">{saveLabel}</button>
      <FieldError id={`${id}-error`} problem={problem} />
      {saved && savedMessage !== undefined && <p role="status">{savedMessage}</p>}
    </form>
  )
}
