import { useId, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { addDays, type TodayItem } from '../../../shared/workflow'
import { useNavigation } from '../core/navigation'
import { QuickCapture } from './QuickCapture'
import { useToday, useWorkflowActions } from './use-workflow'

/** Today: follow-ups and keep-in-touch items due or overdue, in computeToday's order. */
export function TodayView() {
  const { t } = useTranslation()
  const { today, items } = useToday()
  const due = items.filter((i) => i.daysOverdue >= 0)
  return (
    <section className="view workflow-view" aria-labelledby="today-title">
      <h1 id="today-title">{t('workflow.today.title')}</h1>
      <p className="lead">{t('workflow.today.lead')}</p>
      <QuickCapture />
      {due.length === 0 ? (
        <div className="empty-state">
          <p>{t('workflow.today.empty')}</p>
          <p className="muted">{t('workflow.today.emptyHint')}</p>
        </div>
      ) : (
        <ul className="today-list" aria-label={t('workflow.today.list')}>
          {due.map((item) => (
            <TodayRow key={item.id} item={item} today={today} />
          ))}
        </ul>
      )}
    </section>
  )
}

function TodayRow({ item, today }: { item: TodayItem; today: string }) {
  const { t } = useTranslation()
  const actions = useWorkflowActions()
  const navigation = useNavigation()
  const id = useId()
  const [snoozing, setSnoozing] = useState(false)
  const [until, setUntil] = useState(addDays(today, 1))
  const reason =
    item.reason.code === 'follow-up'
      ? t('workflow.today.followUp', { event: item.reason.eventName })
      : t('workflow.today.keepInTouch', { days: item.reason.cadenceDays, last: item.reason.lastContactOn })
  return (
    <li className="today-item" data-kind={item.kind} aria-labelledby={`${id}-name`}>
      <div>
        <button type="button" id={`${id}-name`} className="link-button today-name" aria-label={t('workflow.today.open', { name: item.name })} onClick={() => navigation.navigate({ view: 'person', params: { id: item.personId } })}>
          {item.name}
        </button>
        <span className="today-reason">{reason}</span>
        <span className="muted">
          {item.daysOverdue > 0 ? t('workflow.today.overdue', { count: item.daysOverdue }) : t('workflow.today.dueToday')}
          {item.snoozedFrom !== null && ` · ${t('workflow.today.snoozed', { date: item.snoozedFrom })}`}
        </span>
      </div>
      <div className="today-actions">
        <button type="button" onClick={() => actions.markDone(item)}>
          {t('workflow.today.done', { name: item.name })}
        </button>
        {snoozing ? (
          <form
            className="snooze-form"
            onSubmit={(e) => {
              e.preventDefault()
              actions.snooze(item, until)
              setSnoozing(false)
            }}
          >
            <label htmlFor={`${id}-until`}>{t('workflow.today.snoozeUntil')}</label>
            <input id={`${id}-until`} type="date" min={addDays(today, 1)} value={until} required onChange={(e) => setUntil(e.target.value)} />
            <button type="submit">{t('workflow.today.snoozeConfirm')}</button>
            <button type="button" onClick={() => setSnoozing(false)}>
              {t('workflow.today.cancel')}
            </button>
          </form>
        ) : (
          <button type="button" onClick={() => setSnoozing(true)}>
            {t('workflow.today.snooze', { name: item.name })}
          </button>
        )}
      </div>
    </li>
  )
}
