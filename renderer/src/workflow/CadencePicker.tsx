import type { Cadence } from '../../../shared/graph'

interface Props {
  id: string
  /** The stored cadence; null or undefined for the default. */
  value: Cadence | null | undefined
  /** The usual day counts; a stored count not among them is added in order. */
  choices: readonly number[]
  /** The first option, which clears the stored cadence ("Default: every 60 days"). */
  defaultLabel: string
  /** How a cadence reads ("every 30 days", "off"). */
  labelOf: (cadence: Cadence) => string
  /** The new cadence, or null for the default. */
  onChange: (cadence: Cadence | null) => void
  disabled?: boolean
}

/** A keep-in-touch cadence as a select: the default, every usual day count, and off. */
export function CadencePicker({ id, value, choices, defaultLabel, labelOf, onChange, disabled }: Props) {
  const days = [...new Set([...choices, ...(typeof value === 'number' ? [value] : [])])].sort((a, b) => a - b)
  return (
    <select
      id={id}
      value={value == null ? 'default' : String(value)}
      disabled={disabled}
      onChange={(e) => {
        const v = e.target.value
        onChange(v === 'default' ? null : v === 'off' ? 'off' : Number(v))
      }}
    >
      <option value="default">{defaultLabel}</option>
      {days.map((c) => (
        <option key={c} value={String(c)}>
          {labelOf(c)}
        </option>
      ))}
      <option value="off">{labelOf('off')}</option>
    </select>
  )
}
