/**
 * The network exports' shared view of a vault: one row of attributes per person and per tie, with
 * community labels (Louvain) and echo-chamber flags, so GEXF, GraphML and the egor CSVs carry the
 * same columns. The labels come from an analysis report the caller already has (the app's views
 * compute one anyway), else from detectCommunities alone with the analysis's seed, which gives the
 * same labels as analyzeNetwork for the same graph at a fraction of the cost; echo-chamber flags
 * need the full report and are left out without one. Contact handles and notes are left out of network files on
 * purpose: those files go to analysis tools and collaborators, not to address books.
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

/** Louvain labels with analyzeNetwork's defaults (seed 1, weighted by strength, default restarts). */
function communitiesOf(snapshot: GraphSnapshot): Record<string, number> {
  const live = new Set(snapshot.people.map((p) => p.id))
  const edges = snapshot.ties.filter((t) => live.has(t.a) && live.has(t.b)).map((t) => ({ source: t.a, target: t.b, weight: t.strength }))
  return detectCommunities({ nodes: snapshot.people.map((p) => ({ id: p.id })), edges }, { seed: 1 }).communityOf
}

const NEEDS_ESCAPE = /[&<>"\n\r\t]|[^\u0020-\uD7FF\uE000-\uFFFD]/

/** Text safe inside XML 1.0 attributes and elements: escapes markup, drops characters XML forbids. */
export function xmlText(value: string): string {
  // Most values (ids, names, enum values) need nothing: skip the seven replaces for them.
  if (!NEEDS_ESCAPE.test(value)) return value
  return value
    .replace(/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/\n/g, '&#10;')
    .replace(/\r/g, '&#13;')
    .replace(/\t/g, '&#9;')
}
