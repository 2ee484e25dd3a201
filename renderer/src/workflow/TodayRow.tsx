import { useId, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { addDays, type TodayItem } from '../../../shared/workflow'
import { useNavigation } from '../core/navigation'
import { useDateFormat } from '../components/format-date'
import { useActions } from '../core/vault-context'

/** One Today item: who, why, when (overdue in the warning colour), Done and Snooze. */
export function TodayRow({ item, today, notify, compact = false }: { item: TodayItem; today: string; notify: (text: string) => void; compact?: boolean }) {
  const { t } = useTranslation()
  const actions = useActions()
  const navigation = useNavigation()
  const format = useDateFormat()
  const id = useId()
  const [snoozing, setSnoozing] = useState(false)
  const [until, setUntil] = useState(addDays(today, 1))
  return (
    <li className={compact ? 'today-item compact' : 'today-item'} data-kind={item.kind} aria-labelledby={`${id}-name`}>
      <div>
        <button
          type="button"
          id={`${id}-name`}
          className="link-button today-name"
          aria-label={t('workflow.today.open', { name: item.name })}
          onClick={() => navigation.navigate({ view: 'person', params: { id: item.personId } })}
        >
          {item.name}
        </button>
        {!compact && (
          <span className="today-reason">
            <ReasonText item={item} />
          </span>
        )}
        <span className={item.daysOverdue > 0 ? 'today-when overdue' : 'today-when'}>
          <DueText item={item} />
          {item.snoozedFrom !== null && ` · ${t('workflow.today.snoozed')}`}
        </span>
      </div>
      <div className="today-actions">
        <button
          type="button"
          aria-label={t('workflow.today.doneFor', { name: item.name })}
          onClick={() => {
            actions.markDone(item)
            notify(t('workflow.notice.done', { name: item.name }))
          }}
        >
          {t('workflow.today.done')}
        </button>
        {snoozing ? (
          <form
            className="snooze-form"
            onSubmit={(e) => {
              e.preventDefault()
              actions.snooze(item, until)
              setSnoozing(false)
              notify(t('workflow.notice.snoozed', { name: item.name, date: format.day(until) }))
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
          <button type="button" aria-label={t('workflow.today.snoozeFor', { name: item.name })} onClick={() => setSnoozing(true)}>
            {t('workflow.today.snooze')}
          </button>
        )}
      </div>
    </li>
  )
}

function ReasonText({ item }: { item: TodayItem }) {
  const { t } = useTranslation()
  const format = useDateFormat()
  const r = item.reason
  if (r.code === 'follow-up') return <>{t('workflow.today.followUp', { event: r.eventName, date: format.day(r.metOn) })}</>
  if (r.lastContactOn === null) return <>{t('workflow.today.neverContacted', { count: r.cadenceDays })}</>
  return <>{t('workflow.today.keepInTouch', { count: r.cadenceDays, last: format.day(r.lastContactOn) })}</>
}

function DueText({ item }: { item: TodayItem }) {
  const { t } = useTranslation()
  const format = useDateFormat()
  const date = format.day(item.dueOn)
  if (item.daysOverdue > 0) return <>{t('workflow.today.overdue', { count: item.daysOverdue, date })}</>
  if (item.daysOverdue === 0) return <>{t('workflow.today.dueToday')}</>
  return <>{t('workflow.today.dueIn', { count: -item.daysOverdue, date })}</>
}

/** A coming keep-in-touch item: name and day, one line. */
export function UpcomingRow({ item }: { item: TodayItem }) {
  const navigation = useNavigation()
  return (
    <li>
      <button type="button" className="link-button" onClick={() => navigation.navigate({ view: 'person', params: { id: item.personId } })}>
        {item.name}
      </button>{' '}
      <span className="muted">
        <DueText item={item} />
      </span>
    </li>
  )
}
