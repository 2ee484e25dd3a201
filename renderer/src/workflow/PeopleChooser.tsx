import type { PersonId } from '../../../shared/graph'
import { usePeople } from '../core/vault-context'
import { PersonPicker } from '../components/PersonPicker'

/** An ordered list of people, added one at a time with the person picker (members, a chain). */
export function PeopleChooser({
  label,
  addLabel,
  removeLabel,
  value,
  onChange,
}: {
  label: string
  addLabel: string
  removeLabel: (name: string) => string
  value: PersonId[]
  onChange: (ids: PersonId[]) => void
}) {
  const people = usePeople()
  const nameOf = (id: PersonId) => people.find((p) => p.id === id)?.name ?? id
  return (
    <fieldset className="plain people-chooser">
      <legend>{label}</legend>
      {value.length > 0 && (
        <ol className="chosen-people">
          {value.map((id) => (
            <li key={id}>
              {nameOf(id)}{' '}
              <button type="button" className="link-button" aria-label={removeLabel(nameOf(id))} onClick={() => onChange(value.filter((v) => v !== id))}>
                ×
              </button>
            </li>
          ))}
        </ol>
      )}
      <PersonPicker label={addLabel} value={null} exclude={new Set(value)} onChange={(id) => id !== null && onChange([...value, id])} />
    </fieldset>
  )
}
