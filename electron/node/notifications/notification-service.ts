/**
 * Desktop notifications for Today items falling due, without Electron: the clock, the timer, the
 * items, the settings, the log file and the way a notification is shown are all injected, so
 * tests drive days and limits instantly. The Electron side is electron/main/notifications.ts.
 *
 * Every `intervalMs` (and once at start) the service computes today's date in the user's time
 * zone, asks for the due items and shows what planNotifications allows, recording it first (a
 * notification shown but not recorded would repeat after a crash; one recorded but not shown is
 * merely skipped). Checks never overlap.
 */
import { todayIn, type TodayItem } from '../../../shared/workflow'
import { emptyLog, planNotifications, type NotifiedLog, type NotifySettings } from './notification-plan'
import type { NotifiedStore } from './notified-store'

export interface Clock {
  now(): number
}

export interface Timer {
  setTimeout(callback: () => void, ms: number): unknown
  clearTimeout(handle: unknown): void
}

export interface NotificationServiceOptions {
  clock: Clock
  timer: Timer
  /** IANA zone; undefined = the process's own zone (the OS setting). */
  timeZone?: () => string | undefined
  settings: () => NotifySettings
  /** Today's items for `today`; people in the trash have none (computeToday skips them). */
  readItems: (today: string) => Promise<readonly TodayItem[]>
  store: NotifiedStore
  show: (item: TodayItem) => void
  onError?: (error: unknown) => void
  /** Default: 10 minutes. */
  intervalMs?: number
}

export const DEFAULT_NOTIFY_INTERVAL_MS = 10 * 60_000

export class NotificationService {
  private log: NotifiedLog | null = null
  private handle: unknown = null
  private running: Promise<TodayItem[]> | null = null
  private disposed = false

  constructor(private readonly options: NotificationServiceOptions) {}

  private ticking: Promise<void> = Promise.resolve()

  /** Checks now, then every interval. Resolves once the first check is done. */
  start(): Promise<void> {
    return this.tickNow()
  }

  /** Resolves when the check the timer last started is done (tests advance a fake clock, then wait). */
  idle(): Promise<void> {
    return this.ticking
  }

  private tickNow(): Promise<void> {
    this.ticking = this.tick()
    return this.ticking
  }

  private async tick(): Promise<void> {
    this.handle = null
    await this.check().catch((error: unknown) => this.options.onError?.(error))
    if (!this.disposed) this.handle = this.options.timer.setTimeout(() => void this.tickNow(), this.options.intervalMs ?? DEFAULT_NOTIFY_INTERVAL_MS)
  }

  /** One check now; resolves to what was shown. A check already running is joined, not repeated. */
  check(): Promise<TodayItem[]> {
    this.running ??= this.run().finally(() => (this.running = null))
    return this.running
  }

  private async run(): Promise<TodayItem[]> {
    const today = todayIn(this.options.clock.now(), this.options.timeZone?.())
    this.log ??= (await this.options.store.load()) ?? emptyLog(today)
    const settings = this.options.settings()
    if (!settings.enabled || this.disposed) return []
    const items = await this.options.readItems(today)
    const plan = planNotifications(items, this.log, today, settings)
    if (plan.show.length === 0) return []
    this.log = plan.log
    await this.options.store.save(plan.log)
    if (this.disposed) return []
    for (const item of plan.show) this.options.show(item)
    return plan.show
  }

  dispose(): void {
    this.disposed = true
    if (this.handle !== null) this.options.timer.clearTimeout(this.handle)
    this.handle = null
  }
}
