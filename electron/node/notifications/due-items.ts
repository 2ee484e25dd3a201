/** Today's items from a vault document (the host's replica): the service's usual `readItems`. */
import type * as Y from 'yjs'
import { readGraph, readWorkflow } from '../../../shared/graph'
import { computeToday, type TodayItem } from '../../../shared/workflow'

export function readDueItems(doc: Y.Doc | null, today: string): TodayItem[] {
  if (doc === null) return []
  return computeToday(readGraph(doc), today, readWorkflow(doc))
}
