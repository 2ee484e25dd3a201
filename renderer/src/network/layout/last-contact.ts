/**
 * Last contact, derived from the interaction log (never stored, house rule 3): the latest date of
 * an interaction that names the person. Dates are ISO `YYYY-MM-DD`, so string order is date order.
 */
import type { Interaction } from '../../../../shared/graph'

const DAY_MS = 86_400_000

export function lastContactByPerson(interactions: readonly Interaction[]): Map<string, string> {
  const last = new Map<string, string>()
  for (const interaction of interactions) {
    for (const id of interaction.personIds) {
      const seen = last.get(id)
      if (seen === undefined || interaction.date > seen) last.set(id, interaction.date)
    }
  }
  return last
}

/** Whole days from an ISO date to `now` (ms), or null for no date. */
export function daysSince(date: string | undefined, now: number): number | null {
  if (date === undefined) return null
  const at = Date.parse(`${date}T00:00:00Z`)
  return Number.isNaN(at) ? null : Math.floor((now - at) / DAY_MS)
}
