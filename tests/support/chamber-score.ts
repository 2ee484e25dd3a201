/**
 * How well flagged echo chambers match a planted ground truth (planted-echo-chambers.ts):
 * micro precision, recall and F1 of flagged members against planted members, whether each
 * planted circle was found as one chamber (at least FOUND_AS_ONE_SHARE of its members in one
 * flagged chamber), and which control groups had members flagged.
 */
import type { EchoChamber } from '../../shared/analysis'
import type { PlantedNetwork } from './planted-echo-chambers'

export const FOUND_AS_ONE_SHARE = 0.7

export interface ChamberScore {
  precision: number
  recall: number
  f1: number
  planted: number
  /** Planted circles not found as one chamber. */
  missed: string[][]
  /** Control groups with any member in a flagged chamber. */
  flaggedControls: PlantedNetwork['controls']
}

export function scoreChambers(found: readonly EchoChamber[], truth: PlantedNetwork): ChamberScore {
  const chamberOf = new Map<string, number>()
  found.forEach((chamber, index) => chamber.memberIds.forEach((id) => chamberOf.set(id, index)))
  const planted = new Set(truth.chambers.flat())
  let hits = 0
  for (const id of chamberOf.keys()) if (planted.has(id)) hits++
  const precision = chamberOf.size > 0 ? hits / chamberOf.size : 1
  const recall = planted.size > 0 ? hits / planted.size : 1
  const missed = truth.chambers.filter((members) => {
    const votes = new Map<number, number>()
    for (const id of members) {
      const c = chamberOf.get(id)
      if (c !== undefined) votes.set(c, (votes.get(c) ?? 0) + 1)
    }
    return Math.max(0, ...votes.values()) < FOUND_AS_ONE_SHARE * members.length
  })
  return {
    precision,
    recall,
    f1: precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0,
    planted: truth.chambers.length,
    missed,
    flaggedControls: truth.controls.filter((control) => control.memberIds.some((id) => chamberOf.has(id))),
  }
}
