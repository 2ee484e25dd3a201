/**
 * Plain-data shapes of the relationship graph, as every layer outside `shared/graph/` sees it.
 *
 * These are snapshots: immutable, JSON-safe objects read out of the Y.Doc by `shared/graph/`.
 * Nothing here knows about Yjs. The analysis engine, the UI, the CLI and the exporters all
 * consume these shapes; only `shared/graph/` turns them into CRDT writes.
 *
 * Times: `createdAt`/`updatedAt`/`deletedAt` are milliseconds since the Unix epoch (UTC).
 * Calendar dates the user enters ("when we met", "since") are ISO dates `YYYY-MM-DD` without a
 * time zone, so that a due day never shifts when the machine changes time zone.
 */
export type { InteractionKind } from './taxonomy'
import type { AgeBandId, EventKind, InteractionKind, IscoMajorId, IscoSubMajorId, IsicSectionId, OpportunityKind, SchwartzValueId } from './taxonomy'

export type PersonId = string
export type TieId = string
/** The fixed id of the user's own node wherever "me" appears in an id position. */
export const ME_ID = 'me'

/*
 * Each enumeration is a `const` tuple: its type, its zod schema (inputs.ts, workflow-records.ts)
 * and the lists the UI and the CLI show derive from it, so a new member is added here once (and
 * worded in both dictionaries).
 */

/** Roles a person has toward me. An advisor is someone I consult; a mentee consults me. */
export const ROLES = ['advisor', 'mentee', 'peer', 'collaborator'] as const
export type Role = (typeof ROLES)[number]

/** Whether the gender was stated by the person or is my perception of it. */
export const GENDER_BASES = ['stated', 'perceived'] as const
export type GenderBasis = (typeof GENDER_BASES)[number]

export const HANDLE_KINDS = ['email', 'phone', 'url'] as const
export type HandleKind = (typeof HANDLE_KINDS)[number]
export interface Handle {
  kind: HandleKind
  value: string
}

export interface Occupation {
  /** ISCO-08 major group, "0".."9". */
  major: IscoMajorId
  /** ISCO-08 sub-major group, two digits starting with the major group, e.g. "25". */
  subMajor: IscoSubMajorId | null
}

export interface HowWeMet {
  where: string | null
  /** ISO date `YYYY-MM-DD`. */
  when: string | null
  introducedBy: PersonId | null
}

/** Attributes shared by a person and by me: diversity is measured relative to the user too. */
export interface Profile {
  name: string
  /** Phonetic reading (furigana) used for sorting and search, e.g. "さとう はなこ". */
  reading: string | null
  /** An id from the user-editable gender list (see `DEFAULT_GENDERS`), or null when unknown. */
  gender: string | null
  genderBasis: GenderBasis | null
  birthYear: number | null
  /** Set by the user when the birth year is unknown; otherwise derived from `birthYear`. */
  ageBand: AgeBandId | null
  occupation: Occupation | null
  industry: IsicSectionId | null
  /** Free field tags ("UX research", "生成AI"): a set. */
  fieldTags: string[]
  /**
   * Up to three of Schwartz's ten basic values, always as perceived by me: a set, read in the order
   * the values were entered, so the first is the main value (`mainValueOf`).
   */
  values: SchwartzValueId[]
  organization: string | null
  location: string | null
  handles: Handle[]
  tags: string[]
  notes: string
}

export interface Person extends Profile {
  id: PersonId
  roles: Role[]
  howWeMet: HowWeMet
  createdAt: number
  updatedAt: number
  /** Set while the person is in the trash. */
  deletedAt: number | null
}

export type Me = Profile & { updatedAt: number }

export const TIE_KINDS = ['work', 'friend', 'family', 'community', 'other'] as const
export type TieKind = (typeof TIE_KINDS)[number]
export type TieStrength = 1 | 2 | 3

/** A tie between two people (never me). `a < b` lexicographically; `id` is derived from the pair. */
export interface Tie {
  id: TieId
  a: PersonId
  b: PersonId
  kind: TieKind
  strength: TieStrength
  /** ISO date. */
  since: string | null
  notes: string
}

export interface Interaction {
  id: string
  /** ISO date. */
  date: string
  kind: InteractionKind
  personIds: PersonId[]
  note: string
}

export interface Project {
  id: string
  name: string
  /** A set: concurrent adds on two machines both survive. Read in id order. */
  memberIds: PersonId[]
  start: string | null
  end: string | null
  deadline: string | null
  finishedAt: string | null
  myRole: string
  /** How it went: finished early or late, what went well, what I would change. */
  notes: string
  /** What I learned working on it (schema 2; reads as '' on older data). */
  learned?: string
  /** Whether I took on chores nobody owned, as the essay asks; null when not recorded (schema 2). */
  tookUnownedChores?: boolean | null
}

export interface GraphEvent {
  id: string
  name: string
  kind: EventKind
  where: string | null
  date: string | null
  /**
   * People met there, each with a line on what exchange we could have. A set keyed by person, in
   * person id order. `followUp` marks people added from this event: they get a follow-up due a few
   * days after `date` (schema 2; absent reads as false).
   */
  met: MetAtEvent[]
}

export interface MetAtEvent {
  personId: PersonId
  exchange: string
  followUp?: boolean
}

export interface Opportunity {
  id: string
  /** ISO date it came. */
  date: string
  kind: OpportunityKind
  title: string
  /** The chain of introductions, nearest to me first; the last one brought it. */
  viaPersonIds: PersonId[]
  field: IsicSectionId | null
  note: string
}

/** What a keep-in-touch cadence is chosen by: a role toward me, or 'none' for people without one. */
export const CADENCE_ROLES = ['advisor', 'collaborator', 'peer', 'mentee', 'none'] as const satisfies readonly (Role | 'none')[]
export type CadenceRole = (typeof CADENCE_ROLES)[number]
/** Days between real contacts, or 'off' for no keep-in-touch reminders. */
export type Cadence = number | 'off'

/** The two kinds of item on the Today list. */
export const TODAY_ITEM_KINDS = ['follow-up', 'keep-in-touch'] as const
export type TodayItemKind = (typeof TODAY_ITEM_KINDS)[number]

/**
 * An item moved to another day. `dueOn` is the due day it postponed: once contact moves the due
 * day, the snooze no longer applies (it was for the old occurrence), so it never hides a new one.
 */
export interface Snooze {
  item: TodayItemKind
  /** ISO date the item is moved to. */
  until: string
  /** ISO date the item was due when snoozed. */
  dueOn: string
}

/** Per-person workflow state that is stored (everything else is derived from the log). */
export interface PersonWorkflow {
  personId: PersonId
  /** Overrides the role default; null = use the default. */
  cadence: Cadence | null
  snoozes: Snooze[]
}

/** The vault's workflow settings as stored: only what the user changed (defaults live in code). */
export interface StoredWorkflowSettings {
  /** Days after meeting that a follow-up falls due. */
  followUpDays?: number
  cadence?: Partial<Record<CadenceRole, Cadence>>
  notificationsEnabled?: boolean
  notificationsPerDay?: number
}

/** Everything the workflow stores besides records: read with `readWorkflow(doc)`. */
export interface WorkflowData {
  settings: StoredWorkflowSettings
  /** Only people with something stored, in id order. */
  people: PersonWorkflow[]
}

/**
 * A read-only view of the whole vault. `people` holds only people not in the trash; `ties` only
 * ties whose both ends are not in the trash. `trash` lists trashed people.
 */
export interface GraphSnapshot {
  schemaVersion: number
  me: Me
  people: Person[]
  ties: Tie[]
  trash: Person[]
  interactions: Interaction[]
  projects: Project[]
  events: GraphEvent[]
  opportunities: Opportunity[]
}
