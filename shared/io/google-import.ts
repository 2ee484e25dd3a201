/**
 * Google Contacts CSV ("Export > Google CSV"), both layouts:
 *  - current (2023-): First Name, Middle Name, Last Name, Phonetic First/Middle/Last Name,
 *    Organization Name, Organization Title, Organization Department, Notes, Labels,
 *    "E-mail N - Label"/"E-mail N - Value", "Phone N - ...", "Website N - ..."
 *  - older: Name, Given Name, Additional Name, Family Name, Given/Family Name Yomi, Notes,
 *    Group Membership, "E-mail N - Type"/"- Value", "Phone N - ...", "Organization 1 - Name",
 *    "Organization 1 - Title", "Organization 1 - Department", "Website N - ..."
 * One cell may hold several values separated by " ::: ". Labels / group memberships become tags,
 * except Google's system groups ("* myContacts", "* starred"). The reading is the phonetic family
 * name then given name (Japanese order).
 */
import { readCsvTable, type CsvRow, type CsvTable } from './csv-rows'
import { ImportError } from './import-error'
import type { ImportPreview } from './import-types'
import { PersonCollector } from './imported-person'

const SEPARATOR = ' ::: '

function multi(row: CsvRow, header: readonly string[], pattern: RegExp): string[] {
  return header.filter((c) => pattern.test(c)).flatMap((c) => row.get(c).split(SEPARATOR))
}

function readTable(text: string): { table: CsvTable; older: boolean } {
  try {
    return { table: readCsvTable(text, ['First Name', 'Last Name'], 'Google Contacts'), older: false }
  } catch (error) {
    if (!(error instanceof ImportError) || error.code !== 'malformed' || !/header/.test(error.message)) throw error
    return { table: readCsvTable(text, ['Given Name', 'Family Name'], 'Google Contacts'), older: true }
  }
}

export function importGoogle(text: string): ImportPreview {
  const { table, older } = readTable(text)
  if (table.rows.length === 0) throw new ImportError('empty', 'the file has a header but no contacts', { line: table.headerLine })
  const collector = new PersonCollector('google')
  const h = table.header
  for (const row of table.rows) {
    const get = (current: string, old: string) => row.get(older ? old : current)
    const reading = [get('Phonetic Last Name', 'Family Name Yomi'), get('Phonetic First Name', 'Given Name Yomi')].filter((s) => s !== '')
    const department = get('Organization Department', 'Organization 1 - Department')
    const notes = [get('Notes', 'Notes'), department === '' ? '' : `department: ${department}`].filter((s) => s !== '')
    collector.add(
      {
        name: older ? row.get('Name') : '',
        given: get('First Name', 'Given Name'),
        middle: get('Middle Name', 'Additional Name'),
        family: get('Last Name', 'Family Name'),
        reading: reading.join(' ') || (older ? row.get('Yomi Name') : ''),
        organization: row.get('Organization Name') || row.get('Organization 1 - Name'),
        title: row.get('Organization Title') || row.get('Organization 1 - Title'),
        emails: multi(row, h, /^E-mail \d+ - Value$/),
        phones: multi(row, h, /^Phone \d+ - Value$/),
        urls: multi(row, h, /^Website \d+ - Value$/),
        tags: get('Labels', 'Group Membership')
          .split(SEPARATOR)
          .filter((t) => !t.startsWith('* ')),
        notes: notes.join('\n'),
      },
      { row: row.row, line: row.line },
    )
  }
  return { format: 'google', entries: collector.entries, people: collector.people, warnings: collector.warnings }
}
