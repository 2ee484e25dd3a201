/**
 * The Electron side of Today's desktop notifications: shows a NotificationService's items as
 * system notifications, in the app's language, and turns a click into "open this person" in a
 * focused window. The rules (limit, off switch, no repeats, day rollover) live in
 * electron/node/notifications and are tested there without Electron.
 */
import { Notification } from 'electron'
import type * as Y from 'yjs'
import type { Settings } from '../../shared/ipc'
import type { TodayItem } from '../../shared/workflow'
import type { Language } from '../../shared/i18n'
import { fileNotifiedStore, NotificationService, readDueItems, type Clock, type Timer } from '../node/notifications'
import { mainWords, uiLanguage } from './main-messages'

export function notificationText(item: TodayItem, language: Language): { title: string; body: string } {
  const t = mainWords(language)
  const title = item.kind === 'follow-up' ? t('notification.followUpTitle', { name: item.name }) : t('notification.keepInTouchTitle', { name: item.name })
  const body =
    item.reason.code === 'follow-up'
      ? t('notification.followUpBody', { event: item.reason.eventName, days: item.reason.followUpDays })
      : item.reason.lastContactOn === null
        ? t('notification.noContactBody')
        : t('notification.keepInTouchBody', { date: item.reason.lastContactOn })
  return { title, body }
}

/**
 * Shows one item; a click calls `onOpen` with the person's id. Each notification is held until it
 * is clicked, closed or fails: Electron drops the click handler of a notification that nothing
 * references any more once it is garbage-collected.
 */
export function createNotifier(onOpen: (personId: string) => void, language: () => Language): (item: TodayItem) => void {
  const shown = new Set<Notification>()
  return (item) => {
    if (!Notification.isSupported()) return
    const notification = new Notification(notificationText(item, language()))
    const release = () => shown.delete(notification)
    notification.on('click', () => {
      release()
      onOpen(item.personId)
    })
    notification.on('close', release)
    notification.on('failed', release)
    shown.add(notification)
    notification.show()
  }
}

export interface NotificationsOptions {
  dataDir: string
  settings: () => Settings
  /** The OS locale, used when the language setting is 'system'. */
  locale: () => string
  /** The default vault's document while this process holds it open, else null. */
  readDoc: () => Promise<Y.Doc | null>
  /** Focuses (or opens) a window and asks it to show the person. */
  openPerson: (personId: string) => void
  clock?: Clock
  timer?: Timer
}

export function startNotifications(options: NotificationsOptions): { service: NotificationService; dispose(): void } {
  const language = uiLanguage(() => options.settings().language, options.locale)
  const service = new NotificationService({
    clock: options.clock ?? { now: () => Date.now() },
    timer: options.timer ?? { setTimeout: (fn, ms) => setTimeout(fn, ms), clearTimeout: (h) => clearTimeout(h as ReturnType<typeof setTimeout>) },
    settings: () => ({ enabled: options.settings().notifications, perDay: options.settings().notificationsPerDay }),
    readItems: async (today) => readDueItems(await options.readDoc(), today),
    store: fileNotifiedStore(options.dataDir),
    show: createNotifier(options.openPerson, language),
    onError: (error) => console.warn(`[notifications] ${error instanceof Error ? error.message : String(error)}`),
  })
  void service.start()
  return { service, dispose: () => service.dispose() }
}
