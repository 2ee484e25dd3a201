/** Desktop notifications for due Today items: plan (pure), log file, and the service. */
export { emptyLog, planNotifications, type NotifiedLog, type NotifySettings } from './notification-plan'
export { fileNotifiedStore, type NotifiedStore } from './notified-store'
export { DEFAULT_NOTIFY_INTERVAL_MS, NotificationService, type Clock, type NotificationServiceOptions, type Timer } from './notification-service'
export { readDueItems } from './due-items'
