import { useTranslation } from 'react-i18next'
import { ROLES } from '../../../shared/graph'
import { ChoiceSelect } from '../components/ChoiceSelect'
import { CLUSTER_BY } from './layout/cluster-keys'
import type { ClusterBy } from './layout/cluster-keys'
import type { ContactFilter, NodeFilter } from './layout/node-filter'

const CONTACTS: readonly ContactFilter[] = ['any', 'within-30', 'within-90', 'within-365', 'over-365', 'never']
const ANY_ROLE: readonly NodeFilter['role'][] = ['any', ...ROLES]

interface Props {
  clusterBy: ClusterBy
  onClusterBy: (by: ClusterBy) => void
  filter: NodeFilter
  onFilter: (filter: NodeFilter) => void
  tags: readonly string[]
}

/** "Cluster by" and the filters that dim everyone else. */
export function NetworkControls({ clusterBy, onClusterBy, filter, onFilter, tags }: Props) {
  const { t } = useTranslation()
  return (
    <div className="network-controls" role="group" aria-label={t('network.controls')}>
      <ChoiceSelect label={t('network.clusterBy')} value={clusterBy} choices={CLUSTER_BY} labelOf={(by) => t(`network.dimension.${by}`)} onChange={onClusterBy} />
      <ChoiceSelect
        label={t('network.filterRole')}
        value={filter.role}
        choices={ANY_ROLE}
        labelOf={(role) => (role === 'any' ? t('network.any') : t(`network.role.${role}`))}
        onChange={(role) => onFilter({ ...filter, role })}
      />
      <ChoiceSelect
        label={t('network.filterTag')}
        value={filter.tag}
        choices={['any', ...tags]}
        labelOf={(tag) => (tag === 'any' ? t('network.any') : tag)}
        onChange={(tag) => onFilter({ ...filter, tag })}
      />
      <label>
        {t('network.filterStrength')}
        <select value={filter.minStrength} onChange={(e) => onFilter({ ...filter, minStrength: Number(e.target.value) as NodeFilter['minStrength'] })}>
          {([0, 1, 2, 3] as const).map((strength) => (
            <option key={strength} value={strength}>
              {strength === 0 ? t('network.any') : t(`network.strength.${strength}`)}
            </option>
          ))}
        </select>
      </label>
      <ChoiceSelect
        label={t('network.filterContact')}
        value={filter.contact}
        choices={CONTACTS}
        labelOf={(contact) => t(`network.contact.${contact}`)}
        onChange={(contact) => onFilter({ ...filter, contact })}
      />
    </div>
  )
}
