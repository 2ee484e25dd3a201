import { useNavigation } from '../core/navigation'

/** People as a wrapped list of links to their pages. */
export function PersonLinks({ ids, nameOf, label }: { ids: readonly string[]; nameOf: (id: string) => string; label: string }) {
  const navigation = useNavigation()
  return (
    <ul className="person-links" aria-label={label}>
      {ids.map((id) => (
        <li key={id}>
          <button type="button" className="link-button" onClick={() => navigation.navigate({ view: 'person', params: { id } })}>
            {nameOf(id)}
          </button>
        </li>
      ))}
    </ul>
  )
}
