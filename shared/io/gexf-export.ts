/**
 * GEXF 1.3 export for Gephi (https://gexf.net, schema http://gexf.net/1.3/gexf.xsd): an undirected
 * static graph, people as nodes (label = name) with the attributes of network-table.ts declared
 * in <attributes class="node">, ties as edges with weight = strength and kind/strength/since
 * attributes. Missing values are left out (GEXF allows it); ids are the vault's ids.
 */
import type { GraphSnapshot } from '../graph'
import { EDGE_COLUMNS, networkTable, NODE_COLUMNS, xmlText, xmlValue, type AttributeColumn, type AttributeValue, type NetworkExportOptions } from './network-table'

function declarations(cls: 'node' | 'edge', columns: readonly AttributeColumn[]): string {
  const body = columns.map((c) => `      <attribute id="${c.id}" title="${xmlText(c.title)}" type="${c.type}"/>`).join('\n')
  return `    <attributes class="${cls}">\n${body}\n    </attributes>\n`
}

/**
 * `<attvalues>` of one row, or '' when every value is missing. Built by concatenation over the
 * columns with their markup precomputed: the export writes about 200,000 of these for a
 * 10,000-person vault, and per-row Object.entries/filter/map arrays were most of its garbage.
 */
function attvalueWriter(columns: readonly AttributeColumn[], indent: string): (values: Record<string, AttributeValue>) => string {
  const opens = columns.map((c) => `${indent}  <attvalue for="${c.id}" value="`)
  const head = `\n${indent}<attvalues>\n`
  const tail = `${indent}</attvalues>\n${indent.slice(2)}`
  return (values) => {
    let items = ''
    for (let i = 0; i < columns.length; i++) {
      const v = values[columns[i].id]
      if (v !== null && v !== undefined) items += `${opens[i]}${xmlValue(v)}"/>\n`
    }
    return items === '' ? '' : head + items + tail
  }
}

export function exportGexf(snapshot: GraphSnapshot, options: NetworkExportOptions & { exportedAt?: Date } = {}): string {
  const table = networkTable(snapshot, options)
  const date = (options.exportedAt ?? new Date()).toISOString().slice(0, 10)
  const parts: string[] = [
    '<?xml version="1.0" encoding="UTF-8"?>\n',
    '<gexf xmlns="http://gexf.net/1.3" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd" version="1.3">\n',
    `  <meta lastmodifieddate="${date}">\n    <creator>Kizuna</creator>\n    <description>A personal relationship network: people and the ties between them</description>\n  </meta>\n`,
    '  <graph mode="static" defaultedgetype="undirected">\n',
    declarations('node', NODE_COLUMNS),
    declarations('edge', EDGE_COLUMNS),
    '    <nodes>\n',
  ]
  const nodeAttvalues = attvalueWriter(NODE_COLUMNS, '        ')
  const edgeAttvalues = attvalueWriter(EDGE_COLUMNS, '        ')
  for (const n of table.nodes) {
    const inner = nodeAttvalues(n.values)
    const open = `      <node id="${xmlText(n.id)}" label="${xmlText(n.label)}"`
    parts.push(inner === '' ? `${open}/>\n` : `${open}>${inner}</node>\n`)
  }
  parts.push('    </nodes>\n    <edges>\n')
  for (const e of table.edges) {
    parts.push(`      <edge id="${xmlText(e.id)}" source="${xmlText(e.source)}" target="${xmlText(e.target)}" weight="${e.weight}">${edgeAttvalues(e.values)}</edge>\n`)
  }
  parts.push('    </edges>\n  </graph>\n</gexf>\n')
  return parts.join('')
}
