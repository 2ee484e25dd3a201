/**
 * A reminder clicked while no window is open: main opens a window and sends "open this person"
 * only once the page has loaded (Electron drops messages to a loading page), and the preload keeps
 * the request until the app subscribes (it subscribes only after its vault has opened).
 */
import { describe, expect, it } from 'vitest'
import type { KizunaApi } from '../../../../shared/ipc'
import { API_GLOBAL_NAME } from '../../../../shared/ipc/api'
import { EVENT_CHANNELS } from '../../../../shared/ipc/channels'
import { whenLoaded } from '../../../../electron/main/window'
import { BrowserWindow, rendererContents, standIn } from '../../../support/electron-stand-in'

const request = (personId: string) => ({ view: 'person' as const, personId })

describe('open requests', () => {
  it('waits for a loading window to finish loading, and not for one that has', async () => {
    standIn.reset()
    let finishLoad = (): void => undefined
    standIn.host = {
      open: () => new Promise<void>((resolve) => (finishLoad = resolve)),
      send: () => undefined,
      close: () => Promise.resolve(),
    }
    const window = new BrowserWindow({})
    const loading = window.loadURL('app://kizuna/index.html')
    let loaded = false
    const waited = whenLoaded(window.webContents).then(() => (loaded = true))
    await Promise.resolve()
    expect(window.webContents.isLoading()).toBe(true)
    expect(loaded).toBe(false)
    finishLoad()
    await loading
    await waited
    expect(loaded).toBe(true)
    expect(window.webContents.isLoading()).toBe(false)
    let again = false
    await whenLoaded(window.webContents).then(() => (again = true))
    expect(again).toBe(true)
    await window.close()
  })

  it('keeps the latest request until the app listens, then delivers live ones as they come', async () => {
    standIn.reset()
    await import('../../../../electron/preload/index')
    const api = standIn.exposed.get(API_GLOBAL_NAME) as KizunaApi
    rendererContents.send(EVENT_CHANNELS.appDidRequestOpen, request('older'))
    rendererContents.send(EVENT_CHANNELS.appDidRequestOpen, request('latest'))

    const heard: string[] = []
    const stop = api.app.onDidRequestOpen((r) => heard.push(r.personId))
    await Promise.resolve()
    expect(heard).toEqual(['latest'])
    rendererContents.send(EVENT_CHANNELS.appDidRequestOpen, request('live'))
    expect(heard).toEqual(['latest', 'live'])

    // Delivered once: a second listener does not get the old request again.
    const second: string[] = []
    const stopSecond = api.app.onDidRequestOpen((r) => second.push(r.personId))
    await Promise.resolve()
    expect(second).toEqual([])
    stop()
    stopSecond()
  })
})
