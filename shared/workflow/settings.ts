/**
 * Workflow defaults and how a person's cadence is chosen.
 *
 * Keep-in-touch is for the people I chose to keep close: by a role toward me, or by my say-so (a
 * cadence set on the person, one at a time or in bulk). Everyone else is off by default, so an
 * imported address book of 500 contacts puts nobody on Today; the user may still give "no role"
 * a cadence in Settings.
 *
 * Default keep-in-touch cadences, in days, by role toward me. They loosely follow Dunbar's layers
 * of closeness (roughly monthly contact for the closest ~15 people, a few times a year for ~150)
 * and the essay's reasons for each relationship:
 *   collaborator  30  we work on something together; a month of silence means the work drifted
 *   advisor       60  "consult anytime" needs a warm tie, but advisors are often busy: every two
 *                     months keeps the door open without becoming a burden
 *   mentee        45  they consult me; checking in every six weeks keeps my giving regular
 *   peer          90  people on a similar path: a season's news keeps mutual encouragement alive
 *   none         off  everyone else: the essay's "broad and shallow is fine" does not mean a
 *                     reminder for every name in an address book
 * A person with several roles gets the shortest of their roles' cadences.
 */
import { CADENCE_ROLES, type Cadence, type CadenceRole, type PersonWorkflow, type Role, type StoredWorkflowSettings } from '../graph'

export const DEFAULT_CADENCE: Readonly<Record<CadenceRole, Cadence>> = {
  collaborator: 30,
  advisor: 60,
  mentee: 45,
  peer: 90,
  none: 'off',
}
/** The essay: contact new people early; two days leaves time for a considered thank-you. */
export const DEFAULT_FOLLOW_UP_DAYS = 2
/** "At most a few a day": more than three reminders a day turns into noise people switch off. */
export const DEFAULT_NOTIFICATIONS_PER_DAY = 3

/** The settings with every default filled in. */
export interface WorkflowSettings {
  followUpDays: number
  cadence: Record<CadenceRole, Cadence>
  notificationsEnabled: boolean
  notificationsPerDay: number
}

export function resolveWorkflowSettings(stored: StoredWorkflowSettings = {}): WorkflowSettings {
  const cadence = { ...DEFAULT_CADENCE }
  for (const role of CADENCE_ROLES) {
    const value = stored.cadence?.[role]
    if (value !== undefined) cadence[role] = value
  }
  return {
    followUpDays: stored.followUpDays ?? DEFAULT_FOLLOW_UP_DAYS,
    cadence,
    notificationsEnabled: stored.notificationsEnabled ?? true,
    notificationsPerDay: stored.notificationsPerDay ?? DEFAULT_NOTIFICATIONS_PER_DAY,
  }
}

/** Where a person's cadence came from: their own override or one of their roles' defaults. */
export type CadenceSource = 'person' | CadenceRole

export interface ChosenCadence {
  cadence: Cadence
  source: CadenceSource
}

/** The cadence for a person: the override, else the shortest of their roles', else 'none'. */
export function chooseCadence(roles: readonly Role[], state: PersonWorkflow | undefined, settings: WorkflowSettings): ChosenCadence {
  if (state?.cadence != null) return { cadence: state.cadence, source: 'person' }
  if (roles.length === 0) return { cadence: settings.cadence.none, source: 'none' }
  let best: ChosenCadence | null = null
  for (const role of roles) {
    const cadence = settings.cadence[role]
    if (cadence === 'off') continue
    if (best === null || best.cadence === 'off' || cadence < best.cadence) best = { cadence, source: role }
  }
  return best ?? { cadence: 'off', source: roles[0] }
}
