/**
 * Human-readable output of people and ties (English labels; `--json` is the stable form). Every
 * value from the vault passes through terminalSafe before it reaches the terminal.
 */
import { ISCO_MAJOR_GROUPS, ISCO_SUB_MAJOR_GROUPS, ISIC_SECTIONS, type Person, type Tie } from '../../shared/graph'
import { terminalSafe } from './terminal-text'

/** Columns padded to their widest cell; the last column is not padded. Cells are made terminal-safe. */
export function formatTable(header: string[], cells: string[][]): string {
  const rows = cells.map((row) => row.map((cell) => terminalSafe(cell)))
  const widths = header.map((title, column) => Math.max(title.length, ...rows.map((row) => (row[column] ?? '').length)))
  const line = (cells: string[]) =>
    cells
      .map((cell, column) => (column === cells.length - 1 ? cell : cell.padEnd(widths[column])))
      .join('  ')
      .trimEnd()
  return [line(header), ...rows.map(line)].join('\n') + '\n'
}

function nameOf(person: Person): string {
  return person.reading ? `${person.name} (${person.reading})` : person.name
}

export function formatPeople(people: Person[], trash: boolean): string {
  if (people.length === 0) return trash ? 'The trash is empty.\n' : 'No people yet. Add one with `kizuna person add --name NAME`.\n'
  return formatTable(
    ['ID', 'NAME', 'ROLES', 'TAGS'],
    people.map((person) => [person.id, nameOf(person), person.roles.join(', '), person.tags.join(', ')]),
  )
}

function occupationLabel(person: Person): string | null {
  const occupation = person.occupation
  if (occupation === null) return null
  const group = occupation.subMajor ? ISCO_SUB_MAJOR_GROUPS.find((g) => g.id === occupation.subMajor) : ISCO_MAJOR_GROUPS.find((g) => g.id === occupation.major)
  return `${occupation.subMajor ?? occupation.major} ${group?.label.en ?? ''}`.trim()
}

export function formatPerson(person: Person): string {
  const industry = person.industry ? `${person.industry} ${ISIC_SECTIONS.find((s) => s.id === person.industry)?.label.en ?? ''}`.trim() : null
  const fields: [string, string | null][] = [
    ['id', person.id],
    ['in the trash since', person.deletedAt === null ? null : new Date(person.deletedAt).toISOString()],
    ['roles', person.roles.join(', ') || null],
    ['gender', person.gender === null ? null : `${person.gender}${person.genderBasis ? ` (${person.genderBasis})` : ''}`],
    ['birth year', person.birthYear === null ? null : String(person.birthYear)],
    ['age band', person.ageBand],
    ['occupation', occupationLabel(person)],
    ['industry', industry],
    ['field tags', person.fieldTags.join(', ') || null],
    ['values', person.values.join(', ') || null],
    ['organization', person.organization],
    ['location', person.location],
    ['handles', person.handles.map((h) => `${h.kind}: ${h.value}`).join(', ') || null],
    ['tags', person.tags.join(', ') || null],
    ['notes', person.notes || null],
    ['created', new Date(person.createdAt).toISOString()],
    ['updated', new Date(person.updatedAt).toISOString()],
  ]
  const shown = fields.filter((field): field is [string, string] => field[1] !== null)
  const width = Math.max(...shown.map(([label]) => label.length))
  return `${terminalSafe(nameOf(person))}\n${shown.map(([label, value]) => `  ${label.padEnd(width)}  ${terminalSafe(value, { newlines: true })}`).join('\n')}\n`
}

export function formatTies(ties: Tie[], names: Record<string, string>): string {
  if (ties.length === 0) return 'No ties yet. Link two people with `kizuna tie add ID1 ID2`.\n'
  return formatTable(
    ['A', 'B', 'KIND', 'STRENGTH'],
    ties.map((tie) => [names[tie.a] ?? tie.a, names[tie.b] ?? tie.b, tie.kind, String(tie.strength)]),
  )
}
