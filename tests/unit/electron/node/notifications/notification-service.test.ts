/**
 * Desktop notifications through the service with a fake clock and timer (no waiting): the daily
 * limit, the off switch, no repeats within a day (also across a restart, through the log file),
 * day rollover in the user's time zone, and nobody in the trash; then the Electron adapter
 * through the stand-in `Notification`.
 */
import { mkdtemp, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import * as Y from 'yjs'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { Notification, standIn } from '../../../../support/electron-stand-in'
import { createNotifier, notificationText, startNotifications } from '../../../../../electron/main/notifications'
import { fileNotifiedStore, NotificationService, readDueItems, type NotifySettings } from '../../../../../electron/node/notifications'
import { addEventWithPeople, deletePerson } from '../../../../../shared/graph'
import { DEFAULT_SETTINGS } from '../../../../../shared/ipc'
import type { TodayItem } from '../../../../../shared/workflow'

const MINUTE = 60_000
/** 2025-04-01 09:00 in Tokyo. */
const START = Date.parse('2025-04-01T00:00:00Z')

class FakeTime {
  now = START
  /** What to wait for after a timer ran (the service's check). */
  idle: () => Promise<void> = () => Promise.resolve()
  private timers: { at: number; fn: () => void; id: number }[] = []
  private nextId = 1
  readonly clock = { now: () => this.now }
  readonly timer = {
    setTimeout: (fn: () => void, ms: number) => {
      const id = this.nextId++
      this.timers.push({ at: this.now + ms, fn, id })
      return id
    },
    clearTimeout: (id: unknown) => void (this.timers = this.timers.filter((t) => t.id !== id)),
  }
  get pending(): number {
    return this.timers.length
  }
  /** Moves the clock, running each timer that falls due (and what it schedules) in order. */
  async advance(ms: number): Promise<void> {
    const end = this.now + ms
    for (;;) {
      this.timers.sort((a, b) => a.at - b.at)
      const next = this.timers[0]
      if (next === undefined || next.at > end) break
      this.timers.shift()
      this.now = next.at
      next.fn()
      await this.idle()
    }
    this.now = end
  }
}

/** Six people met at an event on 2025-03-28: all six follow-ups are due on 2025-03-30. */
function vault(): { doc: Y.Doc; ids: string[] } {
  const doc = new Y.Doc()
  const { personIds } = addEventWithPeople(doc, {
    name: 'UX Tokyo',
    kind: 'meetup',
    date: '2025-03-28',
    newPeople: ['Aoi', 'Ben', 'Chika', 'Dan', 'Emi', 'Fumi'].map((name) => ({ person: { name } })),
  })
  return { doc, ids: personIds }
}

let dataDir: string
beforeEach(async () => (dataDir = await mkdtemp(join(tmpdir(), 'kizuna-notify-'))))
afterEach(() => rm(dataDir, { recursive: true, force: true }))

function setup(doc: Y.Doc, settings: NotifySettings = { enabled: true, perDay: 3 }) {
  const time = new FakeTime()
  const shown: TodayItem[] = []
  const current = { settings }
  const options = {
    clock: time.clock,
    timer: time.timer,
    timeZone: () => 'Asia/Tokyo',
    settings: () => current.settings,
    readItems: (today: string) => Promise.resolve(readDueItems(doc, today)),
    store: fileNotifiedStore(dataDir),
    show: (item: TodayItem) => void shown.push(item),
    intervalMs: 10 * MINUTE,
  }
  const service = new NotificationService(options)
  time.idle = () => service.idle()
  return { time, shown, current, service, options }
}

describe('NotificationService', () => {
  it('shows at most the daily limit, never repeats an item the same day, and starts again the next day', async () => {
    const { doc } = vault()
    const { time, shown, service } = setup(doc)
    await service.start()
    expect(shown.map((i) => i.name)).toEqual(['Aoi', 'Ben', 'Chika'])
    await time.advance(6 * 60 * MINUTE)
    expect(shown).toHaveLength(3)
    // Midnight in Tokyo is 15:00 UTC: the next check after it is a new day.
    await time.advance(9 * 60 * MINUTE)
    expect(shown.map((i) => i.name)).toEqual(['Aoi', 'Ben', 'Chika', 'Aoi', 'Ben', 'Chika'])
    expect(JSON.parse(await readFile(join(dataDir, 'notifications.json'), 'utf8'))).toMatchObject({ version: 1, day: '2025-04-02', itemIds: shown.slice(3).map((i) => i.id) })
    service.dispose()
    expect(time.pending).toBe(0)
  })

  it('remembers what it notified across a restart (the log file)', async () => {
    const { doc } = vault()
    const first = setup(doc, { enabled: true, perDay: 2 })
    await first.service.start()
    first.service.dispose()
    const second = setup(doc, { enabled: true, perDay: 4 })
    await second.service.start()
    expect([first.shown.map((i) => i.name), second.shown.map((i) => i.name)]).toEqual([
      ['Aoi', 'Ben'],
      ['Chika', 'Dan'],
    ])
    second.service.dispose()
  })

  it('shows nothing while switched off, and resumes within the limit when switched on', async () => {
    const { doc } = vault()
    const { time, shown, current, service } = setup(doc, { enabled: false, perDay: 3 })
    await service.start()
    await time.advance(60 * MINUTE)
    expect(shown).toEqual([])
    current.settings = { enabled: true, perDay: 1 }
    await time.advance(10 * MINUTE)
    expect(shown.map((i) => i.name)).toEqual(['Aoi'])
    service.dispose()
  })

  it('never notifies about a person in the trash, nor about items not yet due', async () => {
    const { doc, ids } = vault()
    deletePerson(doc, ids[0])
    const { shown, service, time } = setup(doc, { enabled: true, perDay: 10 })
    time.now = Date.parse('2025-03-28T01:00:00Z')
    expect(await service.check()).toEqual([])
    time.now = START
    await service.check()
    expect(shown.map((i) => i.name)).toEqual(['Ben', 'Chika', 'Dan', 'Emi', 'Fumi'])
  })
})

describe('the Electron adapter', () => {
  beforeEach(() => standIn.reset())

  it('shows a notification in the app language and opens the person on click', () => {
    const { doc } = vault()
    const [item] = readDueItems(doc, '2025-04-01')
    const opened: string[] = []
    createNotifier(
      (id) => opened.push(id),
      () => 'ja',
    )(item)
    const created = standIn.calls.filter((c) => c.api === 'new Notification' || c.api === 'Notification.show')
    expect(created).toEqual([
      { api: 'new Notification', args: [notificationText(item, 'ja')] },
      { api: 'Notification.show', args: [notificationText(item, 'ja')] },
    ])
    expect(notificationText(item, 'ja').title).toBe('Aoiさんにお礼の連絡を')
    expect(notificationText(item, 'en').title).toBe('Follow up with Aoi')
    expect(opened).toEqual([])
    Notification.last?.emit('click')
    expect(opened).toEqual([item.personId])
  })

  it('is wired from the per-device settings: off means no Notification at all', async () => {
    const { doc } = vault()
    const time = new FakeTime()
    const settings = { ...DEFAULT_SETTINGS, notifications: false }
    const running = startNotifications({
      dataDir,
      settings: () => settings,
      locale: () => 'en-US',
      readDoc: () => Promise.resolve(doc),
      openPerson: () => undefined,
      clock: time.clock,
      timer: time.timer,
    })
    await running.service.idle()
    expect(standIn.calls.some((c) => c.api === 'new Notification')).toBe(false)
    settings.notifications = true
    await running.service.check()
    expect(standIn.calls.filter((c) => c.api === 'Notification.show')).toHaveLength(DEFAULT_SETTINGS.notificationsPerDay)
    running.dispose()
  })
})
