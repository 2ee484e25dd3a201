/**
 * How Today shows computeToday's items without flooding: a list that asks for attention shows
 * what matters now and groups the rest with bulk actions (STYLE.md, "How the UI speaks").
 *
 *   followUps  every pending follow-up, from the day we met, with its due day: the essay's "contact
 *              new people early" is the one thing Today must never hide
 *   now        the most overdue keep-in-touch items due today or before, at most `individual`
 *              (fewer when follow-ups already fill the screen)
 *   groups     the remaining due keep-in-touch items, one group per reason they are on the list
 *              (a role toward me, or my own say-so on the person), largest first, each with the
 *              people in computeToday's order for a bulk action
 *   upcoming   keep-in-touch items due in the next days
 */
import type { TodayItem } from './today'
import type { CadenceSource } from './settings'

/** What fits one 1280×800 screen below the title and the quick-capture box (checked on screenshots). */
export const TODAY_INDIVIDUAL_ITEMS = 5
/** Follow-ups alone may take this many rows before keep-in-touch items are grouped. */
const MIN_KEEP_IN_TOUCH_ROWS = 3
/** How far ahead "upcoming" looks. */
export const UPCOMING_DAYS = 7

export interface TodayGroup {
  /** Why these people are on the list: a role's cadence, or a cadence set on the person. */
  source: CadenceSource
  items: TodayItem[]
  /** The most days overdue in the group. */
  mostOverdue: number
}

export interface TodayPlan {
  followUps: TodayItem[]
  now: TodayItem[]
  groups: TodayGroup[]
  upcoming: TodayItem[]
}

/** `items` in computeToday's order, computed with a horizon of at least UPCOMING_DAYS. */
export function planToday(items: readonly TodayItem[], individual = TODAY_INDIVIDUAL_ITEMS): TodayPlan {
  const followUps = items.filter((i) => i.kind === 'follow-up')
  const due = items.filter((i) => i.kind === 'keep-in-touch' && i.daysOverdue >= 0)
  const upcoming = items.filter((i) => i.kind === 'keep-in-touch' && i.daysOverdue < 0 && i.daysOverdue >= -UPCOMING_DAYS)
  const room = Math.max(individual - followUps.length, MIN_KEEP_IN_TOUCH_ROWS)
  // Grouping one or two items would only hide them behind a click.
  const shown = due.length <= room + 2 ? due.length : room
  const groups = new Map<CadenceSource, TodayItem[]>()
  for (const item of due.slice(shown)) {
    if (item.reason.code !== 'keep-in-touch') continue
    const list = groups.get(item.reason.cadenceFrom) ?? []
    list.push(item)
    groups.set(item.reason.cadenceFrom, list)
  }
  return {
    followUps,
    now: due.slice(0, shown),
    groups: [...groups]
      .map(([source, list]) => ({ source, items: list, mostOverdue: list[0].daysOverdue }))
      .sort((a, b) => b.items.length - a.items.length || b.mostOverdue - a.mostOverdue),
    upcoming,
  }
}
