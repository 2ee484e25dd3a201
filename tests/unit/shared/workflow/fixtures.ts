/** Small plain-data builders for workflow tests. */
import { blankProfile, type GraphSnapshot } from '../../../../shared/graph'

export function snapshot(parts: Partial<GraphSnapshot>): GraphSnapshot {
  return { schemaVersion: 1, me: { ...blankProfile('Me'), updatedAt: 0 }, people: [], ties: [], trash: [], interactions: [], projects: [], events: [], opportunities: [], ...parts }
}
