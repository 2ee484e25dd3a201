import { useDeferredValue, useEffect, useId, useMemo, useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { useNavigation } from '../core/navigation'
import { useActions, usePeople, useVaultStore } from '../core/vault-context'
import { allTags, filterPeople, isFiltering, NO_FILTERS, rememberedFilters, rememberFilters, resort, type PeopleFilters, type SortedPeople } from './people-filter'
import { PeopleFiltersBar } from './PeopleFiltersBar'
import { PeopleList } from './PeopleList'

/** Everyone in the vault: search, filters, order, and a way to add someone. */
export function PeopleView() {
  const { t } = useTranslation()
  const people = usePeople()
  const navigation = useNavigation()
  const { vault } = useVaultStore()
  const [filters, setFilters] = useState<PeopleFilters>(() => rememberedFilters(vault))
  useEffect(() => rememberFilters(vault, filters), [vault, filters])
  // Typing stays responsive at 10,000 people: the list catches up with the query a moment later.
  const deferred = useDeferredValue(filters)
  const [order, setOrder] = useState<SortedPeople | null>(null)
  // Derived state updated during render (React's documented pattern), so an add re-sorts incrementally.
  let current = order
  if (current === null || current.from !== people || current.by !== deferred.sort) {
    current = resort(order, people, deferred.sort)
    setOrder(current)
  }
  const sorted = current.sorted
  const shown = useMemo(() => filterPeople(sorted, deferred, new Date().getFullYear()), [sorted, deferred])
  const tags = useMemo(() => allTags(people), [people])
  const searchId = useId()
  const open = (id: string) => navigation.navigate({ view: 'person', params: { id } })
  const [activeId, setActiveId] = useState<string | null>(null)

  return (
    <section className="view people-view" aria-labelledby="people-title">
      <div className="view-header">
        <h1 id="people-title">{t('people.title')}</h1>
        <AddPersonForm onAdded={setActiveId} />
      </div>
      {people.length === 0 ? (
        <div className="empty-state teaching">
          <h2>{t('people.emptyTitle')}</h2>
          <p>{t('people.emptyBody')}</p>
          <p className="hint">{t('people.emptyHint')}</p>
        </div>
      ) : (
        <>
          <div className="search-row">
            <label htmlFor={searchId}>{t('people.searchLabel')}</label>
            <input
              id={searchId}
              type="search"
              value={filters.query}
              placeholder={t('people.searchPlaceholder')}
              autoComplete="off"
              onChange={(e) => setFilters({ ...filters, query: e.target.value })}
              onKeyDown={(e) => {
                if (e.key === 'ArrowDown') {
                  e.preventDefault()
                  document.querySelector<HTMLElement>('.people-scroll')?.focus()
                } else if (e.key === 'Enter' && shown[0]) open(shown[0].id)
              }}
            />
          </div>
          <PeopleFiltersBar filters={filters} tags={tags} onChange={setFilters} />
          <p className="list-summary" role="status" aria-live="polite">
            {t('people.shown', { shown: shown.length, total: people.length })}
            <span className="hint"> {t('people.keyboardHint')}</span>
          </p>
          {shown.length === 0 ? (
            <div className="empty-state">
              <p>{t('people.noResults')}</p>
              <button type="button" onClick={() => setFilters({ ...NO_FILTERS, sort: filters.sort })}>
                {t('people.clearFilters')}
              </button>
            </div>
          ) : (
            <PeopleList people={shown} activeId={activeId} onActiveChange={setActiveId} onOpen={(p) => open(p.id)} />
          )}
          {isFiltering(filters) && shown.length > 0 && (
            <button type="button" className="link-button" onClick={() => setFilters({ ...NO_FILTERS, sort: filters.sort })}>
              {t('people.clearFilters')}
            </button>
          )}
        </>
      )}
    </section>
  )
}

/** Adds someone and stays on the list (names often come in a batch, after an event); the new row is selected. */
function AddPersonForm({ onAdded }: { onAdded: (id: string) => void }) {
  const { t } = useTranslation()
  const actions = useActions()
  const [name, setName] = useState('')
  const id = useId()
  const submit = (event: FormEvent) => {
    event.preventDefault()
    if (name.trim() === '') return
    const added = actions.addPerson(name)
    setName('')
    onAdded(added)
  }
  return (
    <form className="quick-add" onSubmit={submit}>
      <label htmlFor={id}>{t('people.addLabel')}</label>
      <input id={id} value={name} onChange={(e) => setName(e.target.value)} autoComplete="off" />
      <button type="submit" disabled={name.trim() === ''}>
        {t('people.add')}
      </button>
    </form>
  )
}
