interface Props<T extends string> {
  label: string
  value: T
  /** Every choice, in the order shown; usually a domain enumeration from shared/graph. */
  choices: readonly T[]
  /** How one choice reads. */
  labelOf: (choice: T) => string
  onChange: (choice: T) => void
}

/** A select over a fixed list of choices inside its label: the compact shape of toolbars and add-forms. */
export function ChoiceSelect<T extends string>({ label, value, choices, labelOf, onChange }: Props<T>) {
  return (
    <label>
      {label}{' '}
      <select value={value} onChange={(e) => onChange(e.target.value as T)}>
        {choices.map((choice) => (
          <option key={choice} value={choice}>
            {labelOf(choice)}
          </option>
        ))}
      </select>
    </label>
  )
}
