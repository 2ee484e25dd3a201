/**
 * React access to the workflow's derived data. The stored part (settings, cadence overrides,
 * snoozes) is the store's (`VaultStore.getWorkflow`, re-read only when it can have changed);
 * Today, the ledger and provenance are computed from the graph snapshot and memoised on it.
 */
import { useMemo, useSyncExternalStore } from 'react'
import type { WorkflowData } from '../../../shared/graph'
import { computeToday, planToday, resolveWorkflowSettings, todayIn, UPCOMING_DAYS, type TodayPlan } from '../../../shared/workflow'
import { useGraph, useVaultStore } from '../core/vault-context'

export function useWorkflowData(): WorkflowData {
  const store = useVaultStore()
  return useSyncExternalStore(store.subscribe, store.getWorkflow)
}

/** Today's date where the user is (the renderer's time zone is the OS's). */
export function useTodayDate(): string {
  return todayIn(Date.now())
}

/**
 * Today's plan. The horizon reaches the follow-up days too, so a follow-up shows from the day we
 * met with its due day, however many days the user set.
 */
export function useToday(): { today: string; plan: TodayPlan } {
  const graph = useGraph()
  const workflow = useWorkflowData()
  const today = useTodayDate()
  const plan = useMemo(() => {
    const horizonDays = Math.max(UPCOMING_DAYS, resolveWorkflowSettings(workflow.settings).followUpDays)
    return planToday(computeToday(graph, today, workflow, { horizonDays }))
  }, [graph, today, workflow])
  return { today, plan }
}
