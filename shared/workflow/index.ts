/**
 * The workflow core: follow-ups, keep-in-touch cadence, Today, the give-and-take ledger,
 * opportunity provenance and quick capture. Pure functions over graph snapshots; the writes they
 * lead to live in shared/graph (logInteraction, snooze, setCadence, ...).
 */
export { addDays, dayNumber, daysBetween, isoOfDay, todayIn } from './calendar-days'
export {
  DEFAULT_CADENCE,
  DEFAULT_FOLLOW_UP_DAYS,
  DEFAULT_NOTIFICATIONS_PER_DAY,
  chooseCadence,
  resolveWorkflowSettings,
  type CadenceSource,
  type ChosenCadence,
  type WorkflowSettings,
} from './settings'
export { REAL_CONTACT_KINDS, collectContacts, collectMeetings, isFollowUpDone, type ContactFacts, type PendingFollowUp } from './contact'
export { DRIFT_HALF_LIFE_DAYS, DRIFT_WATCHED_ROLES, FADING_BELOW, findFading, measureDrift, paceRoleOf, warmthAfter, type TieWarmth } from './drift'
export { indexInteractions, type InteractionIndex } from './interaction-index'
export { computeToday, DONE_KIND, type TodayItem, type TodayOptions, type TodayReason } from './today'
export { planToday, TODAY_INDIVIDUAL_ITEMS, UPCOMING_DAYS, type TodayGroup, type TodayPlan } from './today-plan'
export { computeLedger, flagsOf, CONSULTS_ME_OFTEN, ONLY_TAKE_MIN_RECEIVED, type Ledger, type LedgerCounts, type LedgerEntry, type LedgerFlag, type LedgerPeriod } from './ledger'
export { traceOpportunities, type ChainLink, type MetSource, type OpportunityProvenance, type Provenance, type ProvenanceSummary } from './provenance'
export { parseQuickCapture, type Mention, type QuickCapture } from './quick-capture'
export { matchPeople, type NamedPerson, type PersonCandidate } from './name-match'
