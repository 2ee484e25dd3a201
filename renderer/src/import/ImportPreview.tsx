import { useMemo, useState, type ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import type { Person } from '../../../shared/graph'
import {
  bestCandidates,
  reportImport,
  settleDecisions,
  type DuplicateCandidate,
  type DuplicateReason,
  type ImportDecision,
  type ImportPreview as Preview,
} from '../../../shared/io'
import { usePeople } from '../core/vault-context'
import type { PlainMessageKey } from '../i18n'
import { layOutPreview, positionText, withAction, type Action, type MatchGroup } from './import-groups'
import { MatchCompare } from './MatchCompare'
import { ColumnHeads } from '../components/ColumnHeads'

const REASON_KEYS = {
  'same-key': 'io.reason_same_key',
  unchanged: 'io.reason_unchanged',
  email: 'io.reason_email',
  phone: 'io.reason_phone',
  'own-handles': 'io.reason_own_handles',
  'same-name': 'io.reason_same_name',
  'same-name-other-script': 'io.reason_same_name_other_script',
  'similar-name': 'io.reason_similar_name',
} as const satisfies Record<DuplicateReason, PlainMessageKey>

interface Props {
  name: string
  preview: Preview
  candidates: DuplicateCandidate[]
  /** As the person made them; settled (settleDecisions) to count and to apply. */
  decisions: ImportDecision[]
  onChange: (decisions: ImportDecision[]) => void
  onApply: () => void
  onDiscard: () => void
}

/** Rows or comparisons shown at once per list; a 10,000-card file shows the rest on demand. */
const PAGE = 100
/** The list of new people starts open when it is this short. */
const OPEN_NEW_UP_TO = 20

/** The first `PAGE` items, and a button for the next page (wrapped, e.g. in a table row). */
function Paged<T>({ items, render, wrapMore = (button) => button }: { items: readonly T[]; render: (item: T) => ReactNode; wrapMore?: (button: ReactNode) => ReactNode }) {
  const { t } = useTranslation()
  const [shown, setShown] = useState(PAGE)
  return (
    <>
      {items.slice(0, shown).map(render)}
      {items.length > shown &&
        wrapMore(
          <button type="button" className="link-button" onClick={() => setShown(shown + PAGE)}>
            {t('io.showMore', { count: Math.min(PAGE, items.length - shown) })}
          </button>,
        )}
    </>
  )
}

const moreRow = (columns: number) => (button: ReactNode) => (
  <tr>
    <td colSpan={columns}>{button}</td>
  </tr>
)

/**
 * The preview of an import: what it will do (counts that add up to the entries of the file), the
 * certain matches, the suggestions with both sides compared, and the new people; decisions per
 * entry and per group of reasons. Nothing is merged on a suggestion unless the person chooses it.
 */
export function ImportPreview({ name, preview, candidates, decisions, onChange, onApply, onDiscard }: Props) {
  const { t } = useTranslation()
  const people = usePeople()
  const byId = useMemo(() => new Map<string, Person>(people.map((p) => [p.id, p])), [people])
  const best = useMemo(() => bestCandidates(candidates), [candidates])
  const layout = useMemo(() => layOutPreview(preview.people.length, best), [preview, best])
  const settled = useMemo(() => settleDecisions(decisions), [decisions])
  const { counts } = useMemo(() => reportImport(preview, candidates, settled), [preview, candidates, settled])
  const set = (indexes: readonly number[], action: Action) => onChange(withAction(decisions, indexes, action, best))
  const reasonsText = (reasons: readonly DuplicateReason[]) => reasons.map((r) => t(REASON_KEYS[r])).join(t('io.reasonSeparator'))
  const targetOf = (c: DuplicateCandidate) => (c.target.kind === 'vault' ? byId.get(c.target.personId) : preview.people[c.target.index])
  const targetName = (c: DuplicateCandidate) =>
    c.target.kind === 'vault' ? (byId.get(c.target.personId)?.name ?? c.target.personId) : t('io.inFile', { name: preview.people[c.target.index].name })

  const actionSelect = (index: number, canMerge: boolean) => (
    <select aria-label={`${t('io.colAction')}: ${preview.people[index].name}`} value={settled[index].action} onChange={(e) => set([index], e.target.value as Action)}>
      <option value="new">{t('io.actionNew')}</option>
      {canMerge && <option value="merge">{t('io.actionMerge')}</option>}
      <option value="skip">{t('io.actionSkip')}</option>
    </select>
  )

  const groupHeader = (group: MatchGroup) => (
    <div className="import-group-header">
      <h4>{t('io.groupTitle', { reasons: reasonsText(group.reasons), count: group.indexes.length })}</h4>
      <div className="button-row">
        <button type="button" onClick={() => set(group.indexes, 'merge')}>
          {t('io.groupMerge', { count: group.indexes.length })}
        </button>
        <button type="button" onClick={() => set(group.indexes, 'new')}>
          {t('io.groupKeep', { count: group.indexes.length })}
        </button>
        <button type="button" onClick={() => set(group.indexes, 'skip')}>
          {t('io.groupSkip', { count: group.indexes.length })}
        </button>
      </div>
    </div>
  )

  const countRows: [string, number][] = [
    [t('io.countAdd'), counts.added],
    [t('io.countMergeInFile'), counts.mergedInFile],
    [t('io.countMergeIntoVault'), counts.mergedIntoVault],
    [t('io.countSkip'), counts.skipped],
    [t('io.countEntries'), counts.entries],
  ]
  const certainCount = layout.certain.reduce((n, g) => n + g.indexes.length, 0)
  const suggestedCount = layout.suggested.reduce((n, g) => n + g.indexes.length, 0)

  return (
    <div className="import-preview">
      <h2>{t('io.previewTitle', { name, count: counts.entries })}</h2>
      <div role="status" aria-label={t('io.countsLabel')}>
        <dl className="import-counts">
          {countRows.map(([label, value]) => (
            <div key={label}>
              <dt>{label}</dt>
              <dd>{value}</dd>
            </div>
          ))}
        </dl>
      </div>
      {counts.unreadable > 0 && <p>{t('io.unreadable', { count: counts.unreadable })}</p>}
      {preview.warnings.length > 0 && (
        <details>
          <summary>
            {t('io.warnings')} ({preview.warnings.length})
          </summary>
          <ul>
            {preview.warnings.slice(0, 100).map((w, i) => (
              <li key={i}>{`${name}: ${positionText(t, w.at)}: ${w.message}`}</li>
            ))}
          </ul>
        </details>
      )}

      {suggestedCount > 0 && (
        <section className="import-section import-suggested" aria-labelledby="import-suggested-title">
          <h3 id="import-suggested-title">{t('io.suggestedTitle', { count: suggestedCount })}</h3>
          <p>{t('io.suggestedLead')}</p>
          {layout.suggested.map((group) => (
            <div key={group.key} className="import-group">
              {groupHeader(group)}
              <Paged
                items={group.indexes}
                render={(index) => {
                  const target = targetOf(best.get(index)!)
                  if (target === undefined) return null
                  return <MatchCompare key={index} incoming={preview.people[index]} target={target} action={settled[index].action} onAction={(action) => set([index], action)} />
                }}
              />
            </div>
          ))}
        </section>
      )}

      {certainCount > 0 && (
        <section className="import-section import-certain" aria-labelledby="import-certain-title">
          <h3 id="import-certain-title">{t('io.certainTitle', { count: certainCount })}</h3>
          <p>{t('io.certainLead')}</p>
          {layout.certain.map((group) => (
            <div key={group.key} className="import-group">
              {groupHeader(group)}
              <table className="import-table">
                <ColumnHeads labels={[t('io.colName'), t('io.colMatch'), t('io.colReason'), t('io.colAction')]} />
                <tbody>
                  <Paged
                    items={group.indexes}
                    wrapMore={moreRow(4)}
                    render={(index) => (
                      <tr key={index}>
                        <th scope="row">{preview.people[index].name}</th>
                        <td>{targetName(best.get(index)!)}</td>
                        <td>{reasonsText(best.get(index)!.reasons)}</td>
                        <td>{actionSelect(index, true)}</td>
                      </tr>
                    )}
                  />
                </tbody>
              </table>
            </div>
          ))}
        </section>
      )}

      {layout.unmatched.length > 0 && (
        <details className="import-section import-new" open={layout.unmatched.length <= OPEN_NEW_UP_TO}>
          <summary>{t('io.newTitle', { count: layout.unmatched.length })}</summary>
          <table className="import-table">
            <ColumnHeads labels={[t('io.colName'), t('io.colAction')]} />
            <tbody>
              <Paged
                items={layout.unmatched}
                wrapMore={moreRow(2)}
                render={(index) => (
                  <tr key={index}>
                    <th scope="row">{preview.people[index].name}</th>
                    <td>{actionSelect(index, false)}</td>
                  </tr>
                )}
              />
            </tbody>
          </table>
        </details>
      )}

      <div className="button-row">
        <button type="button" className="primary" onClick={onApply}>
          {t('io.apply')}
        </button>
        <button type="button" onClick={onDiscard}>
          {t('io.discard')}
        </button>
      </div>
    </div>
  )
}
