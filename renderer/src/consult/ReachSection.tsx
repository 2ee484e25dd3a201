/**
 * "How to reach …" on a person's page: the best chains of introductions from me, whom to ask
 * first, and a button that draws the way on the network map. Says when there is no way yet.
 */
import { useMemo, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { findReach } from '../../../shared/analysis'
import type { Person } from '../../../shared/graph'
import { useNavigation } from '../core/navigation'
import { useGraph } from '../core/vault-context'
import { chainText } from './consult-words'
import { useWording } from './use-wording'

export function ReachSection({ person }: { person: Person }) {
  const { t } = useTranslation()
  const navigation = useNavigation()
  const graph = useGraph()
  const wording = useWording()
  const [now] = useState(() => Date.now())
  const result = useMemo(() => findReach(graph, { kind: 'person', personId: person.id }, { now }), [graph, person.id, now])
  const best = result.chains[0]
  return (
    <section className="form-section reach-section" aria-labelledby="person-reach">
      <h2 id="person-reach">{t('consult.reach.title', { name: person.name })}</h2>
      {best === undefined ? (
        <p className="hint">{t('consult.reach.noPath', { name: person.name })}</p>
      ) : (
        <>
          <ol className="reach-chains" aria-describedby="reach-order">
            {result.chains.map((chain) => (
              <li key={chain.personIds.join('>')} data-chain={chain.personIds.join('>')}>
                {chainText(chain, wording)}
              </li>
            ))}
          </ol>
          <p id="reach-order" className="hint">
            {t('consult.reach.cost')}
          </p>
          {best.personIds.length > 1 && (
            <button type="button" onClick={() => navigation.navigate({ view: 'network', params: { path: best.personIds } })}>
              {t('consult.reach.showOnMap')}
            </button>
          )}
        </>
      )}
    </section>
  )
}
