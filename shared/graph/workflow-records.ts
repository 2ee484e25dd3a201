/**
 * What the follow-up and keep-in-touch workflow stores besides records: the vault's settings, a
 * per-person cadence override and snoozes. Due days and last contact are never stored; they are
 * derived from the log by shared/workflow.
 *
 *   meta    setting:followUpDays            -> days (0-60)
 *           setting:cadence:<cadenceRole>   -> days (1-3650) | 'off'
 *           setting:notificationsEnabled    -> boolean
 *           setting:notificationsPerDay     -> 0-20
 *   people  <personId> row: cadence         -> days | 'off'     (absent = the role default)
 *                           snooze:<item>   -> { until, dueOn } (item: follow-up | keep-in-touch)
 *
 * Why settings are flat keys in the `meta` root: a root map is shared by name, so two machines
 * changing settings before they first sync still merge key by key (a nested map created on both
 * would keep only one). Nothing is written until the user changes a setting (never seeded), and
 * `meta` is outside the undo scope: undo reverts edits to the network, not preferences.
 * Why overrides and snoozes live on the person's row: they go with the person (purge removes
 * them; the trash hides them), and observers already report the person as changed.
 */
import * as Y from 'yjs'
import { z } from 'zod'
import { parseInput } from './errors'
import { isoDateSchema, personIdSchema } from './inputs'
import { originOf, type WriteOptions } from './origins'
import { requirePerson } from './people'
import { setIfChanged } from './profile-codec'
import { root, stampSchemaVersion, type Row } from './schema'
import {
  CADENCE_ROLES,
  type Cadence,
  type CadenceRole,
  type PersonId,
  type PersonWorkflow,
  type Snooze,
  type StoredWorkflowSettings,
  TODAY_ITEM_KINDS,
  type TodayItemKind,
  type WorkflowData,
} from './types'

const SETTING = 'setting:'
const CADENCE_KEY = 'cadence'
const SNOOZE = 'snooze:'

/** Upper bounds keep a typo (3650 instead of 365) from silently switching reminders off for years. */
export const MAX_FOLLOW_UP_DAYS = 60
export const MAX_CADENCE_DAYS = 3650
export const MAX_NOTIFICATIONS_PER_DAY = 20

export const cadenceSchema = z.union([z.int().min(1).max(MAX_CADENCE_DAYS), z.literal('off')])
const cadenceRoleSchema = z.enum(CADENCE_ROLES)
const todayItemKindSchema = z.enum(TODAY_ITEM_KINDS)

export const workflowSettingsPatchSchema = z
  .object({
    followUpDays: z.int().min(0).max(MAX_FOLLOW_UP_DAYS),
    cadence: z.partialRecord(cadenceRoleSchema, cadenceSchema.nullable()),
    notificationsEnabled: z.boolean(),
    notificationsPerDay: z.int().min(0).max(MAX_NOTIFICATIONS_PER_DAY),
  })
  .partial()
  .strict()
/** A settings change; a role's cadence set to null goes back to the built-in default. */
export type WorkflowSettingsPatch = z.input<typeof workflowSettingsPatchSchema>

export function setWorkflowSettings(doc: Y.Doc, patch: WorkflowSettingsPatch, options?: WriteOptions): void {
  const clean = parseInput(workflowSettingsPatchSchema, patch, 'settings')
  const meta = root(doc, 'meta')
  const put = (key: string, value: unknown) => {
    if (value === null) {
      if (meta.has(SETTING + key)) meta.delete(SETTING + key)
    } else if (value !== undefined) setIfChanged(meta, SETTING + key, value)
  }
  doc.transact(() => {
    stampSchemaVersion(doc)
    put('followUpDays', clean.followUpDays)
    put('notificationsEnabled', clean.notificationsEnabled)
    put('notificationsPerDay', clean.notificationsPerDay)
    for (const [role, cadence] of Object.entries(clean.cadence ?? {})) put(`cadence:${role}`, cadence)
  }, originOf(options))
}

/** Only what the user set; a stored value of the wrong shape reads as unset (migrate on read). */
export function readWorkflowSettings(doc: Y.Doc): StoredWorkflowSettings {
  const meta = root(doc, 'meta')
  const get = <T>(schema: z.ZodType<T>, key: string): T | undefined => {
    const parsed = schema.safeParse(meta.get(SETTING + key))
    return parsed.success ? parsed.data : undefined
  }
  const out: StoredWorkflowSettings = {}
  const followUpDays = get(workflowSettingsPatchSchema.shape.followUpDays.unwrap(), 'followUpDays')
  if (followUpDays !== undefined) out.followUpDays = followUpDays
  const enabled = get(z.boolean(), 'notificationsEnabled')
  if (enabled !== undefined) out.notificationsEnabled = enabled
  const perDay = get(workflowSettingsPatchSchema.shape.notificationsPerDay.unwrap(), 'notificationsPerDay')
  if (perDay !== undefined) out.notificationsPerDay = perDay
  const cadence: Partial<Record<CadenceRole, Cadence>> = {}
  for (const role of CADENCE_ROLES) {
    const value = get(cadenceSchema, `cadence:${role}`)
    if (value !== undefined) cadence[role] = value
  }
  if (Object.keys(cadence).length > 0) out.cadence = cadence
  return out
}

/** Overrides a person's keep-in-touch cadence: days, 'off', or null for the role default. */
export function setCadence(doc: Y.Doc, personId: PersonId, cadence: Cadence | null, options?: WriteOptions): void {
  const clean = parseInput(cadenceSchema.nullable(), cadence, 'cadence')
  const row = requirePerson(doc, parseInput(personIdSchema, personId, 'personId'))
  doc.transact(() => {
    stampSchemaVersion(doc)
    if (clean === null) {
      if (row.has(CADENCE_KEY)) row.delete(CADENCE_KEY)
    } else setIfChanged(row, CADENCE_KEY, clean)
  }, originOf(options))
}

/**
 * One cadence for many people in one transaction (one undo step): "keep in touch" chosen in bulk,
 * or "stop reminding" ('off') for a whole Today group. Every id is checked before anything is written.
 */
export function setCadenceFor(doc: Y.Doc, personIds: readonly PersonId[], cadence: Cadence | null, options?: WriteOptions): void {
  const clean = parseInput(cadenceSchema.nullable(), cadence, 'cadence')
  const rows = personIds.map((id) => requirePerson(doc, parseInput(personIdSchema, id, 'personId')))
  doc.transact(() => {
    stampSchemaVersion(doc)
    for (const row of rows) {
      if (clean === null) {
        if (row.has(CADENCE_KEY)) row.delete(CADENCE_KEY)
      } else setIfChanged(row, CADENCE_KEY, clean)
    }
  }, originOf(options))
}

const snoozeSchema = z.object({ item: todayItemKindSchema, until: isoDateSchema, dueOn: isoDateSchema }).strict()

/**
 * Moves one Today item of a person to `until` without logging contact. `dueOn` is the due day
 * being postponed (from the Today item); a later contact makes the snooze moot by moving it.
 */
export function snooze(doc: Y.Doc, personId: PersonId, input: Snooze, options?: WriteOptions): void {
  const { item, until, dueOn } = parseInput(snoozeSchema, input, 'snooze')
  const row = requirePerson(doc, parseInput(personIdSchema, personId, 'personId'))
  doc.transact(() => {
    stampSchemaVersion(doc)
    setIfChanged(row, SNOOZE + item, { until, dueOn })
  }, originOf(options))
}

/** Snoozes many Today items in one transaction (one undo step); all are checked before any is written. */
export function snoozeAll(doc: Y.Doc, entries: readonly { personId: PersonId; snooze: Snooze }[], options?: WriteOptions): void {
  const rows = entries.map((e) => ({ row: requirePerson(doc, parseInput(personIdSchema, e.personId, 'personId')), value: parseInput(snoozeSchema, e.snooze, 'snooze') }))
  doc.transact(() => {
    stampSchemaVersion(doc)
    for (const { row, value } of rows) setIfChanged(row, SNOOZE + value.item, { until: value.until, dueOn: value.dueOn })
  }, originOf(options))
}

export function clearSnooze(doc: Y.Doc, personId: PersonId, item: TodayItemKind, options?: WriteOptions): void {
  const row = requirePerson(doc, parseInput(personIdSchema, personId, 'personId'))
  if (!row.has(SNOOZE + item)) return
  doc.transact(() => row.delete(SNOOZE + item), originOf(options))
}

/** A stored snooze (its item is in the key). Made once: building a schema per person per read cost seconds at 100,000 people. */
const storedSnoozeSchema = snoozeSchema.omit({ item: true })

export function readPersonWorkflow(personId: PersonId, row: Row): PersonWorkflow | null {
  // Most people have no workflow state: absent keys are skipped without parsing (a failed parse builds an error).
  const stored = row.get(CADENCE_KEY)
  const cadence = stored === undefined ? null : cadenceSchema.safeParse(stored)
  const snoozes: Snooze[] = []
  for (const item of TODAY_ITEM_KINDS) {
    const value = row.get(SNOOZE + item)
    if (value === undefined) continue
    const parsed = storedSnoozeSchema.safeParse(value)
    if (parsed.success) snoozes.push({ item, ...parsed.data })
  }
  if (!cadence?.success && snoozes.length === 0) return null
  return { personId, cadence: cadence?.success ? cadence.data : null, snoozes }
}

/** Settings and per-person workflow state, for people in the trash too (restore brings it back). */
export function readWorkflow(doc: Y.Doc): WorkflowData {
  const people: PersonWorkflow[] = []
  for (const [id, row] of root(doc, 'people').entries()) {
    if (!(row instanceof Y.Map)) continue
    const state = readPersonWorkflow(id, row as Row)
    if (state !== null) people.push(state)
  }
  people.sort((a, b) => (a.personId < b.personId ? -1 : a.personId > b.personId ? 1 : 0))
  return { settings: readWorkflowSettings(doc), people }
}

/** Workflow state as a backup carries it (readWorkflow's shape), checked like the writes above. */
export const workflowDataSchema = z
  .object({
    settings: workflowSettingsPatchSchema,
    people: z.array(
      z
        .object({
          personId: personIdSchema,
          cadence: cadenceSchema.nullable(),
          snoozes: z.array(z.object({ item: todayItemKindSchema, ...storedSnoozeSchema.shape }).strict()),
        })
        .strict(),
    ),
  })
  .strict()

/**
 * Inside a transaction: makes the stored workflow state exactly `data` (already parsed with
 * workflowDataSchema) for the settings and for each person of `scope` whose row exists: settings
 * or overrides absent from `data` are cleared. A restore from backup, not a merge: people outside
 * `scope` keep theirs.
 */
export function replaceWorkflow(doc: Y.Doc, data: z.output<typeof workflowDataSchema>, scope: Iterable<PersonId>): void {
  stampSchemaVersion(doc)
  const meta = root(doc, 'meta')
  const wanted = new Map<string, unknown>()
  const { followUpDays, notificationsEnabled, notificationsPerDay, cadence } = data.settings
  if (followUpDays !== undefined) wanted.set('followUpDays', followUpDays)
  if (notificationsEnabled !== undefined) wanted.set('notificationsEnabled', notificationsEnabled)
  if (notificationsPerDay !== undefined) wanted.set('notificationsPerDay', notificationsPerDay)
  for (const [role, value] of Object.entries(cadence ?? {})) if (value !== null && value !== undefined) wanted.set(`cadence:${role}`, value)
  for (const key of [...meta.keys()]) if (key.startsWith(SETTING) && !wanted.has(key.slice(SETTING.length))) meta.delete(key)
  for (const [key, value] of wanted) setIfChanged(meta, SETTING + key, value)

  const states = new Map(data.people.map((p) => [p.personId, p]))
  for (const personId of scope) {
    const row = root(doc, 'people').get(personId)
    if (!(row instanceof Y.Map)) continue
    const state = states.get(personId)
    if (state?.cadence == null) {
      if (row.has(CADENCE_KEY)) row.delete(CADENCE_KEY)
    } else setIfChanged(row, CADENCE_KEY, state.cadence)
    for (const item of TODAY_ITEM_KINDS) {
      const s = state?.snoozes.find((x) => x.item === item)
      if (s === undefined) {
        if (row.has(SNOOZE + item)) row.delete(SNOOZE + item)
      } else setIfChanged(row, SNOOZE + item, { until: s.until, dueOn: s.dueOn })
    }
  }
}
