/**
 * Networks of the shapes users have, for the analysis's shape × size table: community-structured
 * (most ties inside circles of 50, five ties a person), random sparse with one and two ties a
 * person, random with five, hubs and stars (a few people tied to many who have one tie each), and
 * mostly people without ties (an import nobody has linked yet). Seeded; people carry random
 * attributes from the vault's taxonomies.
 */
import { createSeededRandom } from '../../../shared/analysis/seeded-random'
import type { RandomSource } from '../../../shared/analysis/seeded-random'
import { blankPerson } from '../../../shared/graph/blank-person'
import type { GraphSnapshot, Interaction, Person, Tie } from '../../../shared/graph/types'
import { AGE_BANDS, DEFAULT_GENDERS, ISCO_MAJOR_GROUPS, ISIC_SECTIONS, SCHWARTZ_VALUES } from '../../../shared/graph/taxonomy'

export const SHAPES = ['community-structured', 'random, 1 tie/person', 'random, 2 ties/person', 'random, 5 ties/person', 'hubs and stars', 'mostly isolates'] as const
export type Shape = (typeof SHAPES)[number]

const NOW = Date.parse('2025-06-01T00:00:00Z')

function pick<T>(random: RandomSource, list: readonly T[]): T {
  return list[Math.floor(random() * list.length)]
}

export function randomPeople(random: RandomSource, count: number, prefix = 'bench'): Person[] {
  const id = (i: number): string => `${prefix}-${String(i).padStart(5, '0')}`
  return Array.from({ length: count }, (_, i) =>
    blankPerson(id(i), `Person ${i}`, {
      gender: random() < 0.05 ? null : pick(random, DEFAULT_GENDERS).id,
      genderBasis: 'perceived',
      birthYear: random() < 0.1 ? null : 1950 + Math.floor(random() * 55),
      ageBand: random() < 0.05 ? pick(random, AGE_BANDS).id : null,
      occupation: { major: pick(random, ISCO_MAJOR_GROUPS).id, subMajor: null },
      industry: pick(random, ISIC_SECTIONS).id,
      values: [pick(random, SCHWARTZ_VALUES).id, pick(random, SCHWARTZ_VALUES).id],
      roles: random() < 0.02 ? ['advisor'] : [],
    }),
  )
}

/** Adds the tie between people x and y (indices); false for a loop or a tie already made. */
export type AddTie = (x: number, y: number) => boolean

/** A snapshot of `people` and the ties `pairs` adds. */
export function snapshotOf(random: RandomSource, people: Person[], pairs: (tie: AddTie) => void): GraphSnapshot {
  const ties = new Map<string, Tie>()
  pairs((x, y) => {
    if (x === y) return false
    const [a, b] = [people[x].id, people[y].id].sort() as [string, string]
    const key = `${a}|${b}`
    if (ties.has(key)) return false
    ties.set(key, { id: key, a, b, kind: 'other', strength: (1 + Math.floor(random() * 3)) as 1 | 2 | 3, since: null, notes: '' })
    return true
  })
  const interactions: Interaction[] = Array.from({ length: Math.round(people.length / 5) }, (_, i) => ({
    id: `bench-i${i}`,
    date: new Date(NOW - Math.floor(random() * 400) * 86_400_000).toISOString().slice(0, 10),
    kind: pick(random, ['consulted-them', 'consulted-me', 'helped-them', 'helped-me', 'introduced', 'worked-together'] as const),
    personIds: [pick(random, people).id],
    note: '',
  }))
  const me = { ...people[0], name: 'Me', updatedAt: 0 }
  return { schemaVersion: 1, me, people, ties: [...ties.values()], trash: [], interactions, projects: [], events: [], opportunities: [] }
}

/** Adds `count` distinct ties, each drawn by `draw`. */
function drawTies(tie: AddTie, count: number, draw: () => [number, number]): void {
  for (let made = 0; made < count;) if (tie(...draw())) made++
}

export function generateShape(shape: Shape, people: number, seed = 1): GraphSnapshot {
  const random = createSeededRandom(seed)
  const list = randomPeople(random, people)
  const any = (): number => Math.floor(random() * people)
  return snapshotOf(random, list, (tie) => {
    switch (shape) {
      case 'community-structured':
        // Circles of 50; four ties in five stay inside.
        drawTies(tie, 5 * people, () => {
          const x = any()
          return [x, random() < 0.8 ? Math.floor(x / 50) * 50 + Math.floor(random() * 50) : any()]
        })
        return
      case 'random, 1 tie/person':
        drawTies(tie, people, () => [any(), any()])
        return
      case 'random, 2 ties/person':
        drawTies(tie, 2 * people, () => [any(), any()])
        return
      case 'random, 5 ties/person':
        drawTies(tie, 5 * people, () => [any(), any()])
        return
      case 'hubs and stars': {
        // One person in a hundred is a hub; everyone else hangs on one hub, hubs know each other.
        const hubs = Math.max(2, Math.round(people / 100))
        for (let i = hubs; i < people; i++) tie(i, Math.floor(random() * hubs))
        drawTies(tie, Math.min(3 * hubs, (hubs * (hubs - 1)) / 4), () => [Math.floor(random() * hubs), Math.floor(random() * hubs)])
        return
      }
      case 'mostly isolates': {
        // Nine in ten without ties; the rest two ties each, among themselves.
        const linked = Math.round(people / 10)
        drawTies(tie, 2 * linked, () => [Math.floor(random() * linked), Math.floor(random() * linked)])
        return
      }
    }
  })
}
