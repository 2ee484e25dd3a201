/**
 * "Drifting away": the advisors and collaborators whose tie is fading (shared/workflow/drift.ts),
 * each with when we last really spoke and one action, "I reached out", which logs a message today
 * (real contact, so the tie is warm again) with Undo. Shown on the Overview and on Today.
 */
import { useId, useMemo, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { DONE_KIND, DRIFT_HALF_LIFE_DAYS, findFading, type TieWarmth } from '../../../shared/workflow'
import { useDateFormat } from '../components/format-date'
import { useNavigation } from '../core/navigation'
import { useActions, useGraph } from '../core/vault-context'
import { ActionNotice, type Notice } from './ActionNotice'
import { useTodayDate } from './use-workflow'
import './workflow.css'

/** "3 months ago" reads better than "97 days ago"; past a year, years. */
function sinceKey(days: number): { key: 'lastDays' | 'lastMonths' | 'lastYears'; count: number } {
  if (days < 60) return { key: 'lastDays', count: days }
  if (days < 365) return { key: 'lastMonths', count: Math.floor(days / 30) }
  return { key: 'lastYears', count: Math.floor(days / 365) }
}

export function FadingTies({ limit, showEmpty = false }: { limit: number; showEmpty?: boolean }) {
  const { t } = useTranslation()
  const snapshot = useGraph()
  const today = useTodayDate()
  const format = useDateFormat()
  const navigation = useNavigation()
  const actions = useActions()
  const headingId = useId()
  const [notice, setNotice] = useState<Notice | null>(null)
  const fading = useMemo(() => findFading(snapshot, today), [snapshot, today])
  const roles = useMemo(() => new Map(snapshot.people.map((p) => [p.id, p.roles])), [snapshot.people])
  if (fading.length === 0 && !showEmpty && notice === null) return null
  const roleOf = (tie: TieWarmth) =>
    (['advisor', 'collaborator'] as const)
      .filter((role) => roles.get(tie.personId)?.includes(role))
      .map((role) => t(`workflow.drift.role.${role}`))
      .join(t('review.listSeparator'))
  const reachedOut = (tie: TieWarmth) => {
    actions.logInteraction({ date: today, kind: DONE_KIND, personIds: [tie.personId], note: '' })
    setNotice((n) => ({ key: (n?.key ?? 0) + 1, text: t('workflow.notice.done', { name: tie.name }) }))
  }
  return (
    <section className="overview-section fading-ties" aria-labelledby={headingId} data-testid="fading-ties">
      <h2 id={headingId}>{t('workflow.drift.title')}</h2>
      <ActionNotice notice={notice} onDismiss={() => setNotice(null)} />
      {fading.length === 0 ? (
        <p className="muted">{t('workflow.drift.none')}</p>
      ) : (
        <>
          <p className="muted">{t('workflow.drift.lead')}</p>
          <ul className="fading-list">
            {fading.slice(0, limit).map((tie) => {
              const since = sinceKey(tie.daysSince ?? 0)
              return (
                <li key={tie.personId} className="fading-item" data-person={tie.personId}>
                  <span className="fading-text">
                    <button type="button" className="link-button" onClick={() => navigation.navigate({ view: 'person', params: { id: tie.personId } })}>
                      {tie.name}
                    </button>{' '}
                    <span className="muted">
                      {roleOf(tie)}
                      {' · '}
                      {t(`workflow.drift.${since.key}`, { count: since.count, date: format.day(tie.lastContactOn ?? today) })}
                    </span>
                  </span>
                  <button type="button" aria-label={t('workflow.drift.reachedOutFor', { name: tie.name })} onClick={() => reachedOut(tie)}>
                    {t('workflow.drift.reachedOut')}
                  </button>
                </li>
              )
            })}
          </ul>
          {fading.length > limit && <p className="muted">{t('workflow.drift.more', { count: fading.length - limit })}</p>}
        </>
      )}
      <details className="measured">
        <summary>{t('insight.measured.summary')}</summary>
        <p className="measured-explanations">{t('workflow.drift.explain', { ...DRIFT_HALF_LIFE_DAYS })}</p>
      </details>
    </section>
  )
}
