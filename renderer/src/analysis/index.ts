export { useAnalysis } from './use-analysis'
export type { AnalysisState, AnalysisStatus } from './analysis-client'
