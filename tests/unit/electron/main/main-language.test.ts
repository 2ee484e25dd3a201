/**
 * The main process speaks the UI's language: the native dialogs' titles and file types and Today's
 * notifications are in Japanese when the language setting is ja (or 'system' on a Japanese OS),
 * in English otherwise. Checked through the Electron stand-in's call record on the real app
 * (settings store, IPC dispatch) and on the sync handlers.
 */
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { startApp, type RunningApp } from '../../../../electron/main/app'
import { notificationText } from '../../../../electron/main/notifications'
import { createSyncHandlers } from '../../../../electron/main/sync-ipc'
import type { DeviceSync } from '../../../../electron/main/sync-controller'
import type { Language } from '../../../../shared/i18n'
import { INVOKE_CHANNELS } from '../../../../shared/ipc'
import type { TodayItem } from '../../../../shared/workflow'
import { ipcRenderer, standIn } from '../../../support/electron-stand-in'

const dialogs = () => standIn.calls.filter((c) => c.api.startsWith('dialog.')).map((c) => ({ api: c.api, ...(c.args[0] as { title: string; filters?: { name: string }[] }) }))

describe('dialogs in the UI language', () => {
  let dataDir: string
  let running: RunningApp

  beforeEach(async () => {
    standIn.reset()
    standIn.markReady()
    dataDir = await mkdtemp(join(tmpdir(), 'kizuna-main-language-'))
    running = await startApp({ dataDir, rendererDir: dataDir, preloadPath: join(dataDir, 'preload.cjs') })
  })

  afterEach(async () => {
    await running.dispose()
    standIn.locale = 'en-US'
    standIn.reset()
    await rm(dataDir, { recursive: true, force: true })
  })

  /** The import and export dialogs' titles and the import's file types, as shown (both cancelled). */
  async function openAndCancel(): Promise<{ api: string; title: string; types: string[] }[]> {
    standIn.calls = []
    expect(await ipcRenderer.invoke(INVOKE_CHANNELS.ioChooseImportFile)).toEqual({ ok: true, value: null })
    expect(await ipcRenderer.invoke(INVOKE_CHANNELS.ioExport, { vault: 'default', format: 'json' })).toEqual({ ok: true, value: null })
    return dialogs().map((d) => ({ api: d.api, title: d.title, types: (d.filters ?? []).map((f) => f.name) }))
  }

  it('follows the language setting, then the OS locale when it is "system"', async () => {
    const english = await openAndCancel()
    await ipcRenderer.invoke(INVOKE_CHANNELS.settingsSet, { language: 'ja' })
    const japanese = await openAndCancel()
    await ipcRenderer.invoke(INVOKE_CHANNELS.settingsSet, { language: 'system' })
    standIn.locale = 'ja-JP'
    const systemJapanese = await openAndCancel()
    expect(english).toEqual([
      { api: 'dialog.showOpenDialog', title: 'Import', types: ['Contacts and calendars (vCard, CSV, Kizuna JSON, iCalendar)', 'All files'] },
      { api: 'dialog.showSaveDialog', title: 'Export', types: ['json'] },
    ])
    expect(japanese).toEqual([
      { api: 'dialog.showOpenDialog', title: '取り込み', types: ['連絡先とカレンダー（vCard、CSV、Kizuna JSON、iCalendar）', 'すべてのファイル'] },
      { api: 'dialog.showSaveDialog', title: '書き出し', types: ['json'] },
    ])
    expect(systemJapanese).toEqual(japanese)
  })
})

describe('the sync folder dialog', () => {
  it('is titled in the UI language', async () => {
    standIn.reset()
    const host = { setFolder: () => Promise.resolve(), status: () => ({}) }
    const sync = { host: () => Promise.resolve(host) } as unknown as DeviceSync
    const titles: string[] = []
    for (const language of ['ja', 'en'] as const) {
      await createSyncHandlers(sync, () => language)[INVOKE_CHANNELS.syncChooseFolder](undefined, { sender: undefined as never })
      titles.push(...dialogs().map((d) => d.title))
      standIn.calls = []
    }
    expect(titles).toEqual(['同期フォルダ', 'Sync folder'])
  })
})

describe('notification text', () => {
  const followUp: TodayItem = {
    id: 'f',
    personId: 'p1',
    name: 'Aoi',
    kind: 'follow-up',
    reason: { code: 'follow-up', eventId: 'e1', eventName: 'Tech meetup', metOn: '2025-03-28', followUpDays: 3 },
  } as TodayItem
  const keepInTouch = (lastContactOn: string | null): TodayItem => ({
    ...followUp,
    kind: 'keep-in-touch',
    reason: { code: 'keep-in-touch', lastContactOn, cadenceDays: 30, cadenceFrom: 'person' },
  })

  it('is worded from the main dictionary in each language, a keep-in-touch item without any contact included', () => {
    const words = (language: Language) => [followUp, keepInTouch('2025-02-01'), keepInTouch(null)].map((item) => notificationText(item, language))
    expect(words('en')).toEqual([
      { title: 'Follow up with Aoi', body: 'You met at Tech meetup. A short thank-you note now leaves a good impression.' },
      { title: 'Keep in touch with Aoi', body: 'Last contact on 2025-02-01. A short note keeps the tie warm.' },
      { title: 'Keep in touch with Aoi', body: 'No contact logged yet. A short note keeps the tie warm.' },
    ])
    expect(words('ja')).toEqual([
      { title: 'Aoiさんにお礼の連絡を', body: 'Tech meetupで出会ってから3日。短いお礼のメッセージを送りましょう。' },
      { title: 'Aoiさんに近況の連絡を', body: '最後の連絡は2025-02-01。ひとこと近況を伝えましょう。' },
      { title: 'Aoiさんに近況の連絡を', body: '連絡の記録はまだありません。ひとこと近況を伝えましょう。' },
    ])
  })
})
