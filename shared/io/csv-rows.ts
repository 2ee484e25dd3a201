/**
 * CSV rows with their line numbers (RFC 4180, parsed by papaparse in step mode, comma-delimited;
 * quoted fields may hold commas and line breaks). Unterminated quotes are rejected with the line
 * where the bad row starts. The header is the first row whose cells include every `required`
 * column; rows before it are the file's preamble (LinkedIn's "Notes:").
 */
import Papa from 'papaparse'
import { ImportError } from './import-error'
import { lineAt, lineStarts } from './text-decoding'

export interface CsvRow {
  /** 1-based data row after the header. */
  row: number
  line: number
  get: (column: string) => string
}

export interface CsvTable {
  header: string[]
  headerLine: number
  rows: CsvRow[]
}

interface RawRow {
  cells: string[]
  line: number
}

function readRows(text: string): RawRow[] {
  const starts = lineStarts(text)
  const rows: RawRow[] = []
  let offset = 0
  let failure: { message: string; line: number } | null = null
  Papa.parse<string[]>(text, {
    delimiter: ',',
    skipEmptyLines: false,
    step: (result) => {
      const line = lineAt(starts, offset)
      offset = result.meta.cursor
      const quoteError = result.errors.find((e) => e.type === 'Quotes')
      if (quoteError !== undefined && failure === null) failure = { message: `${quoteError.message} (a quoted field is never closed)`, line }
      rows.push({ cells: result.data, line })
    },
  })
  if (failure !== null) {
    const { message, line } = failure
    throw new ImportError('malformed', message, { line })
  }
  return rows
}

export function readCsvTable(text: string, required: readonly string[], what: string): CsvTable {
  const rows = readRows(text)
  const headerAt = rows.findIndex((r) => required.every((column) => r.cells.some((c) => c.trim() === column)))
  if (headerAt < 0) {
    throw new ImportError('malformed', `no header row with the columns ${required.map((c) => `"${c}"`).join(', ')}; is this a ${what} export?`, { line: 1 })
  }
  const header = rows[headerAt].cells.map((c) => c.trim())
  const index = new Map<string, number>()
  header.forEach((column, i) => {
    if (!index.has(column)) index.set(column, i)
  })
  const data: CsvRow[] = []
  for (const raw of rows.slice(headerAt + 1)) {
    if (raw.cells.every((c) => c.trim() === '')) continue
    const cells = raw.cells
    data.push({
      row: data.length + 1,
      line: raw.line,
      get: (column) => {
        const i = index.get(column)
        return i === undefined ? '' : (cells[i] ?? '').trim()
      },
    })
  }
  return { header, headerLine: rows[headerAt].line, rows: data }
}
