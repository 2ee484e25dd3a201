import { useId, type ReactNode } from 'react'
import type { WriteProblem } from '../vault/write-problem'
import { FieldError } from './FieldError'

export interface SelectOption {
  value: string
  label: string
}

export interface SelectGroup {
  label: string
  options: SelectOption[]
}

interface Props {
  label: string
  value: string | null
  /** The label of the "nothing chosen" option; omit to require a choice. */
  noneLabel?: string
  options?: SelectOption[]
  groups?: SelectGroup[]
  onChange: (value: string | null) => WriteProblem | null | void
  problem?: WriteProblem | null
  disabled?: boolean
  /** Shown under the select (e.g. a way to edit its options). */
  after?: ReactNode
}

export function SelectField({ label, value, noneLabel, options = [], groups = [], onChange, problem, disabled, after }: Props) {
  const id = useId()
  const errorId = `${id}-error`
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select
        id={id}
        value={value ?? ''}
        disabled={disabled}
        aria-invalid={problem ? true : undefined}
        aria-describedby={problem ? errorId : undefined}
        onChange={(e) => onChange(e.target.value === '' ? null : e.target.value)}
      >
        {noneLabel !== undefined && <option value="">{noneLabel}</option>}
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
        {groups.map((g) => (
          <optgroup key={g.label} label={g.label}>
            {g.options.map((o) => (
              <option key={o.value} value={o.value}>
                {o.label}
              </option>
            ))}
          </optgroup>
        ))}
      </select>
      {after}
      <FieldError id={errorId} problem={problem} />
    </div>
  )
}
