import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import Graph from 'graphology'
import { parse as parseGexf } from 'graphology-gexf'
import { parse as parseGraphml } from 'graphology-graphml'
import Papa from 'papaparse'
import { describe, expect, it } from 'vitest'
import { validateXML } from 'xmllint-wasm'
import * as Y from 'yjs'
import { addPerson, linkPeople, readGraph } from '../../../../shared/graph'
import { analyzeNetwork } from '../../../../shared/analysis'
import { generateSampleNetwork } from '../../../../shared/sample'
import { applyImport, exportEgor, exportGexf, exportGraphml, exportPeopleCsv, exportVcard, networkTable, parseImport, type ImportDecision } from '../../../../shared/io'
import { FIXTURES } from './fixtures'

const schema = (name: string) => ({ fileName: name, contents: readFileSync(resolve(FIXTURES, 'schemas', name), 'utf8') })

function awkwardVault(): Y.Doc {
  const doc = new Y.Doc()
  const sample = generateSampleNetwork(3)
  for (const { createdAt: _c, updatedAt: _u, deletedAt: _d, ...person } of sample.people) addPerson(doc, person)
  for (const t of sample.ties) linkPeople(doc, t.a, t.b, { kind: t.kind, strength: t.strength, since: t.since, notes: t.notes })
  addPerson(doc, {
    id: 'awk',
    name: 'A <b>&"quotes"\' 🎉\nline',
    reading: 'えー',
    organization: 'R&D; "Lab", Inc.',
    tags: ['=SUM(A1)', 'x,y'],
    notes: 'semi; colon, comma\\ back\nslash',
  })
  linkPeople(doc, 'awk', sample.people[0].id, { kind: 'work', strength: 3, since: '2020-01-02' })
  return doc
}

describe('network exports', () => {
  const doc = awkwardVault()
  const snapshot = readGraph(doc)
  const report = analyzeNetwork(snapshot, { now: Date.parse('2025-06-01') })
  const table = networkTable(snapshot, { analysis: report })
  const analysis = 'none' as const

  it('GEXF 1.3 validates against the schema and re-imports into graphology with every node, edge and attribute', async () => {
    const xml = exportGexf(snapshot, { analysis: report, exportedAt: new Date('2025-06-01') })
    const result = await validateXML({ xml: { fileName: 'kizuna.gexf', contents: xml }, schema: [schema('gexf.xsd')], preload: [schema('data.xsd'), schema('viz.xsd')] })
    expect(result.errors).toEqual([])
    const graph = parseGexf(Graph, xml)
    expect(graph.order).toBe(table.nodes.length)
    expect(graph.size).toBe(table.edges.length)
    for (const n of table.nodes) {
      const present = Object.fromEntries(Object.entries(n.values).filter(([, v]) => v !== null))
      expect(graph.getNodeAttributes(n.id)).toEqual({ label: n.label, ...present })
    }
    for (const e of table.edges) {
      expect(graph.getEdgeAttributes(graph.edge(e.source, e.target))).toEqual({ weight: e.weight, ...Object.fromEntries(Object.entries(e.values).filter(([, v]) => v !== null)) })
    }
    expect(table.nodes.some((n) => typeof n.values.community === 'number')).toBe(true)
  })

  it('GraphML validates against the schema and re-imports into graphology with every node, edge and attribute', async () => {
    const xml = exportGraphml(snapshot, { analysis: report })
    const result = await validateXML({ xml: { fileName: 'kizuna.graphml', contents: xml }, schema: [schema('graphml.xsd')] })
    expect(result.errors).toEqual([])
    const graph = parseGraphml(Graph, xml)
    expect([graph.order, graph.size]).toEqual([table.nodes.length, table.edges.length])
    for (const n of table.nodes) {
      expect(graph.getNodeAttributes(n.id)).toEqual({ label: n.label, ...Object.fromEntries(Object.entries(n.values).filter(([, v]) => v !== null)) })
    }
    for (const e of table.edges) {
      expect(graph.getEdgeAttributes(graph.edge(e.source, e.target))).toEqual({ weight: e.weight, ...Object.fromEntries(Object.entries(e.values).filter(([, v]) => v !== null)) })
    }
  })

  it('without a report, community labels come from detectCommunities alone and equal the analysis labels', () => {
    const plain = networkTable(snapshot)
    expect(plain.nodes.map((n) => [n.id, n.values.community, n.values.echoChamber])).toEqual(table.nodes.map((n) => [n.id, n.values.community, null]))
  })

  it('egor CSVs: one ego, every alter, every alter-alter tie', () => {
    const csv = exportEgor(snapshot, { analysis })
    const rows = (text: string) => Papa.parse<Record<string, string>>(text.trim(), { header: true }).data
    expect(rows(csv.egos)).toHaveLength(1)
    expect(rows(csv.alters).map((r) => r.alterID)).toEqual(snapshot.people.map((p) => p.id))
    expect(rows(csv.aaties).map((r) => [r.Source, r.Target, r.strength])).toEqual(snapshot.ties.map((t) => [t.a, t.b, String(t.strength)]))
    expect(rows(csv.alters).find((r) => r.alterID === 'awk')).toMatchObject({ egoID: 'me', name: 'A <b>&"quotes"\' 🎉\nline', tags: "'=SUM(A1); x,y" })
  })
})

describe('address-book exports', () => {
  const doc = awkwardVault()
  const snapshot = readGraph(doc)

  it('vCard 4.0 folds at 75 octets without splitting characters, escapes, and reads back the same people', () => {
    const text = exportVcard(snapshot)
    for (const line of text.split('\r\n')) expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75)
    expect(text).toContain('ORG:R&D\\; "Lab"\\, Inc.')
    const preview = parseImport(text)
    expect(preview.people.map((p) => [p.name, p.reading, p.organization, p.tags, p.notes, [...p.emails, ...p.phones, ...p.urls]])).toEqual(
      snapshot.people.map((p) => [p.name, p.reading, p.organization, p.tags, p.notes, p.handles.map((h) => h.value)]),
    )
  })

  it('people CSV round-trips through a CSV parser, with formulas neutralised', () => {
    const rows = Papa.parse<Record<string, string>>(exportPeopleCsv(snapshot, { bom: true }).slice(1).trim(), { header: true }).data
    expect(rows.map((r) => r.id)).toEqual(snapshot.people.map((p) => p.id))
    expect(rows.find((r) => r.id === 'awk')).toMatchObject({ name: 'A <b>&"quotes"\' 🎉\nline', tags: "'=SUM(A1); x,y", notes: 'semi; colon, comma\\ back\nslash' })
  })

  it('a vCard export imports into an empty vault with the same people', () => {
    const preview = parseImport(exportVcard(snapshot))
    const target = new Y.Doc()
    applyImport(
      target,
      preview,
      preview.people.map((): ImportDecision => ({ action: 'new' })),
    )
    expect(
      readGraph(target)
        .people.map((p) => p.name)
        .sort(),
    ).toEqual(snapshot.people.map((p) => p.name).sort())
  })
})
