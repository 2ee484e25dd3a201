/**
 * The bridge between a vault session and React: components read immutable snapshots (through
 * `useSyncExternalStore`) and call named actions; they never see the Y.Doc.
 *
 * Cost model, for a vault of 10,000 people and 30,000 ties:
 * - Opening reads nothing. The Overview reads a summary (`readGraphSummary`: counts and the
 *   newest people, a few keys per row); the first view that needs people reads them once, the
 *   first that needs ties reads those, and records (interactions, projects...) likewise: the
 *   people list never pays for 30,000 ties.
 * - After that, each transaction reports the people it touched (`observeGraph`); only those
 *   people are re-read, into a per-person map whose untouched entries keep their identity, so
 *   memoised rows and search keys stay valid.
 * - Derived lists (live people, trash, the whole-graph snapshot, ties) are rebuilt lazily, the
 *   first time someone asks for them after a change. Ties are re-read only when the `ties` root
 *   changed or someone moved in or out of the trash; a tie the UI itself wrote is patched in place.
 * - The workflow's stored part (settings in `meta`, cadence and snoozes on people's rows) is read
 *   on first use and again only after `meta` or a person changed: logging an interaction or
 *   linking two people does not re-read it, and reading it never reads the whole graph.
 * The user's own edits notify listeners at once; other writers' updates at most once per
 * animation frame, however many arrive.
 */
import {
  createUndoManager,
  LOCAL_ORIGIN,
  observeGraph,
  readGenders,
  readAllPeople,
  readMe,
  readPerson,
  readTie,
  readVisibleTies,
  readWorkflow,
  readWorkflowRecords,
  SCHEMA_VERSION,
  tieIdOf,
  type GenderEntry,
  type GraphChange,
  type GraphSummary,
  readGraphSummary,
} from '../../../shared/graph'
import type { GraphSnapshot, Me, Person, PersonId, Tie, TieId, WorkflowData } from '../../../shared/graph'
import type { VaultSession } from './vault-session'

type UndoManager = ReturnType<typeof createUndoManager>

export interface UndoState {
  canUndo: boolean
  canRedo: boolean
}

const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)

export class VaultStore {
  private loaded = false
  private summary: GraphSummary | null = null
  /** Every person, in the trash or not, by id. Entries are replaced, never mutated. */
  private readonly people = new Map<PersonId, Person>()
  /** Visible ties, by id; null when the ties must be re-read. */
  private ties: Map<TieId, Tie> | null = null
  private rest: Pick<GraphSnapshot, 'interactions' | 'projects' | 'events' | 'opportunities'> | null = null
  private me: Me | null = null
  private genders: GenderEntry[] | null = null
  private workflow: WorkflowData | null = null

  private livePeople: Person[] | null = null
  private trash: Person[] | null = null
  private tieList: Tie[] | null = null
  private graph: GraphSnapshot | null = null

  private readonly listeners = new Set<() => void>()
  private frame: number | null = null
  /** A tie the UI is writing right now: patched in place instead of re-reading every tie. */
  private expectedTie: [PersonId, PersonId] | null = null
  private readonly unobserve: () => void

  readonly undoManager: UndoManager
  private undoState: UndoState = { canUndo: false, canRedo: false }
  private readonly onUndoStack = (): void => {
    const next = { canUndo: this.undoManager.canUndo(), canRedo: this.undoManager.canRedo() }
    if (next.canUndo === this.undoState.canUndo && next.canRedo === this.undoState.canRedo) return
    this.undoState = next
    this.schedule()
  }

  constructor(readonly session: VaultSession) {
    // Nothing is read yet: the Overview needs only the summary, the people views load the rest.
    this.unobserve = observeGraph(session.doc, this.onChange)
    this.undoManager = createUndoManager(session.doc)
    for (const event of ['stack-item-added', 'stack-item-popped', 'stack-cleared'] as const) this.undoManager.on(event, this.onUndoStack)
  }

  /** Reads every person once, the first time a view needs more than the summary. */
  private ensureLoaded(): void {
    if (this.loaded) return
    this.loaded = true
    for (const p of readAllPeople(this.session.doc)) this.people.set(p.id, p)
    performance.mark('kizuna:people-read')
  }

  get vault(): VaultSession['vault'] {
    return this.session.vault
  }

  private readonly onChange = (change: GraphChange): void => {
    this.summary = null
    let trashMoved = false
    for (const id of this.loaded ? change.people : []) {
      const before = this.people.get(id)
      const after = readPerson(this.session.doc, id)
      if (after === null) this.people.delete(id)
      else this.people.set(id, after)
      // A person moving in or out of the trash hides or shows their ties; a new person has none.
      const wasLive = before !== undefined && before.deletedAt === null
      const isLive = after !== null && after.deletedAt === null
      if (before !== undefined && wasLive !== isLive) trashMoved = true
    }
    if (change.people.length > 0) {
      this.livePeople = null
      this.trash = null
    }
    const roots = new Set(change.roots)
    if (trashMoved) this.ties = null
    else if (roots.has('ties')) this.patchTies()
    if (roots.has('me')) this.me = null
    if (roots.has('genders')) this.genders = null
    if (roots.has('meta') || change.people.length > 0) this.workflow = null
    if (roots.has('interactions') || roots.has('projects') || roots.has('events') || roots.has('opportunities')) this.rest = null
    this.graph = null
    // The user's own edits show at once (a checkbox must not flicker back); other writers are
    // coalesced into one notification per frame.
    if (change.origin === LOCAL_ORIGIN || change.origin === this.undoManager) this.notifyNow()
    else this.schedule()
  }

  private notifyNow(): void {
    if (this.frame !== null) cancelAnimationFrame(this.frame)
    this.frame = null
    for (const listener of this.listeners) listener()
  }

  private patchTies(): void {
    const expected = this.expectedTie
    if (expected === null || this.ties === null) {
      this.ties = null
    } else {
      const id = tieIdOf(expected[0], expected[1])
      const tie = readTie(this.session.doc, expected[0], expected[1])
      const next = new Map(this.ties)
      if (tie === null) next.delete(id)
      else next.set(id, tie)
      this.ties = next
    }
    this.tieList = null
  }

  private schedule(): void {
    if (this.frame !== null) return
    this.frame = requestAnimationFrame(() => {
      this.frame = null
      for (const listener of this.listeners) listener()
    })
  }

  /** Runs a write of the tie between a and b, so that only that tie is re-read. */
  writingTie<T>(a: PersonId, b: PersonId, write: () => T): T {
    this.expectedTie = [a, b]
    try {
      return write()
    } finally {
      this.expectedTie = null
    }
  }

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener)
    return () => this.listeners.delete(listener)
  }

  /** People not in the trash, in id order. */
  getPeople = (): Person[] => {
    this.ensureLoaded()
    if (this.livePeople === null) this.livePeople = [...this.people.values()].filter((p) => p.deletedAt === null).sort(byId)
    return this.livePeople
  }

  getTrash = (): Person[] => {
    this.ensureLoaded()
    if (this.trash === null) this.trash = [...this.people.values()].filter((p) => p.deletedAt !== null).sort(byId)
    return this.trash
  }

  getPerson = (id: PersonId): Person | null => {
    this.ensureLoaded()
    return this.people.get(id) ?? null
  }

  /** Counts and the newest people, for the first screen: a few keys per row, no snapshots. */
  getSummary = (): GraphSummary => {
    this.summary ??= readGraphSummary(this.session.doc)
    return this.summary
  }

  getTies = (): Tie[] => {
    this.ensureLoaded()
    if (this.ties === null) {
      const live = new Set(this.getPeople().map((p) => p.id))
      this.ties = new Map(readVisibleTies(this.session.doc, live).map((t) => [t.id, t]))
      this.tieList = null
    }
    this.tieList ??= [...this.ties.values()].sort(byId)
    return this.tieList
  }

  getMe = (): Me => {
    this.me ??= readMe(this.session.doc)
    return this.me
  }

  getGenders = (): GenderEntry[] => {
    this.genders ??= readGenders(this.session.doc)
    return this.genders
  }

  /** Settings, cadence overrides and snoozes as stored (Today and the ledger derive the rest). */
  getWorkflow = (): WorkflowData => {
    this.workflow ??= readWorkflow(this.session.doc)
    return this.workflow
  }

  getUndoState = (): UndoState => this.undoState

  /** The whole graph as one snapshot; built lazily from the parts above. */
  getSnapshot = (): GraphSnapshot => {
    this.ensureLoaded()
    if (this.graph !== null) return this.graph
    const ties = this.getTies()
    this.rest ??= readWorkflowRecords(this.session.doc)
    const { interactions, projects, events, opportunities } = this.rest
    this.graph = {
      schemaVersion: SCHEMA_VERSION,
      me: this.getMe(),
      people: this.getPeople(),
      ties,
      trash: this.getTrash(),
      interactions,
      projects,
      events,
      opportunities,
    }
    return this.graph
  }

  dispose(): void {
    this.unobserve()
    this.undoManager.destroy()
    if (this.frame !== null) cancelAnimationFrame(this.frame)
    this.listeners.clear()
  }
}
