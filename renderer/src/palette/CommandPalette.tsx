import { useEffect, useId, useMemo, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useNavigation } from '../core/navigation'
import { usePeople } from '../core/vault-context'
import type { PaletteAction } from '../core/registry'
import { paletteItems } from './palette-commands'

interface Props {
  actions: (query: string) => PaletteAction[]
  onClose: () => void
}

/**
 * A modal dialog with a combobox: type to filter people and actions, arrows to move, Enter to
 * run, Escape to close (focus goes back where it was).
 */
export function CommandPalette({ actions, onClose }: Props) {
  const { t } = useTranslation()
  const people = usePeople()
  const navigation = useNavigation()
  const id = useId()
  const dialog = useRef<HTMLDialogElement>(null)
  const [query, setQuery] = useState('')
  const [active, setActive] = useState(0)
  const items = useMemo(() => paletteItems(query, people, actions(query)), [query, people, actions])
  const current = Math.min(active, Math.max(items.length - 1, 0))

  useEffect(() => {
    const d = dialog.current
    const before = document.activeElement instanceof HTMLElement ? document.activeElement : null
    if (d && !d.open) d.showModal()
    return () => {
      d?.close()
      before?.focus()
    }
  }, [])

  const run = (index: number) => {
    const item = items[index]
    if (!item) return
    onClose()
    if (item.kind === 'person') navigation.navigate({ view: 'person', params: { id: item.id } })
    else item.run()
  }
  const listId = `${id}-list`
  const optionId = (i: number) => `${id}-opt-${i}`
  return (
    <dialog
      ref={dialog}
      className="palette"
      aria-label={t('palette.title')}
      onCancel={(e) => {
        e.preventDefault()
        onClose()
      }}
      onClick={(e) => {
        if (e.target === dialog.current) onClose()
      }}
    >
      <input
        role="combobox"
        aria-label={t('palette.inputLabel')}
        aria-expanded={items.length > 0}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={items.length > 0 ? optionId(current) : undefined}
        placeholder={t('palette.placeholder')}
        value={query}
        autoFocus
        autoComplete="off"
        onChange={(e) => {
          setQuery(e.target.value)
          setActive(0)
        }}
        onKeyDown={(e) => {
          if (e.key === 'ArrowDown') setActive(Math.min(current + 1, items.length - 1))
          else if (e.key === 'ArrowUp') setActive(Math.max(current - 1, 0))
          else if (e.key === 'Enter') run(current)
          else return
          e.preventDefault()
        }}
      />
      <ul id={listId} role="listbox" aria-label={t('palette.results')} className="palette-list">
        {items.length === 0 && (
          <li role="presentation" className="picker-empty">
            {t('palette.noResults')}
          </li>
        )}
        {items.map((item, i) => (
          <li
            key={`${item.kind}:${item.id}`}
            id={optionId(i)}
            role="option"
            aria-selected={i === current}
            className="picker-option"
            onMouseDown={(e) => e.preventDefault()}
            onClick={() => run(i)}
          >
            <span className="palette-kind muted">{item.kind === 'person' ? t('palette.groupPeople') : t('palette.groupActions')}</span>
            {item.label}
            {item.kind === 'person' && item.detail && <span className="muted"> {item.detail}</span>}
          </li>
        ))}
      </ul>
    </dialog>
  )
}
