/**
 * GraphML export (http://graphml.graphdrawing.org/, schema
 * http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd, with the attr.name/attr.type extension
 * of graphml-attributes.xsd): one undirected graph, a <key> per attribute of network-table.ts
 * (string -> "string", integer -> "int", boolean -> "boolean"), people as nodes with a "label"
 * key, ties as edges with "weight" (double, = strength), kind, strength and since. Missing values
 * are left out.
 */
import type { GraphSnapshot } from '../graph'
import { EDGE_COLUMNS, networkTable, NODE_COLUMNS, xmlText, xmlValue, type AttributeColumn, type AttributeValue, type NetworkExportOptions } from './network-table'

const GRAPHML_TYPE = { string: 'string', integer: 'int', boolean: 'boolean' } as const

function key(domain: 'node' | 'edge', c: AttributeColumn, prefix: string): string {
  return `  <key id="${prefix}${c.id}" for="${domain}" attr.name="${c.id}" attr.type="${GRAPHML_TYPE[c.type]}"/>\n`
}

/** `<data>` elements of one row, by concatenation over the columns (see gexf-export.ts). */
function dataWriter(columns: readonly AttributeColumn[], prefix: string): (values: Record<string, AttributeValue>) => string {
  const opens = columns.map((c) => `<data key="${prefix}${c.id}">`)
  return (values) => {
    let out = ''
    for (let i = 0; i < columns.length; i++) {
      const v = values[columns[i].id]
      if (v !== null && v !== undefined) out += `${opens[i]}${xmlValue(v)}</data>`
    }
    return out
  }
}

export function exportGraphml(snapshot: GraphSnapshot, options: NetworkExportOptions = {}): string {
  const table = networkTable(snapshot, options)
  const parts: string[] = [
    '<?xml version="1.0" encoding="UTF-8"?>\n',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">\n',
    '  <key id="n_label" for="node" attr.name="label" attr.type="string"/>\n',
    ...NODE_COLUMNS.map((c) => key('node', c, 'n_')),
    '  <key id="e_weight" for="edge" attr.name="weight" attr.type="double"/>\n',
    ...EDGE_COLUMNS.map((c) => key('edge', c, 'e_')),
    '  <graph id="kizuna" edgedefault="undirected">\n',
  ]
  const nodeData = dataWriter(NODE_COLUMNS, 'n_')
  const edgeData = dataWriter(EDGE_COLUMNS, 'e_')
  for (const n of table.nodes) {
    parts.push(`    <node id="${xmlText(n.id)}"><data key="n_label">${xmlText(n.label)}</data>${nodeData(n.values)}</node>\n`)
  }
  for (const e of table.edges) {
    parts.push(`    <edge id="${xmlText(e.id)}" source="${xmlText(e.source)}" target="${xmlText(e.target)}"><data key="e_weight">${e.weight}</data>${edgeData(e.values)}</edge>\n`)
  }
  parts.push('  </graph>\n</graphml>\n')
  return parts.join('')
}
