/**
 * Convergence of the graph model under random concurrent edits and random delivery.
 *
 * Each scenario: 3-5 replicas (Y.Docs with fixed client ids) apply seeded random operations;
 * every update is buffered per replica pair and delivered in random partial subsets, out of
 * order; at the end everything is delivered. Then all replicas must read the same graph, and the
 * graph must satisfy every invariant (see checkInvariants).
 *
 * Replay one scenario: KIZUNA_SEED=<seed> npx vitest run --project property graph-convergence
 */
import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import {
  addEvent,
  addEventWithPeople,
  addFieldTag,
  addInteraction,
  addOpportunity,
  addProject,
  addProjectMember,
  logInteraction,
  readWorkflow,
  removeInteraction,
  removeProjectMember,
  setCadence,
  setWorkflowSettings,
  snooze,
  updateEvent,
  updateInteraction,
  updateProject,
  addPerson,
  addRole,
  addTag,
  addValue,
  deletePerson,
  GraphError,
  linkPeople,
  ME_ID,
  purgePerson,
  readGraph,
  readPerson,
  readTrashedTies,
  removeRole,
  removeTag,
  removeValue,
  restorePerson,
  ROLES,
  SCHWARTZ_VALUES,
  tieIdOf,
  unlinkPeople,
  updateMe,
  updatePerson,
  updateTie,
  type GraphSnapshot,
} from '../../shared/graph'
import { random, type Random } from '../unit/shared/graph/replicas'
import { FIELD_TAGS, randomFullPerson, randomPersonField, randomProfileField, randomTie, TAGS } from '../unit/shared/graph/random-inputs'

const SCENARIOS = 500
/**
 * Seeds that failed during development, kept as named regression cases. No real defect surfaced
 * in this suite; these two failed when the model was broken on purpose to check the test bites
 * (unsorted person reads; ties shown with one end in the trash). A seed reproduces its scenario
 * only while the operation generator above stays the same (the workflow operations added later
 * changed it; the two stay as ordinary scenarios).
 */
const REGRESSION_SEEDS: Record<string, number> = {
  'people read in Y.Map order diverge between replicas': 1495558470,
  'a tie with an end in the trash stays hidden': 368482747,
}

interface Replica {
  doc: Y.Doc
  /** Updates produced here, waiting per destination replica. */
  outbox: Uint8Array[][]
}

const REMOTE = 'property-remote'

function createReplicas(r: Random, count: number): Replica[] {
  const replicas: Replica[] = []
  for (let i = 0; i < count; i++) {
    const doc = new Y.Doc()
    doc.clientID = i * 1_000_003 + 1 + r.int(1_000_000)
    const replica: Replica = { doc, outbox: Array.from({ length: count }, () => []) }
    doc.on('update', (update: Uint8Array, origin: unknown) => {
      if (origin === REMOTE) return
      for (let to = 0; to < count; to++) if (to !== i) replica.outbox[to].push(update)
    })
    replicas.push(replica)
  }
  return replicas
}

/** Delivers a random subset of one pair's pending updates, in random order. */
function deliverSome(r: Random, replicas: Replica[]): void {
  const from = r.pick(replicas)
  const to = r.int(replicas.length)
  const queue = from.outbox[to]
  if (from === replicas[to] || queue.length === 0) return
  const chosen = new Set(
    r.subset(
      queue.map((_, i) => i),
      queue.length,
    ),
  )
  const sent = r.shuffle(queue.filter((_, i) => chosen.has(i)))
  from.outbox[to] = queue.filter((_, i) => !chosen.has(i))
  for (const update of sent) Y.applyUpdate(replicas[to].doc, update, REMOTE)
}

function deliverAll(r: Random, replicas: Replica[]): void {
  replicas.forEach((from) => {
    from.outbox.forEach((queue, to) => {
      for (const update of r.shuffle([...queue])) Y.applyUpdate(replicas[to].doc, update, REMOTE)
      from.outbox[to] = []
    })
  })
}

/** One random operation on one replica. Ops may be rejected (the replica has not seen the id yet). */
function randomOperation(r: Random, doc: Y.Doc, step: number, nextId: () => string): void {
  const graph = readGraph(doc)
  const ids = [...graph.people, ...graph.trash].map((p) => p.id)
  const someone = () => r.pick(ids)
  const pair = (): [string, string] => {
    const [a, b] = r.shuffle([...ids])
    return [a, b ?? a]
  }
  const options = { now: 1_700_000_000_000 + step * 1000 }
  const ops: [number, () => void][] = [
    [ids.length < 3 ? 10 : 3, () => void addPerson(doc, { ...randomFullPerson(r, ids), id: nextId() }, options)],
    [8, () => updatePerson(doc, someone(), randomPersonField(r, ids), options)],
    [2, () => deletePerson(doc, someone(), options)],
    [2, () => restorePerson(doc, someone(), options)],
    [0.2, () => purgePerson(doc, someone(), options)],
    [10, () => void linkPeople(doc, ...pair(), r.chance(0.5) ? randomTie(r) : {}, options)],
    [2, () => unlinkPeople(doc, ...pair(), options)],
    [3, () => updateTie(doc, ...pair(), randomTie(r), options)],
    [0.3, () => void linkPeople(doc, someone(), r.chance(0.5) ? someone() : ME_ID, {}, options)],
    [3, () => (r.chance(0.6) ? addTag : removeTag)(doc, r.chance(0.1) ? ME_ID : someone(), r.pick(TAGS), options)],
    [1, () => addFieldTag(doc, someone(), r.pick(FIELD_TAGS), options)],
    [3, () => (r.chance(0.6) ? addValue : removeValue)(doc, r.chance(0.1) ? ME_ID : someone(), r.pick(SCHWARTZ_VALUES).id, options)],
    [1, () => (r.chance(0.6) ? addRole : removeRole)(doc, someone(), r.pick(ROLES), options)],
    [2, () => updateMe(doc, randomProfileField(r), options)],
    [0.5, () => void addInteraction(doc, { date: '2025-03-01', kind: 'met', personIds: r.subset(ids, 2), note: '' }, options)],
    ...workflowOperations(r, doc, graph, ids, nextId, options),
  ]
  const total = ops.reduce((sum, [w]) => sum + w, 0)
  let roll = r.float() * total
  const op = ops.find(([w]) => (roll -= w) < 0)?.[1] ?? ops[0][1]
  try {
    if (ids.length === 0 && op !== ops[0][1]) return
    op()
  } catch (error) {
    if (!(error instanceof GraphError)) throw error
  }
}

const DAYS = ['2025-03-01', '2025-03-03', '2025-04-10', '2025-06-30']

/** The workflow's records and settings: sets edited element-wise, compound writes, snoozes. */
function workflowOperations(r: Random, doc: Y.Doc, graph: GraphSnapshot, ids: string[], nextId: () => string, options: { now: number }): [number, () => void][] {
  const record = (list: { id: string }[]) => r.pick(list)?.id ?? 'none'
  return [
    [
      1,
      () =>
        void logInteraction(
          doc,
          { date: r.pick(DAYS), kind: r.pick(['consulted-them', 'consulted-me', 'helped-me', 'call'] as const), personIds: [r.pick(ids), ...r.subset(ids, 2)] },
          options,
        ),
    ],
    [1, () => updateInteraction(doc, record(graph.interactions), { personIds: r.subset(ids, 3) }, options)],
    [0.3, () => removeInteraction(doc, record(graph.interactions), options)],
    [
      1,
      () =>
        void addProject(
          doc,
          { id: nextId(), name: 'Project', memberIds: r.subset(ids, 3), start: null, end: null, deadline: r.pick(DAYS), finishedAt: null, myRole: 'lead', notes: '' },
          options,
        ),
    ],
    [2, () => (r.chance(0.6) ? addProjectMember : removeProjectMember)(doc, record(graph.projects), r.pick(ids), options)],
    [
      1,
      () =>
        updateProject(
          doc,
          record(graph.projects),
          r.chance(0.5) ? { memberIds: r.subset(ids, 3) } : { finishedAt: r.pick(DAYS), learned: 'x', tookUnownedChores: r.chance(0.5) },
          options,
        ),
    ],
    [
      1,
      () =>
        void addEvent(
          doc,
          { id: nextId(), name: 'Event', kind: 'meetup', where: null, date: r.pick(DAYS), met: r.subset(ids, 2).map((personId) => ({ personId, exchange: '' })) },
          options,
        ),
    ],
    [
      2,
      () =>
        updateEvent(
          doc,
          record(graph.events),
          { met: r.subset(ids, 3).map((personId) => ({ personId, exchange: r.pick(['', 'books', 'hiring']), ...(r.chance(0.3) ? { followUp: r.chance(0.5) } : {}) })) },
          options,
        ),
    ],
    [
      0.5,
      () =>
        void addEventWithPeople(
          doc,
          {
            id: nextId(),
            name: 'Meetup',
            kind: 'meetup',
            date: r.pick(DAYS),
            newPeople: [{ person: { id: nextId(), name: '新しい人' }, exchange: 'ux' }],
            knownPeople: r.subset(ids, 1).map((personId) => ({ personId })),
          },
          options,
        ),
    ],
    [0.5, () => void addOpportunity(doc, { id: nextId(), date: r.pick(DAYS), kind: 'job', title: 'Job', viaPersonIds: r.subset(ids, 2), field: null, note: '' }, options)],
    [1, () => setCadence(doc, someone(r, ids), r.pick([7, 30, 'off', null] as const), options)],
    [1, () => snooze(doc, someone(r, ids), { item: r.pick(['follow-up', 'keep-in-touch'] as const), until: r.pick(DAYS), dueOn: r.pick(DAYS) }, options)],
    [0.5, () => setWorkflowSettings(doc, r.chance(0.5) ? { followUpDays: r.int(5) } : { cadence: { [r.pick(ROLES)]: r.pick([14, 'off', null] as const) } }, options)],
  ]
}

function someone(r: Random, ids: string[]): string {
  return r.pick(ids)
}

function duplicates<T>(items: readonly T[], key: (item: T) => string = String): string[] {
  const seen = new Set<string>()
  return items.map(key).filter((k) => seen.has(k) || !seen.add(k))
}

/** Every invariant a converged graph must satisfy; returns the violations (empty when fine). */
function checkInvariants(doc: Y.Doc, graph: GraphSnapshot): string[] {
  const problems: string[] = []
  const live = new Set(graph.people.map((p) => p.id))
  const trashed = new Set(graph.trash.map((p) => p.id))
  const all = [...graph.people, ...graph.trash]
  if (duplicates(all, (p) => p.id).length > 0) problems.push('a person is both live and in the trash')
  if (graph.people.some((p) => p.deletedAt !== null) || graph.trash.some((p) => p.deletedAt === null)) problems.push('trash state and deletedAt disagree')
  if (duplicates(graph.ties, (t) => t.id).length > 0) problems.push('two ties share an id')
  if (duplicates(graph.ties, (t) => tieIdOf(t.a, t.b)).length > 0) problems.push('two ties join one pair')
  for (const t of graph.ties) {
    if (!(t.a < t.b) || t.id !== tieIdOf(t.a, t.b)) problems.push(`tie ${t.id} is not keyed by its sorted pair`)
    if (!live.has(t.a) || !live.has(t.b)) problems.push(`tie ${t.id} is visible with an end not live`)
    if (![1, 2, 3].includes(t.strength)) problems.push(`tie ${t.id} has strength ${t.strength}`)
  }
  for (const t of readTrashedTies(doc)) {
    if (!trashed.has(t.a) && !trashed.has(t.b)) problems.push(`hidden tie ${t.id} has no end in the trash`)
  }
  for (const p of [...all, { ...graph.me, id: ME_ID, roles: [] }]) {
    if (p.values.length > 3) problems.push(`${p.id} has ${p.values.length} values`)
    for (const set of ['tags', 'fieldTags', 'values', 'roles'] as const) {
      if (duplicates(p[set]).length > 0) problems.push(`${p.id}.${set} has duplicates`)
    }
    if (duplicates(p.handles, (h) => `${h.kind}:${h.value}`).length > 0) problems.push(`${p.id}.handles has duplicates`)
    if (p.occupation?.subMajor != null && !p.occupation.subMajor.startsWith(p.occupation.major)) problems.push(`${p.id} occupation mismatch`)
  }
  const sets: [string, string[]][] = [
    ...graph.interactions.map((i): [string, string[]] => [`interaction ${i.id}`, i.personIds]),
    ...graph.projects.map((p): [string, string[]] => [`project ${p.id}`, p.memberIds]),
    ...graph.events.map((e): [string, string[]] => [`event ${e.id}`, e.met.map((m) => m.personId)]),
  ]
  for (const [what, ids] of sets) {
    if (duplicates(ids).length > 0) problems.push(`${what} lists a person twice`)
    if (ids.some((id, i) => i > 0 && ids[i - 1] > id)) problems.push(`${what} is not in id order`)
  }
  for (const state of readWorkflow(doc).people) {
    if (!all.some((p) => p.id === state.personId)) problems.push(`workflow state for unknown person ${state.personId}`)
  }
  for (const p of all) {
    if (p.name === '') problems.push(`${p.id} has no name`)
    const read = readPerson(doc, p.id)
    if (read === null || JSON.stringify(read) !== JSON.stringify(p)) problems.push(`readPerson(${p.id}) disagrees with readGraph`)
  }
  return problems
}

function runScenario(seed: number): void {
  const r = random(seed)
  const replicas = createReplicas(r, 3 + r.int(3))
  let counter = 0
  const nextId = () => `p${seed.toString(36)}-${(counter++).toString(36)}`
  const steps = 30 + r.int(70)
  for (let step = 0; step < steps; step++) {
    randomOperation(r, r.pick(replicas).doc, step, nextId)
    if (r.chance(0.4)) deliverSome(r, replicas)
  }
  deliverAll(r, replicas)
  const graphs = replicas.map((rep) => readGraph(rep.doc))
  for (const g of graphs.slice(1)) expect(g, `seed ${seed}: replicas diverged`).toEqual(graphs[0])
  const workflows = replicas.map((rep) => readWorkflow(rep.doc))
  for (const w of workflows.slice(1)) expect(w, `seed ${seed}: workflow state diverged`).toEqual(workflows[0])
  for (const rep of replicas) expect(checkInvariants(rep.doc, graphs[0]), `seed ${seed}: invariants`).toEqual([])
}

describe('graph convergence', () => {
  const replay = process.env.KIZUNA_SEED
  if (replay !== undefined && replay !== '') {
    it(`replays seed ${replay}`, () => {
      console.log('graph-convergence seed', Number(replay))
      runScenario(Number(replay))
    })
    return
  }

  it(`converges and keeps every invariant over ${SCENARIOS} random scenarios`, () => {
    const seed = Math.floor(Math.random() * 2 ** 31)
    console.log('graph-convergence seed', seed)
    for (let i = 0; i < SCENARIOS; i++) runScenario((seed + i) % 2 ** 31)
  })

  for (const [name, seed] of Object.entries(REGRESSION_SEEDS)) {
    it(`regression: ${name} (seed ${seed})`, () => runScenario(seed))
  }
})
