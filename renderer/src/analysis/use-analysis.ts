/**
 * `useAnalysis()`: the network report of the open vault, computed in a Web Worker owned by the
 * calling component (created on first use, terminated on unmount) and recomputed only when the
 * graph changed. See analysis-client.ts for what is posted and what is dropped.
 */
import { useEffect, useRef, useState } from 'react'
import { useGenders, useGraph } from '../app/vault-context'
import { AnalysisClient, IDLE_STATE } from './analysis-client'
import type { AnalysisState, AnalysisWorker } from './analysis-client'

function createAnalysisWorker(): AnalysisWorker {
  // This exact form lets vite bundle the worker as its own module chunk (CSP: worker-src 'self').
  return new Worker(new URL('./analysis.worker.ts', import.meta.url), { type: 'module' }) as unknown as AnalysisWorker
}

export function useAnalysis(): AnalysisState {
  const snapshot = useGraph()
  const genders = useGenders()
  const [state, setState] = useState<AnalysisState>(IDLE_STATE)
  const client = useRef<AnalysisClient | null>(null)
  useEffect(() => {
    const owned = new AnalysisClient(createAnalysisWorker, setState)
    client.current = owned
    return () => {
      owned.dispose()
      client.current = null
    }
  }, [])
  // Declared after the effect that creates the client, so on mount it runs second and finds it.
  useEffect(() => {
    client.current?.analyze({ snapshot, genders })
  }, [snapshot, genders])
  return state
}
