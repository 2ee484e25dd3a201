/**
 * People as CSV (RFC 4180 via papaparse's unparse; CRLF line ends, fields quoted when needed),
 * one row per live person, every profile field a column. Several values in one cell are joined
 * with "; ". Cells that a spreadsheet would run as a formula (=, +, -, @, tab, CR) are prefixed
 * with a quote (papaparse `escapeFormulae`, OWASP "CSV injection"). Optional UTF-8 BOM so Excel
 * opens Japanese text correctly.
 */
import Papa from 'papaparse'
import type { GraphSnapshot } from '../graph'

export const PEOPLE_CSV_COLUMNS = [
  'id',
  'name',
  'reading',
  'organization',
  'location',
  'emails',
  'phones',
  'urls',
  'tags',
  'fieldTags',
  'gender',
  'genderBasis',
  'birthYear',
  'ageBand',
  'occupationMajor',
  'occupationSubMajor',
  'industry',
  'values',
  'roles',
  'metWhere',
  'metWhen',
  'introducedBy',
  'notes',
  'createdAt',
  'updatedAt',
] as const

export function exportPeopleCsv(snapshot: Pick<GraphSnapshot, 'people'>, options: { bom?: boolean } = {}): string {
  const join = (items: readonly string[]) => items.join('; ')
  const rows = snapshot.people.map((p) => [
    p.id,
    p.name,
    p.reading ?? '',
    p.organization ?? '',
    p.location ?? '',
    join(p.handles.filter((h) => h.kind === 'email').map((h) => h.value)),
    join(p.handles.filter((h) => h.kind === 'phone').map((h) => h.value)),
    join(p.handles.filter((h) => h.kind === 'url').map((h) => h.value)),
    join(p.tags),
    join(p.fieldTags),
    p.gender ?? '',
    p.genderBasis ?? '',
    p.birthYear === null ? '' : String(p.birthYear),
    p.ageBand ?? '',
    p.occupation?.major ?? '',
    p.occupation?.subMajor ?? '',
    p.industry ?? '',
    join(p.values),
    join(p.roles),
    p.howWeMet.where ?? '',
    p.howWeMet.when ?? '',
    p.howWeMet.introducedBy ?? '',
    p.notes,
    new Date(p.createdAt).toISOString(),
    new Date(p.updatedAt).toISOString(),
  ])
  const csv = Papa.unparse({ fields: [...PEOPLE_CSV_COLUMNS], data: rows }, { escapeFormulae: true, newline: '\r\n' })
  return `${options.bom === true ? '\uFEFF' : ''}${csv}\r\n`
}
