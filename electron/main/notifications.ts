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
import { fileNotifiedStore, NotificationService, readDueItems, type Clock, type Timer } from '../node/notifications'

type Language = 'en' | 'ja'

export function notificationText(item: TodayItem, language: Language): { title: string; body: string } {
  if (language === 'ja') {
    const title = item.kind === 'follow-up' ? `${item.name}さんにお礼の連絡を` : `${item.name}さんに近況の連絡を`
    const body =
      item.reason.code === 'follow-up'
        ? `${item.reason.eventName}で出会ってから${item.reason.followUpDays}日。短いお礼のメッセージを送りましょう。`
        : `最後の連絡は${item.reason.lastContactOn}。ひとこと近況を伝えましょう。`
    return { title, body }
  }
  const title = item.kind === 'follow-up' ? `Follow up with ${item.name}` : `Keep in touch with ${item.name}`
  const body =
    item.reason.code === 'follow-up'
      ? `You met at ${item.reason.eventName}. A short thank-you note now leaves a good impression.`
      : `Last contact on ${item.reason.lastContactOn}. A short note keeps the tie warm.`
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
  const language = (): Language => {
    const setting = options.settings().language
    return setting === 'system' ? (options.locale().toLowerCase().startsWith('ja') ? 'ja' : 'en') : setting
  }
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
