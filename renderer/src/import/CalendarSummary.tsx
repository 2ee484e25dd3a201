/**
 * A calendar's part of the import preview: how many past meetings the file holds in the window,
 * how many will be logged and how many follow-ups made, why the rest will not, and how attendees
 * are matched. Counted by the same planCalendar that applyImport writes with, from the decisions
 * as they stand, so the sentence follows every choice made below it.
 */
import { useMemo } from 'react'
import { useTranslation } from 'react-i18next'
import { planCalendar, plannedIds, type ImportDecision, type ImportPreview } from '../../../shared/io'
import { useDateFormat } from '../components/format-date'
import { useGraph } from '../core/vault-context'

export function CalendarSummary({ preview, decisions }: { preview: ImportPreview; decisions: readonly ImportDecision[] }) {
  const { t, i18n } = useTranslation()
  const graph = useGraph()
  const format = useDateFormat()
  const calendar = preview.calendar
  const counts = useMemo(() => (calendar === undefined ? null : planCalendar(calendar, plannedIds(preview, decisions), graph).counts), [calendar, preview, decisions, graph])
  if (calendar === undefined || counts === null) return null
  return (
    <section className="calendar-summary" aria-labelledby="calendar-summary-title" data-testid="calendar-summary">
      <h2 id="calendar-summary-title">{t('io.calendar.title')}</h2>
      <p>
        {[
          t('io.calendar.summary', { count: counts.meetings, since: format.day(calendar.since), today: format.day(calendar.today) }),
          t('io.calendar.log', { count: counts.interactions }),
          counts.followUps > 0 ? t('io.calendar.followUps', { count: counts.followUps }) : '',
        ]
          .filter((sentence) => sentence !== '')
          .join(i18n.language === 'ja' ? '' : ' ')}
      </p>
      {counts.alreadyImported + counts.alreadyLogged + counts.noOneKnown > 0 && (
        <p className="muted">{t('io.calendar.notLogged', { imported: counts.alreadyImported, logged: counts.alreadyLogged, nobody: counts.noOneKnown })}</p>
      )}
      <p className="muted">{t('io.calendar.people')}</p>
    </section>
  )
}
