/**
 * `kizuna import` as readable text: one line that counts every entry of the file once (added,
 * merged into someone earlier in the file, merged into someone already there, skipped), each merge
 * with where it is and why, the suggestions that were kept as new people (or merged, when asked),
 * then the warnings. Long lists stop after MAX_LISTED lines; `--json` carries them all.
 */
import type { DuplicateReason, SourcePosition } from '../../shared/io'
import { describePosition } from '../../shared/io'
import type { ImportMatchLine, ImportSummary } from '../node/commands/io-commands'

export const MAX_LISTED = 50

const FORMAT_NAMES: Record<ImportSummary['format'], string> = {
  vcard: 'vCard',
  linkedin: 'LinkedIn Connections CSV',
  google: 'Google Contacts CSV',
  'kizuna-json': 'Kizuna JSON backup',
  ics: 'iCalendar (.ics)',
}

const REASONS: Record<DuplicateReason, string> = {
  'same-key': 'imported before',
  unchanged: 'already up to date',
  email: 'same email',
  phone: 'same phone',
  'own-handles': 'but each has their own email or phone',
  'same-name': 'same name',
  'same-name-other-script': 'same name in another script or spelling',
  'similar-name': 'similar name at the same organisation',
}

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`

function where(at: SourcePosition): string {
  return describePosition(at)
}

function target(m: ImportMatchLine): string {
  return m.into.kind === 'vault' ? `${m.into.name} (already there)` : `${m.into.name} (${where(m.into.at)}, earlier in the file)`
}

function why(m: ImportMatchLine): string {
  return m.reasons.length === 0 ? 'chosen by hand' : m.reasons.map((r) => REASONS[r]).join(', ')
}

function listed(lines: string[], total: number): string[] {
  return total > MAX_LISTED ? [...lines.slice(0, MAX_LISTED), `  … and ${total - MAX_LISTED} more (--json lists them all)`] : lines
}

/** The meetings of a calendar: what was (or would be) logged, and why the rest was not. */
function calendarLine(c: NonNullable<ImportSummary['calendar']>, dryRun: boolean): string {
  const not = [
    c.alreadyImported > 0 ? `${c.alreadyImported} imported before` : '',
    c.alreadyLogged > 0 ? `${c.alreadyLogged} already logged` : '',
    c.noOneKnown > 0 ? `${c.noOneKnown} with nobody you know` : '',
  ].filter((x) => x !== '')
  return (
    `${plural(c.meetings, 'past meeting', 'past meetings')} from ${c.since} to ${c.today}: ${dryRun ? 'would log' : 'logged'} ${plural(c.interactions, 'meeting', 'meetings')}` +
    ` and ${plural(c.followUps, 'follow-up', 'follow-ups')}${not.length > 0 ? ` (not logged: ${not.join(', ')})` : ''}.`
  )
}

export function formatImportSummary(file: string, s: ImportSummary): string {
  const c = s.counts
  const verb = s.dryRun ? { add: 'Would add', merge: 'merge', skip: 'skip' } : { add: 'Added', merge: 'merged', skip: 'skipped' }
  const extras = s.dryRun ? '' : `${s.ties > 0 ? `; ${plural(s.ties, 'tie', 'ties')}` : ''}${s.records > 0 ? `; ${plural(s.records, 'record', 'records')}` : ''}`
  const lines = [
    `${s.dryRun ? 'Dry run (nothing written): ' : ''}${file}: ${FORMAT_NAMES[s.format]}, ${plural(c.entries, 'entry', 'entries')}.`,
    `${verb.add} ${c.added}, ${verb.merge} ${c.mergedInFile} into an earlier entry of the file and ${c.mergedIntoVault} into people already there, ${verb.skip} ${c.skipped}` +
      `${c.unreadable > 0 ? ` (${c.unreadable} with no name, organisation, email or phone)` : ''}${extras}.`,
  ]
  if (s.calendar !== undefined) lines.push(calendarLine(s.calendar, s.dryRun))
  if (s.merges.length > 0) {
    lines.push(s.dryRun ? 'Would merge:' : 'Merged:')
    lines.push(
      ...listed(
        s.merges.slice(0, MAX_LISTED).map((m) => `  ${where(m.at)}: ${m.name} into ${target(m)}: ${why(m)}`),
        s.merges.length,
      ),
    )
  }
  const kept = s.suggestions.filter((m) => m.action === 'new')
  if (kept.length > 0) {
    lines.push(`Suggestions kept as new people (merge them with --merge-suggestions, or one by one with "Merge with…" in the app):`)
    lines.push(
      ...listed(
        kept.slice(0, MAX_LISTED).map((m) => `  ${where(m.at)}: ${m.name} may be ${target(m)}: ${why(m)}`),
        kept.length,
      ),
    )
  }
  const held = s.suggestions.filter((m) => m.action === 'skip')
  if (held.length > 0) {
    lines.push('Suggestions left out (a name alone is no proof; merge them with --merge-suggestions, or one by one in the app):')
    lines.push(
      ...listed(
        held.slice(0, MAX_LISTED).map((m) => `  ${where(m.at)}: ${m.name} may be ${target(m)}: ${why(m)}`),
        held.length,
      ),
    )
  }
  lines.push(...s.warnings.map((w) => `warning: ${w}`))
  return `${lines.join('\n')}\n`
}
