import { useTranslation } from 'react-i18next'
import { ROLES } from '../../../shared/graph'
import { CLUSTER_BY } from './layout/cluster-keys'
import type { ClusterBy } from './layout/cluster-keys'
import type { ContactFilter, NodeFilter } from './layout/node-filter'

const CONTACTS: readonly ContactFilter[] = ['any', 'within-30', 'within-90', 'within-365', 'over-365', 'never']

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
      <label>
        {t('network.clusterBy')}
        <select value={clusterBy} onChange={(e) => onClusterBy(e.target.value as ClusterBy)}>
          {CLUSTER_BY.map((by) => (
            <option key={by} value={by}>
              {t(`network.dimension.${by}`)}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('network.filterRole')}
        <select value={filter.role} onChange={(e) => onFilter({ ...filter, role: e.target.value as NodeFilter['role'] })}>
          <option value="any">{t('network.any')}</option>
          {ROLES.map((role) => (
            <option key={role} value={role}>
              {t(`network.role.${role}`)}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('network.filterTag')}
        <select value={filter.tag} onChange={(e) => onFilter({ ...filter, tag: e.target.value })}>
          <option value="any">{t('network.any')}</option>
          {tags.map((tag) => (
            <option key={tag} value={tag}>
              {tag}
            </option>
          ))}
        </select>
      </label>
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
      <label>
        {t('network.filterContact')}
        <select value={filter.contact} onChange={(e) => onFilter({ ...filter, contact: e.target.value as ContactFilter })}>
          {CONTACTS.map((contact) => (
            <option key={contact} value={contact}>
              {t(`network.contact.${contact}`)}
            </option>
          ))}
        </select>
      </label>
    </div>
  )
}
