/**
 * Which Today items to notify about now: pure, so the rules are tested without a clock or a file.
 *
 * Rules: nothing when notifications are off; only items due today or overdue (upcoming ones wait
 * for their day); never an item already notified today; at most `perDay` a day in all, in Today's
 * order (most overdue first, follow-ups before keep-in-touch). The log of what was notified
 * belongs to one calendar day; a new day starts an empty log.
 */
import type { TodayItem } from '../../../shared/workflow'

export interface NotifySettings {
  enabled: boolean
  /** At most this many notifications per calendar day. */
  perDay: number
}

/** What was notified on `day` (item ids, in the order shown). */
export interface NotifiedLog {
  day: string
  itemIds: string[]
}

export function emptyLog(day: string): NotifiedLog {
  return { day, itemIds: [] }
}

export function planNotifications(items: readonly TodayItem[], log: NotifiedLog, today: string, settings: NotifySettings): { show: TodayItem[]; log: NotifiedLog } {
  const current = log.day === today ? log : emptyLog(today)
  if (!settings.enabled) return { show: [], log: current }
  const room = Math.max(0, settings.perDay - current.itemIds.length)
  const seen = new Set(current.itemIds)
  const show = items.filter((item) => item.daysOverdue >= 0 && !seen.has(item.id)).slice(0, room)
  return { show, log: show.length === 0 ? current : { day: today, itemIds: [...current.itemIds, ...show.map((i) => i.id)] } }
}
