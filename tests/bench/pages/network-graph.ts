/**
 * A synthetic network for the network-view benchmark: `people` people in planted circles of 50 to
 * 500, `ties` ties (about 85% inside a circle, the rest across), seeded so both pages of one run
 * draw the same graph. Circles share an age band and an industry, like real circles of friends.
 */
import { createSeededRandom } from '../../../shared/analysis/seeded-random'
import { blankPerson } from '../../../shared/graph/blank-person'
import { AGE_BANDS, ISIC_SECTIONS } from '../../../shared/graph/taxonomy'
import type { Person, Tie } from '../../../shared/graph/types'

export function syntheticNetwork(people: number, ties: number, seed = 1): { people: Person[]; ties: Tie[] } {
  const random = createSeededRandom(seed)
  const circleOf: number[] = []
  const circles: number[][] = []
  while (circleOf.length < people) {
    const size = Math.min(people - circleOf.length, 50 + Math.floor(random() * 450))
    const members: number[] = []
    for (let m = 0; m < size; m++) {
      members.push(circleOf.length)
      circleOf.push(circles.length)
    }
    circles.push(members)
  }
  const id = (i: number): string => `p${String(i).padStart(6, '0')}`
  const list: Person[] = circleOf.map((circle, i) =>
    blankPerson(id(i), `Person ${i}`, {
      ageBand: AGE_BANDS[circle % AGE_BANDS.length].id,
      industry: ISIC_SECTIONS[(circle * 7) % ISIC_SECTIONS.length].id,
      roles: random() < 0.01 ? ['advisor'] : [],
    }),
  )
  const seen = new Set<number>()
  const out: Tie[] = []
  while (out.length < ties) {
    const a = Math.floor(random() * people)
    const members = circles[circleOf[a]]
    const b = random() < 0.85 ? members[Math.floor(random() * members.length)] : Math.floor(random() * people)
    if (a === b) continue
    const [s, t] = a < b ? [a, b] : [b, a]
    const key = s * people + t
    if (seen.has(key)) continue
    seen.add(key)
    out.push({ id: `tie:${id(s)}:${id(t)}`, a: id(s), b: id(t), kind: 'other', strength: (1 + Math.floor(random() * 3)) as 1 | 2 | 3, since: null, notes: '' })
  }
  return { people: list, ties: out }
}
