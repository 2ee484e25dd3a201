/**
 * Ego-network CSVs for R's egor package (Krenz et al., "egor: Import and Analyse Ego-Centered
 * Network Data", CRAN), shaped for
 *   egor::threefiles_to_egor(egos, alters.df, edges,
 *     ID.vars = list(ego = "egoID", alter = "alterID", source = "Source", target = "Target"))
 *  - egos.csv:   one row, the user (egoID "me"), with the profile attributes
 *  - alters.csv: egoID, alterID (the vault person id), the same attributes plus roles and
 *                community (from analyzeNetwork) and echoChamber
 *  - aaties.csv: egoID, Source, Target, kind, strength, since (alter-alter ties)
 * Missing values are empty cells (R's read.csv reads them as NA for numbers).
 */
import Papa from 'papaparse'
import type { GraphSnapshot } from '../graph'
import { networkTable, type NetworkExportOptions } from './network-table'

export interface EgorCsvs {
  egos: string
  alters: string
  aaties: string
}

const EGO_ID = 'me'
const cell = (v: string | number | boolean | null | undefined) => (v === null || v === undefined ? '' : String(v))

export function exportEgor(snapshot: GraphSnapshot, options: NetworkExportOptions = {}): EgorCsvs {
  const table = networkTable(snapshot, options)
  const unparse = (fields: string[], data: (string | number | boolean | null | undefined)[][]) =>
    `${Papa.unparse({ fields, data: data.map((r) => r.map(cell)) }, { escapeFormulae: true, newline: '\r\n' })}\r\n`
  const me = snapshot.me
  const egoFields = ['egoID', 'name', 'gender', 'birthYear', 'ageBand', 'occupation', 'industry', 'values', 'organization', 'location']
  const egos = unparse(egoFields, [[EGO_ID, me.name, me.gender, me.birthYear, me.ageBand, me.occupation?.major, me.industry, me.values.join('; '), me.organization, me.location]])
  const attributes = table.nodes.length === 0 ? [] : Object.keys(table.nodes[0].values)
  const alters = unparse(
    ['egoID', 'alterID', 'name', ...attributes],
    table.nodes.map((n) => [EGO_ID, n.id, n.label, ...attributes.map((a) => n.values[a])]),
  )
  const aaties = unparse(
    ['egoID', 'Source', 'Target', 'kind', 'strength', 'since'],
    table.edges.map((e) => [EGO_ID, e.source, e.target, e.values.kind, e.values.strength, e.values.since]),
  )
  return { egos, alters, aaties }
}
