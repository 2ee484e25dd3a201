/**
 * The layout graph of the current snapshot and clustering (layout-graph.ts). Small networks are
 * built at once during render; big ones in ~8 ms slices after it (so switching "cluster by" on
 * 10,000 people never blocks the UI thread for one long task), showing the previous graph, or an
 * empty one at first, until the new one is ready.
 */
import { useEffect, useMemo, useState } from 'react'
import type { Person, Tie } from '../../../shared/graph'
import type { ClusterBy } from './layout/cluster-keys'
import { buildLayoutGraph, buildLayoutGraphInSlices } from './layout/layout-graph'
import type { NetworkGraph } from './layout/layout-graph'

/** People plus ties up to which the graph is built in one go (a few ms at most). */
const BUILD_AT_ONCE = 4000

export function useLayoutGraph(
  people: readonly Person[],
  ties: readonly Tie[],
  by: ClusterBy,
  year: number,
  communityOf: Readonly<Record<string, number>> | undefined,
): NetworkGraph {
  const atOnce = people.length + ties.length <= BUILD_AT_ONCE
  const now = useMemo(() => (atOnce ? buildLayoutGraph(people, ties, by, { year, communityOf: communityOf ?? {} }) : null), [atOnce, people, ties, by, year, communityOf])
  const [sliced, setSliced] = useState<NetworkGraph | null>(null)
  const empty = useMemo(() => buildLayoutGraph([], [], by, { year, communityOf: {} }), [by, year])

  useEffect(() => {
    if (atOnce) return
    const abort = new AbortController()
    buildLayoutGraphInSlices(people, ties, by, { year, communityOf: communityOf ?? {} }, abort.signal).then(setSliced, (error: unknown) => {
      if (!abort.signal.aborted) throw error
    })
    return () => abort.abort()
  }, [atOnce, people, ties, by, year, communityOf])

  return now ?? sliced ?? empty
}
