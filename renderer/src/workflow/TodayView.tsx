import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { addDays, type TodayGroup, type TodayItem } from '../../../shared/workflow'
import { useDateFormat } from '../components/format-date'
import { ActionNotice, type Notice } from './ActionNotice'
import { FadingTies } from './FadingTies'
import { QuickCapture } from './QuickCapture'
import { TodayRow, UpcomingRow } from './TodayRow'
import { useToday } from './use-workflow'
import './workflow.css'
import { useActions } from '../core/vault-context'

/** How far "snooze all" moves a group: a week keeps them in sight without nagging tomorrow. */
const GROUP_SNOOZE_DAYS = 7
/** Fading advisors and collaborators named on Today; the rest are counted. */
const FADING_SHOWN = 5

/**
 * Today: pending follow-ups (from the day we met, with their due day), up to a screenful of the
 * people due now, the rest grouped by why they are on the list with bulk actions, and what is
 * coming up. Every action says what it did, with Undo.
 */
export function TodayView() {
  const { t } = useTranslation()
  const { today, plan } = useToday()
  const [notice, setNotice] = useState<Notice | null>(null)
  const notify = (text: string) => setNotice((n) => ({ key: (n?.key ?? 0) + 1, text }))
  const nothing = plan.followUps.length === 0 && plan.now.length === 0 && plan.groups.length === 0
  return (
    <section className="view workflow-view today-view" aria-labelledby="today-title">
      <h1 id="today-title">{t('workflow.today.title')}</h1>
      <p className="lead">{t('workflow.today.lead')}</p>
      <QuickCapture />
      <ActionNotice notice={notice} onDismiss={() => setNotice(null)} />
      {nothing ? (
        <div className="empty-state">
          <p>{t('workflow.today.empty')}</p>
          <p className="muted">{t('workflow.today.emptyHint')}</p>
        </div>
      ) : (
        <>
          {plan.followUps.length > 0 && (
            <TodaySection title={t('workflow.today.followUps')} id="today-follow-ups">
              {plan.followUps.map((item) => (
                <TodayRow key={item.id} item={item} today={today} notify={notify} />
              ))}
            </TodaySection>
          )}
          {plan.now.length > 0 && (
            <TodaySection title={t('workflow.today.now')} id="today-now">
              {plan.now.map((item) => (
                <TodayRow key={item.id} item={item} today={today} notify={notify} />
              ))}
            </TodaySection>
          )}
          {plan.groups.map((group) => (
            <GroupCard key={group.source} group={group} today={today} notify={notify} />
          ))}
        </>
      )}
      <FadingTies limit={FADING_SHOWN} />
      {plan.upcoming.length > 0 && (
        <section className="today-section" aria-labelledby="today-upcoming">
          <h2 id="today-upcoming">{t('workflow.today.upcoming')}</h2>
          <ul className="upcoming-list">
            {plan.upcoming.map((item) => (
              <UpcomingRow key={item.id} item={item} />
            ))}
          </ul>
        </section>
      )}
    </section>
  )
}

function TodaySection({ title, id, children }: { title: string; id: string; children: React.ReactNode }) {
  return (
    <section className="today-section" aria-labelledby={id}>
      <h2 id={id}>{title}</h2>
      <ul className="today-list">{children}</ul>
    </section>
  )
}

function GroupCard({ group, today, notify }: { group: TodayGroup; today: string; notify: (text: string) => void }) {
  const { t } = useTranslation()
  const actions = useActions()
  const format = useDateFormat()
  const count = group.items.length
  const heading = t(`workflow.today.group.${group.source}`, { count })
  const headingId = `today-group-${group.source}`
  const ids = group.items.map((i) => i.personId)
  const until = addDays(today, GROUP_SNOOZE_DAYS)
  const run = (act: () => void, text: string) => {
    act()
    notify(text)
  }
  return (
    <section className="today-group" aria-labelledby={headingId} data-source={group.source}>
      <h2 id={headingId}>{heading}</h2>
      <p className="muted">{group.mostOverdue > 0 ? t('workflow.today.groupOverdue', { count: group.mostOverdue }) : t('workflow.today.dueToday')}</p>
      <details>
        <summary>{t('workflow.today.groupNames', { count })}</summary>
        <ul className="group-names">
          {group.items.map((item: TodayItem) => (
            <TodayRow key={item.id} item={item} today={today} notify={notify} compact />
          ))}
        </ul>
      </details>
      <div className="today-actions" role="group" aria-label={t('workflow.today.bulk', { heading })}>
        <button type="button" onClick={() => run(() => actions.doneAll(group.items), t('workflow.notice.doneAll', { count }))}>
          {t('workflow.today.doneAll')}
        </button>
        <button type="button" onClick={() => run(() => actions.snoozeAll(group.items, until), t('workflow.notice.snoozedAll', { count, date: format.day(until) }))}>
          {t('workflow.today.snoozeAll', { count: GROUP_SNOOZE_DAYS })}
        </button>
        <button type="button" onClick={() => run(() => actions.stopReminding(ids), t('workflow.notice.stopped', { count }))}>
          {t('workflow.today.stopReminding')}
        </button>
      </div>
    </section>
  )
}
