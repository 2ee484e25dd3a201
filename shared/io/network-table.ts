/**
 * The network exports' shared view of a vault: one row of attributes per person and per tie, with
 * community labels (Louvain) and echo-chamber flags, so GEXF, GraphML and the egor CSVs carry the
 * same columns. The labels come from an analysis report the caller already has (the app's views
 * compute one anyway), else from detectCommunities alone with the analysis's seed; echo-chamber
 * flags need the full report and are left out without one. Contact handles and notes are left out
 * of network files on purpose: those files go to analysis tools and collaborators, not to address
 * books.
 *
 * Restarts without a report: up to SINGLE_RESTART_MIN_TIES ties detectCommunities runs
 * with analyzeNetwork's default restarts, so the labels equal the analysis's. Above it the export
 * runs ONE seeded Louvain restart (refined as usual): on 18,000 people / 28,000 ties the default 7
 * restarts cost ~0.4-1.5 s, most of the 1 s export budget, and buy ~5e-4 of modularity (0.7894 vs
 * 0.7899), below what the analysis itself calls noise at that size (communities.ts). Labels of a
 * large export can then differ from the analysis view's; a caller that needs them equal passes
 * its report.
 */
import { detectCommunities, type NetworkReport } from '../analysis'
import type { GraphSnapshot } from '../graph'

export type AttributeType = 'string' | 'integer' | 'boolean'
export interface AttributeColumn {
  id: string
  title: string
  type: AttributeType
}
export type AttributeValue = string | number | boolean | null

export const NODE_COLUMNS: readonly AttributeColumn[] = [
  { id: 'reading', title: 'reading', type: 'string' },
  { id: 'organization', title: 'organization', type: 'string' },
  { id: 'location', title: 'location', type: 'string' },
  { id: 'gender', title: 'gender', type: 'string' },
  { id: 'birthYear', title: 'birth year', type: 'integer' },
  { id: 'ageBand', title: 'age band', type: 'string' },
  { id: 'occupation', title: 'occupation (ISCO-08 major)', type: 'string' },
  { id: 'occupationSubMajor', title: 'occupation (ISCO-08 sub-major)', type: 'string' },
  { id: 'industry', title: 'industry (ISIC section)', type: 'string' },
  { id: 'values', title: 'values (Schwartz)', type: 'string' },
  { id: 'fieldTags', title: 'fields', type: 'string' },
  { id: 'tags', title: 'tags', type: 'string' },
  { id: 'roles', title: 'roles', type: 'string' },
  { id: 'community', title: 'community', type: 'integer' },
  { id: 'echoChamber', title: 'in an echo chamber', type: 'boolean' },
]

export const EDGE_COLUMNS: readonly AttributeColumn[] = [
  { id: 'kind', title: 'kind', type: 'string' },
  { id: 'strength', title: 'strength', type: 'integer' },
  { id: 'since', title: 'since', type: 'string' },
]

export interface NetworkRow {
  id: string
  label: string
  values: Record<string, AttributeValue>
}
export interface NetworkEdgeRow {
  id: string
  source: string
  target: string
  weight: number
  values: Record<string, AttributeValue>
}
export interface NetworkTable {
  nodes: NetworkRow[]
  edges: NetworkEdgeRow[]
}

export interface NetworkExportOptions {
  /**
   * A report computed earlier (communities and echo chambers), 'communities' (detectCommunities
   * here, no echo-chamber flags; the default) or 'none' (neither).
   */
  analysis?: NetworkReport | 'communities' | 'none'
}

const list = (items: readonly string[]) => (items.length === 0 ? null : items.join('; '))

export function networkTable(snapshot: GraphSnapshot, options: NetworkExportOptions = {}): NetworkTable {
  const analysis = options.analysis ?? 'communities'
  const report = typeof analysis === 'string' ? null : analysis
  const communityOf = report !== null ? report.communities.communityOf : analysis === 'communities' ? communitiesOf(snapshot) : null
  const inChamber = new Set(report?.echoChambers.flatMap((c) => c.memberIds) ?? [])
  const nodes = snapshot.people.map((p) => ({
    id: p.id,
    label: p.name,
    values: {
      reading: p.reading,
      organization: p.organization,
      location: p.location,
      gender: p.gender,
      birthYear: p.birthYear,
      ageBand: p.ageBand,
      occupation: p.occupation?.major ?? null,
      occupationSubMajor: p.occupation?.subMajor ?? null,
      industry: p.industry,
      values: list(p.values),
      fieldTags: list(p.fieldTags),
      tags: list(p.tags),
      roles: list(p.roles),
      community: communityOf?.[p.id] ?? null,
      echoChamber: report === null ? null : inChamber.has(p.id),
    },
  }))
  const edges = snapshot.ties.map((t) => ({
    id: t.id,
    source: t.a,
    target: t.b,
    weight: t.strength,
    values: { kind: t.kind, strength: t.strength, since: t.since },
  }))
  return { nodes, edges }
}

/**
 * Above this many ties an export runs one Louvain restart (see the header). The size where
 * communities.ts itself stops refining every restart (REFINE_EVERY_RESTART_MAX_EDGES, not part of
 * the analysis's public API) because restarts differ by little there.
 */
export const SINGLE_RESTART_MIN_TIES = 10_000

/** Louvain labels with analyzeNetwork's seed and weights; restarts as in the header. */
function communitiesOf(snapshot: GraphSnapshot): Record<string, number> {
  const live = new Set(snapshot.people.map((p) => p.id))
  const edges = snapshot.ties.filter((t) => live.has(t.a) && live.has(t.b)).map((t) => ({ source: t.a, target: t.b, weight: t.strength }))
  const restarts = edges.length > SINGLE_RESTART_MIN_TIES ? 1 : undefined
  return detectCommunities({ nodes: snapshot.people.map((p) => ({ id: p.id })), edges }, { seed: 1, restarts }).communityOf
}

const NEEDS_ESCAPE = /[&<>"\n\r\t]|[^\u0020-\uD7FF\uE000-\uFFFD]/
const FORBIDDEN = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu
const MARKUP = /[&<>"\n\r\t]/g
const ENTITY: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', '\n': '&#10;', '\r': '&#13;', '\t': '&#9;' }
const entityOf = (ch: string) => ENTITY[ch]

/** Text safe inside XML 1.0 attributes and elements: escapes markup, drops characters XML forbids. */
export function xmlText(value: string): string {
  // Most values (ids, names, enum values) need nothing: one test and no copy for them.
  if (!NEEDS_ESCAPE.test(value)) return value
  return value.replace(FORBIDDEN, '').replace(MARKUP, entityOf)
}

/** An attribute value as XML text; numbers and booleans never need escaping. */
export function xmlValue(value: string | number | boolean): string {
  return typeof value === 'string' ? xmlText(value) : String(value)
}
