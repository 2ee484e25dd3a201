import { useId, useMemo, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { comparePeople } from '../../../shared/graph'
import type { PersonId } from '../../../shared/graph'
import { usePeople } from '../core/vault-context'
import { matchesTerms, queryTerms } from './search-keys'

const MAX_OPTIONS = 20

interface Props {
  label: string
  value: PersonId | null
  onChange: (id: PersonId | null) => void
  /** People who cannot be chosen (the person being edited, people already linked). */
  exclude?: ReadonlySet<PersonId>
  /** Show a Clear button when someone is chosen. */
  clearable?: boolean
}

/**
 * Choosing a person by typing part of their name, reading, organisation or a tag: an ARIA 1.2
 * combobox with a listbox popup. Arrow keys move, Enter chooses, Escape closes.
 */
export function PersonPicker({ label, value, onChange, exclude, clearable = true }: Props) {
  const { t } = useTranslation()
  const id = useId()
  const people = usePeople()
  const [query, setQuery] = useState<string | null>(null)
  const [active, setActive] = useState(0)
  const chosen = value === null ? null : (people.find((p) => p.id === value) ?? null)
  const open = query !== null
  const matches = useMemo(() => {
    if (query === null) return []
    const terms = queryTerms(query)
    const out = []
    for (const p of people) {
      if (exclude?.has(p.id) || !matchesTerms(p, terms)) continue
      out.push(p)
    }
    return out.sort((a, b) => comparePeople(a, b, 'reading')).slice(0, MAX_OPTIONS)
  }, [people, query, exclude])
  const choose = (personId: PersonId) => {
    onChange(personId)
    setQuery(null)
  }
  const listId = `${id}-list`
  const optionId = (i: number) => `${id}-opt-${i}`
  return (
    <div className="field person-picker">
      <label htmlFor={id}>{label}</label>
      <div className="picker-row">
        <input
          id={id}
          role="combobox"
          aria-expanded={open && matches.length > 0}
          aria-controls={listId}
          aria-autocomplete="list"
          aria-activedescendant={open && matches.length > 0 ? optionId(active) : undefined}
          placeholder={t('picker.choose')}
          autoComplete="off"
          value={query ?? chosen?.name ?? ''}
          onChange={(e) => {
            setQuery(e.target.value)
            setActive(0)
          }}
          onFocus={() => setQuery((q) => q ?? '')}
          onBlur={() => setQuery(null)}
          onKeyDown={(e) => {
            if (e.key === 'ArrowDown') {
              e.preventDefault()
              if (!open) setQuery('')
              setActive((i) => Math.min(i + 1, Math.max(matches.length - 1, 0)))
            } else if (e.key === 'ArrowUp') {
              e.preventDefault()
              setActive((i) => Math.max(i - 1, 0))
            } else if (e.key === 'Enter' && open && matches[active]) {
              e.preventDefault()
              choose(matches[active].id)
            } else if (e.key === 'Escape' && open) {
              e.preventDefault()
              setQuery(null)
            }
          }}
        />
        {clearable && chosen !== null && (
          <button type="button" className="link-button" onClick={() => onChange(null)} aria-label={`${t('picker.clear')}: ${label}`}>
            {t('picker.clear')}
          </button>
        )}
      </div>
      {open && (
        <ul id={listId} role="listbox" aria-label={label} className="picker-list">
          {matches.length === 0 ? (
            <li className="picker-empty" role="presentation">
              {t('picker.noMatches')}
            </li>
          ) : (
            matches.map((p, i) => (
              <li
                key={p.id}
                id={optionId(i)}
                role="option"
                aria-selected={i === active}
                className="picker-option"
                // mousedown, not click: the input's blur would close the list first.
                onMouseDown={(e) => {
                  e.preventDefault()
                  choose(p.id)
                }}
              >
                {p.name}
                {p.reading && <span className="muted"> {p.reading}</span>}
                {p.organization && <span className="muted"> · {p.organization}</span>}
              </li>
            ))
          )}
        </ul>
      )}
    </div>
  )
}
