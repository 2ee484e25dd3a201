/**
 * One name for each echo chamber, built from what makes it alike ("Information and communication,
 * 30s, men — 18 people"), so the map, the report, the review and the overview all say the same.
 * Returned as codes and parameters (dimension and category ids, the size, an ordinal when two
 * chambers would otherwise share a name); the renderer words them in the UI language.
 *
 * Traits: the chamber's homogeneous dimensions (echo-chambers.ts) whose dominant category holds at
 * least half its members: one field (the industry, else the occupation: both would say the same
 * twice), then age, gender and values; at most MAX_TRAITS of them. Pure and deterministic.
 */
import type { DimensionId } from './dimensions'
import type { EchoChamber } from './echo-chambers'

export const MAX_TRAITS = 3
/** The dominant category must hold at least this share of the members to name them all. */
export const MIN_TRAIT_SHARE = 0.5

const TRAIT_ORDER: readonly DimensionId[] = ['industry', 'occupation', 'age-band', 'gender', 'value-group']

export interface ChamberTrait {
  dimension: DimensionId
  category: string
}

export interface EchoChamberName {
  /** The chamber's circle (EchoChamber.circle): unique among chambers, unlike its map community. */
  circle: number
  traits: ChamberTrait[]
  size: number
  /** 1, 2, … when another chamber has the same traits; null when the name is unique. */
  ordinal: number | null
}

function traitsOf(chamber: EchoChamber): ChamberTrait[] {
  const eligible = chamber.reason.homogeneous
    .filter((h) => TRAIT_ORDER.includes(h.dimension) && h.dominantShare >= MIN_TRAIT_SHARE)
    .sort((a, b) => TRAIT_ORDER.indexOf(a.dimension) - TRAIT_ORDER.indexOf(b.dimension))
  const hasIndustry = eligible.some((h) => h.dimension === 'industry')
  return eligible
    .filter((h) => !(hasIndustry && h.dimension === 'occupation'))
    .slice(0, MAX_TRAITS)
    .map((h) => ({ dimension: h.dimension, category: h.dominantCategory }))
}

/** The names of all flagged chambers, in the order given. */
export function nameEchoChambers(chambers: readonly EchoChamber[]): EchoChamberName[] {
  const names = chambers.map((chamber) => ({ circle: chamber.circle, traits: traitsOf(chamber), size: chamber.memberIds.length, ordinal: null as number | null }))
  const keyOf = (name: EchoChamberName): string => `${name.traits.map((t) => `${t.dimension}=${t.category}`).join('&')}#${name.size}`
  const groups = new Map<string, EchoChamberName[]>()
  for (const name of names) groups.set(keyOf(name), [...(groups.get(keyOf(name)) ?? []), name])
  for (const group of groups.values()) if (group.length > 1) group.forEach((name, i) => (name.ordinal = i + 1))
  return names
}

/** The name of one chamber among `all` (so that its ordinal is right). */
export function nameEchoChamber(chamber: EchoChamber, all: readonly EchoChamber[] = [chamber]): EchoChamberName {
  return nameEchoChambers(all).find((name) => name.circle === chamber.circle) ?? nameEchoChambers([chamber])[0]
}
