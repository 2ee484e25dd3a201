/**
 * A benchmark generator for echo-chamber detection, in the spirit of LFR (Lancichinetti,
 * Fortunato & Radicchi 2008, "Benchmark graphs for testing community detection algorithms",
 * Phys. Rev. E 78, 046110): a personal network of `people` people, 150 to 30,000, whose ground
 * truth is known.
 *
 * - Planted echo chambers: circles of 6-25 people, tight (tie density 0.5-0.9, everyone with at
 *   least two ties inside), alike (three of gender, age band, occupation, industry and value
 *   group shared) and inward (external ties at most 15% of the internal ones, some of them from
 *   "hangers-on": background people with a single tie into the circle).
 * - Control groups that must NOT be flagged, each missing exactly one ingredient: dense and
 *   inward but diverse (every dimension spread over its categories); alike and dense but
 *   outward-looking (as many external ties as internal, or twice as many); alike and inward but
 *   sparse (two or three ties per member inside, density below 0.25).
 * - A loose background: workplaces and neighbourhoods of 20-150 people that share an industry,
 *   each person with a few ties there, a few random ties across, some hubs, and people without
 *   ties (a phone or LinkedIn import).
 * - Attribute noise: in every group, on each shared dimension, one member (two in circles of 12
 *   or more) differs or is unknown, as real address books have.
 * Attributes follow the vault's model (shared/graph/types.ts): gender ids of DEFAULT_GENDERS,
 * birth years (the age band is derived as of NOW), ISCO major groups, ISIC sections and one to
 * three Schwartz values. Ids are shuffled so that they say nothing about the groups.
 * Deterministic for a seed (the analysis engine's seeded LCG).
 */
import { createSeededRandom } from '../../shared/analysis/seeded-random'
import type { RandomSource } from '../../shared/analysis/seeded-random'
import { blankPerson } from '../../shared/graph/blank-person'
import type { GraphSnapshot, Interaction, Person, Tie } from '../../shared/graph/types'
import { AGE_BANDS, ISCO_MAJOR_GROUPS, ISIC_SECTIONS, SCHWARTZ_GROUPS, SCHWARTZ_VALUES } from '../../shared/graph/taxonomy'
import type { IscoMajorId, IsicSectionId, SchwartzGroupId } from '../../shared/graph/taxonomy'

export const NOW = Date.parse('2025-06-01T00:00:00Z')
const YEAR = 2025

export type ControlKind = 'diverse' | 'outward' | 'sparse'

export interface PlantedNetwork {
  snapshot: GraphSnapshot
  /** Member ids of each planted echo chamber. */
  chambers: string[][]
  controls: { kind: ControlKind; memberIds: string[] }[]
}

type Dimension = 'gender' | 'age-band' | 'occupation' | 'industry' | 'value-group'
const DIMENSIONS: readonly Dimension[] = ['gender', 'age-band', 'occupation', 'industry', 'value-group']
/** Adult bands only: a personal network's under-20s and over-70s are few. */
const BANDS = AGE_BANDS.filter((band) => band.minAge >= 20 && band.maxAge !== null)
const GENDERS = ['woman', 'man'] as const

interface Traits {
  gender: string | null
  band: number | null
  occupation: IscoMajorId | null
  industry: IsicSectionId | null
  valueGroup: SchwartzGroupId | null
}

function pick<T>(random: RandomSource, list: readonly T[]): T {
  return list[Math.floor(random() * list.length)]
}

function between(random: RandomSource, low: number, high: number): number {
  return low + Math.floor(random() * (high - low + 1))
}

function shuffle<T>(random: RandomSource, list: T[]): T[] {
  for (let i = list.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1))
    ;[list[i], list[j]] = [list[j], list[i]]
  }
  return list
}

function randomTraits(random: RandomSource, industry: IsicSectionId | null = null): Traits {
  return {
    gender: random() < 0.04 ? null : random() < 0.02 ? 'non-binary' : pick(random, GENDERS),
    band: random() < 0.08 ? null : Math.floor(random() * BANDS.length),
    occupation: random() < 0.1 ? null : pick(random, ISCO_MAJOR_GROUPS).id,
    industry: industry ?? (random() < 0.1 ? null : pick(random, ISIC_SECTIONS).id),
    valueGroup: random() < 0.2 ? null : pick(random, SCHWARTZ_GROUPS).id,
  }
}

function otherValue(random: RandomSource, dimension: Dimension, current: Traits): Traits {
  const other = randomTraits(random)
  const key = traitKey(dimension)
  // Re-draw until it differs; every dimension has at least two categories.
  while (other[key] === null || other[key] === current[key]) Object.assign(other, randomTraits(random))
  return { ...current, [key]: other[key] }
}

function traitKey(dimension: Dimension): keyof Traits {
  return dimension === 'age-band' ? 'band' : dimension === 'value-group' ? 'valueGroup' : dimension
}

/** Traits of an alike group: three shared dimensions, the rest random, with noise. */
function alikeTraits(random: RandomSource, size: number): Traits[] {
  const shared = shuffle(random, [...DIMENSIONS]).slice(0, 3)
  const base = randomTraits(random)
  for (const dimension of shared) while (base[traitKey(dimension)] === null) Object.assign(base, { [traitKey(dimension)]: randomTraits(random)[traitKey(dimension)] })
  const traits = Array.from({ length: size }, () => {
    const own = randomTraits(random)
    for (const dimension of shared) Object.assign(own, { [traitKey(dimension)]: base[traitKey(dimension)] })
    return own
  })
  for (const dimension of shared) {
    const noisy = size >= 12 ? 2 : 1
    for (const m of shuffle(
      random,
      Array.from({ length: size }, (_, i) => i),
    ).slice(0, noisy)) {
      traits[m] = random() < 0.5 ? { ...traits[m], [traitKey(dimension)]: null } : otherValue(random, dimension, traits[m])
    }
  }
  return traits
}

/** Traits spread over each dimension's categories: no dimension is narrow. */
function diverseTraits(random: RandomSource, size: number): Traits[] {
  const spread = <T>(list: readonly T[]): T[] =>
    shuffle(
      random,
      Array.from({ length: size }, (_, i) => list[i % list.length]),
    )
  const genders = spread(GENDERS)
  const bands = spread(BANDS.map((_, i) => i))
  const occupations = spread(ISCO_MAJOR_GROUPS.slice(0, 9).map((group) => group.id))
  const industries = spread(ISIC_SECTIONS.slice(0, 19).map((section) => section.id))
  const groups = spread(SCHWARTZ_GROUPS.map((group) => group.id))
  return Array.from({ length: size }, (_, i) => ({ gender: genders[i], band: bands[i], occupation: occupations[i], industry: industries[i], valueGroup: groups[i] }))
}

function toPerson(random: RandomSource, id: string, traits: Traits): Person {
  const band = traits.band === null ? null : BANDS[traits.band]
  const groupValues = SCHWARTZ_VALUES.filter((value) => value.group === traits.valueGroup).map((value) => value.id)
  const values = traits.valueGroup === null ? [] : shuffle(random, [...groupValues]).slice(0, between(random, 1, 2))
  return blankPerson(id, `Person ${id}`, {
    gender: traits.gender,
    genderBasis: 'perceived',
    birthYear: band === null ? null : YEAR - between(random, band.minAge, band.maxAge!),
    occupation: traits.occupation === null ? null : { major: traits.occupation, subMajor: null },
    industry: traits.industry,
    values,
  })
}

export function generatePlantedNetwork(people: number, seed: number): PlantedNetwork {
  const random = createSeededRandom(seed)
  const ids = shuffle(
    random,
    Array.from({ length: people }, (_, i) => `p${String(i).padStart(6, '0')}`),
  )
  const traits: Traits[] = []
  const tieKeys = new Set<number>()
  const tiePairs: [number, number][] = []
  const tie = (x: number, y: number): void => {
    if (x === y) return
    const key = x < y ? x * people + y : y * people + x
    if (tieKeys.has(key)) return
    tieKeys.add(key)
    tiePairs.push([x, y])
  }
  const groupSize = (low: number, high: number): number => low + Math.floor((high - low + 1) * random() ** 1.5)
  const chamberCount = Math.max(2, Math.round(people / 200))
  const controlCount = Math.max(1, Math.round(people / 600))
  const groups: { kind: 'chamber' | ControlKind; members: number[] }[] = []
  const take = (size: number, assigned: Traits[]): number[] => {
    const start = traits.length
    traits.push(...assigned)
    return Array.from({ length: size }, (_, i) => start + i)
  }
  // Group sizes first, redrawn in the rare case that they leave less than 40% for the background.
  const kinds: ('chamber' | ControlKind)[] = [
    ...Array.from({ length: chamberCount }, () => 'chamber' as const),
    ...Array.from({ length: controlCount }, () => ['diverse', 'outward', 'sparse'] as const).flat(),
  ]
  let sizes: number[]
  do sizes = kinds.map((kind) => (kind === 'sparse' ? groupSize(14, 25) : groupSize(6, 25)))
  while (sizes.reduce((sum, size) => sum + size, 0) > people * 0.6)
  kinds.forEach((kind, g) => {
    const size = sizes[g]
    groups.push({ kind, members: take(size, kind === 'diverse' ? diverseTraits(random, size) : alikeTraits(random, size)) })
  })
  const backgroundStart = traits.length
  // The loose background: workplaces and neighbourhoods sharing an industry, sparse inside.
  const places: number[][] = []
  while (traits.length < people) {
    const size = Math.min(people - traits.length, between(random, 20, 150))
    const industry = pick(random, ISIC_SECTIONS).id
    places.push(
      take(
        size,
        Array.from({ length: size }, () => randomTraits(random, random() < 0.8 ? industry : null)),
      ),
    )
  }
  const background = (): number => between(random, backgroundStart, people - 1)
  for (const place of places) {
    for (const person of place) {
      const roll = random()
      // A fifth without ties, most with one to three, a few hubs.
      const degree = roll < 0.2 ? 0 : roll < 0.97 ? between(random, 1, 3) : between(random, 15, 60)
      for (let d = 0; d < degree; d++) tie(person, random() < 0.7 ? pick(random, place) : background())
    }
  }
  for (const group of groups) {
    const { members } = group
    const n = members.length
    const before = tiePairs.length
    if (group.kind === 'sparse') {
      // A ring with chords: two or three ties each, long cycles only.
      const order = shuffle(random, [...members])
      for (let i = 0; i < n; i++) tie(order[i], order[(i + 1) % n])
      for (let c = 0; c < Math.floor(n / 3); c++) tie(order[c * 3], order[(c * 3 + Math.floor(n / 2)) % n])
    } else {
      // Exactly the drawn density (G(n, M)), not G(n, p), whose small circles stray far from p.
      const pairs: [number, number][] = []
      for (let i = 0; i < n; i++) for (let j = i + 1; j < n; j++) pairs.push([members[i], members[j]])
      const density = 0.5 + 0.4 * random()
      for (const [x, y] of shuffle(random, pairs).slice(0, Math.round(density * pairs.length))) tie(x, y)
      for (const m of members) while (tiePairs.slice(before).filter(([x, y]) => x === m || y === m).length < 2) tie(m, pick(random, members))
    }
    const internal = tiePairs.length - before
    const share = group.kind === 'outward' ? 1 + random() : 0.15 * random()
    let external = Math.round(share * internal)
    // Hangers-on: background people with one tie into the group.
    const hangers = Math.min(external, between(random, 0, 3))
    for (let h = 0; h < hangers; h++) tie(background(), pick(random, members))
    for (external -= hangers; external > 0; external--) tie(pick(random, members), background())
  }
  const persons = traits.map((t, i) => toPerson(random, ids[i], t))
  // Advisors: mostly in the planted circles, as the essay warns.
  const chamberMembers = groups.filter((g) => g.kind === 'chamber').flatMap((g) => g.members)
  for (let a = 0; a < Math.max(3, Math.round(people / 300)); a++) persons[random() < 0.6 ? pick(random, chamberMembers) : between(random, 0, people - 1)].roles = ['advisor']
  const ties: Tie[] = tiePairs.map(([x, y]) => {
    const [a, b] = [ids[x], ids[y]].sort()
    return { id: `${a}|${b}`, a, b, kind: 'other', strength: between(random, 1, 3) as 1 | 2 | 3, since: null, notes: '' }
  })
  const interactions: Interaction[] = Array.from({ length: Math.round(people / 20) }, (_, i) => ({
    id: `i${i}`,
    date: '2025-05-01',
    kind: 'consulted-them',
    personIds: [ids[random() < 0.5 ? pick(random, chamberMembers) : between(random, 0, people - 1)]],
    note: '',
  }))
  const me = { ...toPerson(random, 'me', randomTraits(random)), name: 'Me', updatedAt: 0 }
  const named = (list: number[]): string[] => list.map((i) => ids[i]).sort()
  return {
    snapshot: { schemaVersion: 1, me, people: shuffle(random, persons), ties: shuffle(random, ties), trash: [], interactions, projects: [], events: [], opportunities: [] },
    chambers: groups.filter((g) => g.kind === 'chamber').map((g) => named(g.members)),
    controls: groups.flatMap((g) => (g.kind === 'chamber' ? [] : [{ kind: g.kind, memberIds: named(g.members) }])),
  }
}
