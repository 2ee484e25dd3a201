/**
 * Import and export formats: pure functions from text or bytes to plain data and back, plus the
 * two writes (applyImport, mergePeople) that go through shared/graph.
 */
export { parseImport, parseImportSteps, detectFormat, type ParseImportOptions } from './parse-import'
export { IMPORT_PHASES, ITEMS_PER_STEP, oneStep, runSteps, type ImportPhase, type ImportProgress, type Steps } from './import-steps'
export { ImportError, describePosition, type ImportErrorCode } from './import-error'
export {
  IMPORT_FORMATS,
  type CalendarMeeting,
  type ImportedPerson,
  type ParsedCalendar,
  type ImportFormat,
  type ImportPreview,
  type ImportWarning,
  type SourcePosition,
} from './import-types'
export { decodeText } from './text-decoding'
export { normalizeEmail, normalizePhone, normalizeName } from './normalize'
export { nameSimilarity, nameForms, sortedNameKey, NAME_SIMILARITY_THRESHOLD, type NameForms } from './name-similarity'
export {
  findDuplicates,
  findDuplicatesSteps,
  MAX_PER_NAME_KEY,
  type DuplicateCandidate,
  type DuplicateReason,
  type FindDuplicatesOptions,
  type MatchTarget,
} from './find-duplicates'
export { defaultNameKeys, REASON_ORDER, type NameKeyInput, type NameKeys } from './match-evidence'
export { bestCandidates, decisionFor, settleDecisions, suggestDecisions, type DecisionOptions, type DuplicatePolicy, type ImportDecision } from './import-decisions'
export { reportImport, type ImportCounts, type ImportReport, type ReportedMatch } from './import-report'
export { importIcs, FOLLOW_UP_WINDOW_DAYS, type CalendarImportOptions } from './ics-import'
export { planCalendar, plannedIds, suggestCalendarDecisions, type CalendarCounts, type CalendarPlan } from './calendar-records'
export { applyImport, type ApplyImportOptions, type ImportResult } from './apply-import'
export { mergePeople } from './merge-people'
export { exportPeopleCsv, PEOPLE_CSV_COLUMNS } from './csv-export'
export { exportVcard } from './vcard-export'
export { exportGexf } from './gexf-export'
export { exportGraphml } from './graphml-export'
export { exportEgor, type EgorCsvs } from './egor-export'
export { networkTable, type NetworkExportOptions } from './network-table'
export * from './kizuna-json'
export { restoreVault, summarizeGraph, summarizeUpdate, MAX_SUMMARY_NAMES, type RestoreResult, type VaultSummary } from './restore-vault'
export { jsonChunks, LazyJsonArray } from './json-chunks'
