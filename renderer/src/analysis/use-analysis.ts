/**
 * `useAnalysis()`: the network report of the open vault, computed in a Web Worker owned by the
 * calling component (created on first use, terminated on unmount) and recomputed only when the
 * graph changed. See analysis-client.ts for what is posted and what is dropped.
 */
import { useCallback, useEffect, useRef, useState } from 'react'
import { useGenders, useGraph } from '../core/vault-context'
import { AnalysisClient, IDLE_STATE } from './analysis-client'
import type { AnalysisState, AnalysisWorker, KnownReport } from './analysis-client'

function createAnalysisWorker(): AnalysisWorker {
  // This exact form lets vite bundle the worker as its own module chunk (CSP: worker-src 'self').
  return new Worker(new URL('./analysis.worker.ts', import.meta.url), { type: 'module' }) as unknown as AnalysisWorker
}

/**
 * The last report computed in this window, with its graph: a view mounted again on an unchanged
 * graph (the user went elsewhere and came back) shows it at once instead of recomputing.
 */
let lastReport: KnownReport | null = null

function rememberReport(known: KnownReport): void {
  lastReport = known
}

/** The report's state, and `retry()` to ask again after a failure. */
export function useAnalysis(): AnalysisState & { retry: () => void } {
  const snapshot = useGraph()
  const genders = useGenders()
  const [state, setState] = useState<AnalysisState>(() =>
    lastReport && lastReport.input.snapshot === snapshot && lastReport.input.genders === genders ? { report: lastReport.report, status: 'ready', error: null } : IDLE_STATE,
  )
  const client = useRef<AnalysisClient | null>(null)
  useEffect(() => {
    const owned = new AnalysisClient(createAnalysisWorker, setState, { known: lastReport, onReport: rememberReport })
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
  const retry = useCallback(() => client.current?.retry(), [])
  return { ...state, retry }
}
