import type { ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import type { Person } from '../../../shared/graph'
import { normalizeEmail, normalizePhone, type ImportedPerson } from '../../../shared/io'
import { positionText, type Action } from './import-groups'

/** What the two sides of a match are compared by. */
interface Side {
  name: string
  reading: string | null
  organization: string | null
  emails: string[]
  phones: string[]
}

function sideOfImported(p: ImportedPerson): Side {
  return { name: p.name, reading: p.reading, organization: p.organization, emails: p.emails, phones: p.phones }
}

function sideOfPerson(p: Person): Side {
  return {
    name: p.name,
    reading: p.reading,
    organization: p.organization,
    emails: p.handles.filter((h) => h.kind === 'email').map((h) => h.value),
    phones: p.handles.filter((h) => h.kind === 'phone').map((h) => h.value),
  }
}

const normalized = (values: string[], fold: (v: string) => string | null) => new Set(values.map(fold).filter((v): v is string => v !== null && v !== ''))

function SideColumn({ title, side, other }: { title: string; side: Side; other: Side }) {
  const { t } = useTranslation()
  const sharedEmails = normalized(other.emails, normalizeEmail)
  const sharedPhones = normalized(other.phones, normalizePhone)
  const value = (text: string, shared: boolean) =>
    shared ? (
      <mark key={text} title={t('io.shared')}>
        {text}
      </mark>
    ) : (
      <span key={text}>{text}</span>
    )
  const rows: [string, ReactNode[]][] = [
    [t('io.fieldName'), [side.name]],
    [t('io.fieldReading'), side.reading === null ? [] : [side.reading]],
    [t('io.fieldOrganization'), side.organization === null ? [] : [side.organization]],
    [t('io.fieldEmail'), side.emails.map((e) => value(e, sharedEmails.has(normalizeEmail(e))))],
    [t('io.fieldPhone'), side.phones.map((p) => value(p, sharedPhones.has(normalizePhone(p) ?? '')))],
  ]
  return (
    <div className="import-compare-side">
      <h5>{title}</h5>
      <dl>
        {rows.map(([label, values]) => (
          <div key={label}>
            <dt>{label}</dt>
            <dd>
              {values.length === 0
                ? t('io.noMatch')
                : values.map((v, i) => (
                    <span key={i}>
                      {i > 0 && ', '}
                      {v}
                    </span>
                  ))}
            </dd>
          </div>
        ))}
      </dl>
    </div>
  )
}

interface Props {
  incoming: ImportedPerson
  /** The vault person or earlier entry the suggestion points at. */
  target: Person | ImportedPerson
  action: Action
  onAction: (action: Action) => void
}

/**
 * One suggestion: the entry and whom it may be, side by side, shared values marked, and the
 * decision (the reasons head the group the comparison is listed in).
 */
export function MatchCompare({ incoming, target, action, onAction }: Props) {
  const { t } = useTranslation()
  const targetSide = 'handles' in target ? sideOfPerson(target) : sideOfImported(target)
  const incomingSide = sideOfImported(incoming)
  const where = (at: ImportedPerson['source']) => positionText(t, at)
  const targetTitle = 'handles' in target ? t('io.sideVault') : t('io.sideEarlier', { where: where(target.source) })
  return (
    <article className="import-compare" aria-label={`${incoming.name} / ${targetSide.name}`}>
      <div className="import-compare-sides">
        <SideColumn title={t('io.sideIncoming', { where: where(incoming.source) })} side={incomingSide} other={targetSide} />
        <SideColumn title={targetTitle} side={targetSide} other={incomingSide} />
      </div>
      <label className="import-compare-action">
        <span>{t('io.colAction')}</span>
        <select aria-label={`${t('io.colAction')}: ${incoming.name}`} value={action} onChange={(e) => onAction(e.target.value as Action)}>
          <option value="new">{t('io.actionNew')}</option>
          <option value="merge">{t('io.actionMerge')}</option>
          <option value="skip">{t('io.actionSkip')}</option>
        </select>
      </label>
    </article>
  )
}
