import { useTranslation } from 'react-i18next'
import type { Person } from '../../../shared/graph'
import { ColumnHeads } from '../components/ColumnHeads'

const MAX_ROWS = 300

interface Props {
  people: readonly Person[]
  categoryOf: (index: number) => string
  degree: Uint32Array
  lastContact: ReadonlyMap<string, string>
  lit: Uint8Array | null
  onOpen: (id: string) => void
}

/** The table alternative to the map: the same people, region, ties and last contact. */
export function NetworkTable({ people, categoryOf, degree, lastContact, lit, onOpen }: Props) {
  const { t } = useTranslation()
  const rows = people.map((person, i) => ({ person, i })).filter(({ i }) => lit === null || lit[i] === 1)
  return (
    <details className="network-table">
      <summary>{t('network.table.show')}</summary>
      {rows.length > MAX_ROWS && <p className="hint">{t('network.table.more', { shown: MAX_ROWS, count: rows.length })}</p>}
      <table>
        <caption>{t('network.table.caption')}</caption>
        <ColumnHeads labels={[t('network.table.name'), t('network.table.region'), t('network.table.roles'), t('network.table.ties'), t('network.table.lastContact')]} />
        <tbody>
          {rows.slice(0, MAX_ROWS).map(({ person, i }) => (
            <tr key={person.id}>
              <th scope="row">
                <button type="button" className="link-button" onClick={() => onOpen(person.id)}>
                  {person.name}
                </button>
              </th>
              <td>{categoryOf(i)}</td>
              <td>{person.roles.map((role) => t(`network.role.${role}`)).join(', ')}</td>
              <td>{degree[i]}</td>
              <td>{lastContact.get(person.id) ?? t('network.table.never')}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </details>
  )
}
