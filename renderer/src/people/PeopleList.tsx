import type { Language } from '../../../shared/i18n'
import { useVirtualizer } from '@tanstack/react-virtual'
import { useEffect, useId, useRef, type KeyboardEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { ISCO_MAJOR_GROUPS, ISIC_SECTIONS } from '../../../shared/graph'
import type { Person } from '../../../shared/graph'
import { labelIn, useUiLanguage } from '../components/labels'

const ROW_HEIGHT = 56

interface Props {
  people: readonly Person[]
  /** The row the keyboard is on, by person id (so it stays on the same person as the list changes). */
  activeId: string | null
  onActiveChange: (id: string) => void
  onOpen: (person: Person) => void
}

function fieldOf(person: Person, language: Language): string {
  const major = ISCO_MAJOR_GROUPS.find((g) => g.id === person.occupation?.major)
  const section = ISIC_SECTIONS.find((s) => s.id === person.industry)
  return [major && labelIn(major.label, language), section && labelIn(section.label, language)].filter(Boolean).join(' · ')
}

/**
 * The people list, virtualised: only the rows in view (plus a few) are in the DOM, so 10,000
 * people scroll smoothly. A listbox with an active descendant: arrows, Home/End and Page keys
 * move, Enter opens; each option carries its position in the whole list.
 */
export function PeopleList({ people, activeId, onActiveChange, onOpen }: Props) {
  const { t } = useTranslation()
  const language = useUiLanguage()
  const id = useId()
  const scrollRef = useRef<HTMLDivElement>(null)
  const found = activeId === null ? -1 : people.findIndex((p) => p.id === activeId)
  const current = Math.max(found, 0)
  const setActive = (index: number) => {
    if (people[index]) onActiveChange(people[index].id)
  }
  // TanStack Virtual returns new functions each render by design; the compiler must not memoise around it.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: people.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 8,
  })
  useEffect(() => {
    if (people.length > 0) virtualizer.scrollToIndex(current, { align: 'auto' })
  }, [current, people.length, virtualizer])

  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    const page = Math.max(1, Math.floor((scrollRef.current?.clientHeight ?? ROW_HEIGHT * 10) / ROW_HEIGHT) - 1)
    const move: Record<string, number> = { ArrowDown: 1, ArrowUp: -1, PageDown: page, PageUp: -page }
    if (e.key in move) setActive(Math.max(0, Math.min(people.length - 1, current + move[e.key])))
    else if (e.key === 'Home') setActive(0)
    else if (e.key === 'End') setActive(people.length - 1)
    else if (e.key === 'Enter' && people[current]) onOpen(people[current])
    else return
    e.preventDefault()
  }
  const optionId = (i: number) => `${id}-row-${i}`

  return (
    <div
      ref={scrollRef}
      className="people-scroll"
      role="listbox"
      tabIndex={0}
      aria-label={t('people.listLabel', { count: people.length })}
      aria-activedescendant={people.length > 0 ? optionId(current) : undefined}
      onKeyDown={onKeyDown}
    >
      <div className="people-rows" style={{ height: virtualizer.getTotalSize() }}>
        {virtualizer.getVirtualItems().map((row) => {
          const person = people[row.index]
          return (
            <div
              key={person.id}
              id={optionId(row.index)}
              role="option"
              aria-selected={row.index === current}
              aria-setsize={people.length}
              aria-posinset={row.index + 1}
              className="people-row"
              style={{ transform: `translateY(${row.start}px)`, height: ROW_HEIGHT }}
              onClick={() => {
                setActive(row.index)
                onOpen(person)
              }}
            >
              <span className="people-name">
                {person.name}
                {person.reading && <span className="muted people-reading"> {person.reading}</span>}
              </span>
              <span className="people-meta muted">{[person.organization, fieldOf(person, language), ...person.roles.map((r) => t(`roles.${r}`))].filter(Boolean).join(' · ')}</span>
            </div>
          )
        })}
      </div>
    </div>
  )
}
