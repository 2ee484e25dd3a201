/**
 * The workflow core on a big vault: computeToday and computeLedger together for 10,000 people and
 * 200,000 interactions (target ≤ 200 ms), sharing one pass over the log (indexInteractions), against a baseline measured in the same run: one plain
 * pass over the interactions building a Map of each person's latest date (the least any "last
 * contact" computation must do). Median of several interleaved runs after a warm-up.
 */
import { createSeededRandom } from '../../shared/analysis/seeded-random'
import { blankPerson } from '../../shared/graph/blank-person'
import type { GraphEvent, GraphSnapshot, Interaction, InteractionKind, Person, Role, WorkflowData } from '../../shared/graph/types'
import { computeLedger, computeToday, dayNumber, indexInteractions, isoOfDay } from '../../shared/workflow'
import type { BenchFigure, Benchmark } from './types'
import { median, time } from './support/stats'

const PEOPLE = 10_000
const INTERACTIONS = 200_000
const RUNS = 7
const TODAY = '2025-06-01'
const KINDS: readonly InteractionKind[] = ['consulted-them', 'consulted-me', 'helped-them', 'helped-me', 'introduced', 'met', 'message', 'call', 'worked-together']
const ROLE_CHOICES: readonly Role[][] = [[], [], [], ['advisor'], ['peer'], ['collaborator'], ['mentee']]

export function generateWorkflowSnapshot(seed = 7): { snapshot: GraphSnapshot; workflow: WorkflowData } {
  const random = createSeededRandom(seed)
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]
  const todayDay = dayNumber(TODAY)!
  const id = (i: number) => `w-${String(i).padStart(5, '0')}`
  const people: Person[] = Array.from({ length: PEOPLE }, (_, i) =>
    blankPerson(id(i), `Person ${i}`, {
      roles: pick(ROLE_CHOICES),
      howWeMet: {
        where: null,
        when: random() < 0.5 ? isoOfDay(todayDay - 400 - Math.floor(random() * 3000)) : null,
        introducedBy: random() < 0.1 ? id(Math.floor(random() * PEOPLE)) : null,
      },
    }),
  )
  const interactions: Interaction[] = Array.from({ length: INTERACTIONS }, (_, i) => ({
    id: `wi-${i}`,
    date: isoOfDay(todayDay - Math.floor(random() * 730)),
    kind: pick(KINDS),
    personIds: random() < 0.9 ? [id(Math.floor(random() * PEOPLE))] : [id(Math.floor(random() * PEOPLE)), id(Math.floor(random() * PEOPLE))],
    note: '',
  }))
  const events: GraphEvent[] = Array.from({ length: 50 }, (_, i) => ({
    id: `we-${i}`,
    name: `Event ${i}`,
    kind: 'meetup',
    where: null,
    date: isoOfDay(todayDay - Math.floor(random() * 30)),
    met: Array.from({ length: 4 }, () => ({ personId: id(Math.floor(random() * PEOPLE)), exchange: '', followUp: true })),
  }))
  const workflow: WorkflowData = {
    settings: {},
    people: Array.from({ length: 500 }, (_, i) => ({ personId: id(i * 20), cadence: 30, snoozes: [{ item: 'keep-in-touch' as const, until: TODAY, dueOn: TODAY }] })),
  }
  const me = { ...people[0], name: 'Me', updatedAt: 0 }
  return { snapshot: { schemaVersion: 1, me, people, ties: [], trash: [], interactions, projects: [], events, opportunities: [] }, workflow }
}

const benchmark: Benchmark = {
  name: 'today-ledger',
  run: async (ctx) => {
    const { snapshot, workflow } = generateWorkflowSnapshot()
    let sink = 0
    const todayAndLedger = (): void => {
      // One shared pass over the log feeds both, as the Today view and the notifier do.
      const period = { from: '2024-06-01', to: TODAY }
      const index = indexInteractions(snapshot, period)
      const today = computeToday(snapshot, TODAY, workflow, { index })
      const ledger = computeLedger(snapshot, period, index)
      sink += today.length + ledger.people.length
    }
    const plainPass = (): void => {
      const latest = new Map<string, string>()
      for (const interaction of snapshot.interactions) {
        for (const personId of interaction.personIds) {
          const seen = latest.get(personId)
          if (seen === undefined || interaction.date > seen) latest.set(personId, interaction.date)
        }
      }
      sink += latest.size
    }
    todayAndLedger()
    plainPass()
    const times: number[] = []
    const baselines: number[] = []
    for (let run = 0; run < RUNS; run++) {
      times.push(time(todayAndLedger))
      baselines.push(time(plainPass))
    }
    const value = median(times)
    const baseline = median(baselines)
    const items = computeToday(snapshot, TODAY, workflow).length
    ctx.log(`today+ledger: ${value.toFixed(1)} ms (runs ${times.map((t) => t.toFixed(0)).join(', ')}); plain pass: ${baseline.toFixed(1)} ms; ${items} Today items; sink ${sink}`)
    await Promise.resolve()
    const figures: BenchFigure[] = [
      {
        name: `computeToday + computeLedger, ${PEOPLE} people / ${INTERACTIONS} interactions`,
        value,
        unit: 'ms',
        better: 'lower',
        baseline,
        ratio: value / baseline,
        target: 200,
        targetFor: 'value',
        note: `median of ${RUNS}; baseline: one pass over the interactions building a Map of latest dates`,
      },
    ]
    return figures
  },
}

export default benchmark
