export * from './types'
export * from './taxonomy'
export { effectiveAgeBand, mainValueOf, mainValueGroupOf, valueGroupOf } from './profile-rules'
export { SCHEMA_VERSION, ROOT_NAMES, tieIdOf, readSchemaVersion, type RootName } from './schema'
export { LOCAL_ORIGIN, SYNC_ORIGIN, IMPORT_ORIGIN, CLI_ORIGIN, WINDOW_PEER_ORIGIN, peerOrigin, peerIdOf, type PeerOrigin, type WriteOptions } from './origins'
export { GraphError, type GraphErrorCode } from './errors'
export type { CleanPersonInput, CleanPersonPatch, PersonInput, PersonPatch, ProfilePatch, TiePatch } from './inputs'
export {
  addPerson,
  addCleanPerson,
  updatePerson,
  updateCleanPerson,
  deletePerson,
  restorePerson,
  purgePerson,
  readPerson,
  addTag,
  removeTag,
  addFieldTag,
  removeFieldTag,
  addValue,
  removeValue,
  addRole,
  removeRole,
} from './people'
export { updateMe, readMe } from './me'
export { linkPeople, unlinkPeople, updateTie } from './ties'
export {
  readAllPeople,
  readGraph,
  readGraphIds,
  readListedTie,
  readLivePeopleInSlices,
  readTie,
  readTrashedTies,
  readVisibleTies,
  readWorkflowRecords,
  type GraphIds,
} from './read-graph'
export { readGraphSummary, type GraphSummary } from './summary'
export { setGender, setGenderHidden, readGenders, readStoredGenders, type GenderEntry, type GenderEntryInput } from './genders'
export {
  addInteraction,
  updateInteraction,
  removeInteraction,
  addEvent,
  updateEvent,
  removeEvent,
  addProject,
  updateProject,
  removeProject,
  addOpportunity,
  updateOpportunity,
  removeOpportunity,
} from './records'
export { observeGraph, createUndoManager, type GraphChange } from './observe'
export { normalizeForSearch, matchesQuery, comparePeople } from './search'
export { blankPerson, blankProfile } from './blank-person'
export {
  nameKeys,
  namesMatch,
  nameMatchKeys,
  spokenNameKey,
  nameScript,
  memoRomajiKey,
  MAX_SPOKEN_WORD,
  nameText,
  nameMatchScore,
  queryTermsOf,
  romajiKey,
  searchPeopleByName,
  termMatchesName,
  foldKanjiVariants,
  type NameKeys,
  type NameScript,
  type QueryTerm,
} from './name-keys'
export { graphSnapshotSchema, vaultDataSchema, type VaultData } from './snapshot-schema'
export { writeSnapshot } from './write-snapshot'
export { addProjectMember, removeProjectMember } from './records'
export {
  setWorkflowSettings,
  readWorkflowSettings,
  setCadence,
  setCadenceFor,
  snooze,
  snoozeAll,
  clearSnooze,
  readWorkflow,
  MAX_CADENCE_DAYS,
  MAX_FOLLOW_UP_DAYS,
  MAX_NOTIFICATIONS_PER_DAY,
  type WorkflowSettingsPatch,
} from './workflow-records'
export { logInteraction, logInteractions, markFollowUpDone, addEventWithPeople, type InteractionInput, type EventWithPeopleInput } from './workflow-writes'
// For shared/io's writers and the CLI's command schemas, which apply the same checks as the UI.
export { root } from './schema'
export { addRecord, EVENT, INTERACTION, OPPORTUNITY, PROJECT, interactionKindSchema, type RecordKind } from './records'
export { idSchema, personIdSchema, personInputSchema, personPatchSchema, tiePatchSchema } from './inputs'
export { replaceWorkflow, workflowDataSchema } from './workflow-records'
export { countLivePeople, peopleRowCount } from './people-count'
export {
  APPEND_INDEX_ROOTS,
  canAddWithoutDocument,
  encodePersonAddition,
  readAppendIndex,
  updateStaysOutOf,
  type AppendIndex,
  type PersonAddition,
  type UpdateScope,
} from './appended-writes'
