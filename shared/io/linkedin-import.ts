/**
 * LinkedIn "Connections.csv" (Settings > Data privacy > Get a copy of your data > Connections).
 *
 * The current export begins with a "Notes:" preamble (a quoted paragraph about hidden email
 * addresses) and a blank line before the header
 *   First Name,Last Name,URL,Email Address,Company,Position,Connected On
 * Older exports have no preamble and no URL column. "Connected On" is "12 Mar 2021" (English
 * month abbreviations; older files "03/12/21" or "3/12/2021" as M/D/Y); it becomes when we met,
 * and "LinkedIn" where. Position becomes the title; the profile URL a handle.
 */
import { readCsvTable } from './csv-rows'
import { ImportError } from './import-error'
import type { ImportPreview } from './import-types'
import { joinName, PersonCollector } from './imported-person'

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec']

/** "12 Mar 2021", "Mar 12, 2021", "03/12/21", "2021-03-12" to "2021-03-12"; else the input. */
export function parseLinkedInDate(text: string): string | null {
  const value = text.trim()
  if (value === '') return null
  const pad = (n: number) => String(n).padStart(2, '0')
  let match = /^(\d{1,2})[ -]([A-Za-z]{3})[a-z]*\.?[ -](\d{4})$/.exec(value)
  if (match !== null) {
    const month = MONTHS.indexOf(match[2].toLowerCase())
    if (month >= 0) return `${match[3]}-${pad(month + 1)}-${pad(Number(match[1]))}`
  }
  match = /^([A-Za-z]{3})[a-z]*\.? (\d{1,2}), (\d{4})$/.exec(value)
  if (match !== null) {
    const month = MONTHS.indexOf(match[1].toLowerCase())
    if (month >= 0) return `${match[3]}-${pad(month + 1)}-${pad(Number(match[2]))}`
  }
  match = /^(\d{1,2})\/(\d{1,2})\/(\d{2}|\d{4})$/.exec(value)
  if (match !== null) {
    const year = match[3].length === 2 ? 2000 + Number(match[3]) : Number(match[3])
    return `${year}-${pad(Number(match[1]))}-${pad(Number(match[2]))}`
  }
  return value
}

export function importLinkedIn(text: string): ImportPreview {
  const table = readCsvTable(text, ['First Name', 'Last Name', 'Connected On'], 'LinkedIn Connections')
  if (table.rows.length === 0) throw new ImportError('empty', 'the file has a header but no connections', { line: table.headerLine })
  const collector = new PersonCollector('linkedin')
  for (const row of table.rows) {
    collector.add(
      {
        name: joinName(row.get('First Name'), '', row.get('Last Name')),
        organization: row.get('Company'),
        title: row.get('Position'),
        emails: [row.get('Email Address')],
        urls: [row.get('URL')],
        metAt: parseLinkedInDate(row.get('Connected On')),
        metWhere: 'LinkedIn',
      },
      { row: row.row, line: row.line },
    )
  }
  return { format: 'linkedin', entries: collector.entries, people: collector.people, warnings: collector.warnings }
}
